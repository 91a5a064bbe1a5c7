import { cardResponse } from "@/lib/og/respond";

// Drawn on first request, then served from Next's cache (one per article and locale).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/cards/[locale]/[slug]">) {
  const { locale, slug } = await params;
  return cardResponse(locale, slug);
}

import { cardResponse } from "@/lib/og/respond";

// Drawn on first request, then served from Next's cache (one per pair and locale).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<"/cards/[locale]/[slug]/p/[n]">,
) {
  const { locale, slug, n } = await params;
  return cardResponse(locale, slug, n);
}

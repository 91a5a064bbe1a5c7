import { qrResponse } from "@/lib/share/qr";

// Drawn on first request, then served from Next's cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/qr/[locale]/[slug]">) {
  const { locale, slug } = await params;
  return qrResponse(locale, slug);
}

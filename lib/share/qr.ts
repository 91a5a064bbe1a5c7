import QRCode from "qrcode";
import { localizedPath, paths, absoluteUrl } from "@/lib/site";
import { notFoundResponse, resolveSharedPage } from "./target";

/** Answers `/qr/{prefix}/{slug}.svg` and `/qr/{prefix}/{slug}/p/{n}.svg` with a QR code of that page. */
export async function qrResponse(
  prefix: string,
  slugPart: string,
  nPart?: string,
): Promise<Response> {
  const target = resolveSharedPage(prefix, slugPart, nPart, ".svg");
  if (!target) return notFoundResponse();
  const { locale, article, n } = target;
  const page = n === undefined ? paths.article(article.slug) : paths.pair(article.slug, n);
  const svg = await QRCode.toString(absoluteUrl(localizedPath(locale, page)), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 1,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return new Response(svg, {
    headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" },
  });
}

/** The networks a share menu offers as plain links (WeChat, copy and save are handled apart). */
export const LINK_NETWORKS = [
  "x",
  "facebook",
  "linkedin",
  "weibo",
  "telegram",
  "whatsapp",
] as const;
export type LinkNetwork = (typeof LINK_NETWORKS)[number];

/** What one share menu shares: a page, its title, its card and its QR code. */
export interface ShareTarget {
  /** Absolute URL of the page to share. */
  url: string;
  title: string;
  /** The card as a same-origin path (so "save card" can download it) and its file name. */
  card: { url: string; fileName: string };
  qrUrl: string;
}

export interface SharedPage {
  /** Absolute URL of the page being shared. */
  url: string;
  title: string;
  /** Absolute URL of its card, for networks that take a picture with the link (Weibo). */
  image: string;
}

/** Each network's own "share this link" address, with the page's URL and title filled in. */
export function shareLinks({
  url,
  title,
  image,
}: SharedPage): { network: LinkNetwork; href: string }[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const hrefs: Record<LinkNetwork, string> = {
    x: `https://x.com/intent/post?${q({ text: title, url })}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}`,
    weibo: `https://service.weibo.com/share/share.php?${q({ url, title, pic: image })}`,
    telegram: `https://t.me/share/url?${q({ url, text: title })}`,
    whatsapp: `https://wa.me/?${q({ text: `${title} ${url}` })}`,
  };
  return LINK_NETWORKS.map((network) => ({ network, href: hrefs[network] }));
}

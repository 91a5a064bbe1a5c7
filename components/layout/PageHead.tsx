import Head from "next/head";
import type { Metadata } from "next";
import { translate } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { OG_LOCALES } from "@/lib/metadata";
import { absoluteUrl } from "@/lib/site";

interface Props {
  locale: Locale;
  /** The page's metadata, built by the same functions as the app router's (lib/metadata.ts). */
  metadata: Metadata;
}

const url = (value: string | URL) =>
  /^https?:/.test(String(value)) ? String(value) : absoluteUrl(String(value));
const list = <T,>(value: T | T[] | undefined | null): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/**
 * The <head> of a static reading page (pages/): what app/[locale]/layout.tsx's metadata gives every
 * app router page, plus the page's own metadata, written as the tags Next writes there (title with
 * the site's name, description, canonical and hreflang alternates, feed, Open Graph, X card, icon,
 * theme colours). Crawlers that run no script read these (e2e/crawlers.spec.ts).
 */
export function PageHead({ locale, metadata }: Props) {
  const meta = translate(locale, "Metadata");
  const siteName = meta("siteName");
  const title =
    typeof metadata.title === "string" ? `${metadata.title} · ${siteName}` : meta("homeTitle");
  const description = metadata.description ?? meta("homeDescription");
  const alternates = metadata.alternates ?? {};
  const og = (metadata.openGraph ?? {}) as Record<string, unknown> & {
    images?: { url: string; width?: number; height?: number; alt?: string; type?: string }[];
  };
  const twitter = (metadata.twitter ?? {}) as Record<string, unknown> & {
    images?: { url: string; alt?: string }[];
  };
  const property = (name: string, content: unknown) =>
    content === undefined || content === null ? null : (
      <meta key={`${name}:${String(content)}`} property={name} content={String(content)} />
    );
  const named = (name: string, content: unknown) =>
    content === undefined || content === null ? null : (
      <meta key={`${name}:${String(content)}`} name={name} content={String(content)} />
    );

  return (
    <Head>
      <title>{title}</title>
      {named("description", description)}
      {named("application-name", siteName)}
      {alternates.canonical ? (
        <link rel="canonical" href={url(alternates.canonical as string)} />
      ) : null}
      {Object.entries(alternates.languages ?? {}).map(([language, href]) => (
        <link key={language} rel="alternate" hrefLang={language} href={url(href as string)} />
      ))}
      {Object.entries(alternates.types ?? {}).map(([type, href]) => (
        <link key={type} rel="alternate" type={type} href={url(href as string)} />
      ))}
      {property("og:title", og.title ?? metadata.title ?? meta("homeTitle"))}
      {property("og:description", og.description ?? description)}
      {property("og:url", og.url ? url(og.url as string) : undefined)}
      {property("og:site_name", siteName)}
      {property("og:locale", og.locale ?? OG_LOCALES[locale])}
      {list(og.alternateLocale as string | string[] | undefined).map((other) =>
        property("og:locale:alternate", other),
      )}
      {list(og.images).flatMap((image) => [
        property("og:image", url(image.url)),
        property("og:image:width", image.width),
        property("og:image:height", image.height),
        property("og:image:alt", image.alt),
        property("og:image:type", image.type),
      ])}
      {property("og:type", og.type ?? "website")}
      {property("article:published_time", og.publishedTime)}
      {property("article:section", og.section)}
      {list(og.authors as string[] | undefined).map((author) => property("article:author", author))}
      {list(og.tags as string[] | undefined).map((tag) => property("article:tag", tag))}
      {named("twitter:card", twitter.card ?? "summary")}
      {named("twitter:title", twitter.title)}
      {named("twitter:description", twitter.description)}
      {list(twitter.images).flatMap((image) => [
        named("twitter:image", url(image.url)),
        named("twitter:image:alt", image.alt),
      ])}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {/* --color-page-dark in app/globals.css: the browser's chrome matches the page. */}
      <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
      <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#111318" />
    </Head>
  );
}

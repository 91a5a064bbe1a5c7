import { getTranslations } from "next-intl/server";
import { LOCALE_COOKIE, type Locale, locales } from "@/i18n/routing";
import { localizedPath } from "@/lib/site";
import { LocaleLinks } from "./LocaleLinks";

interface Props {
  locale: Locale;
  /** The current page's path within its locale, e.g. `/articles/night-trains`. */
  path: string;
}

export async function LocaleSwitcher({ locale, path }: Props) {
  const t = await getTranslations({ locale, namespace: "LocaleSwitcher" });
  const links = locales.map((target) => ({
    locale: target,
    label: t(target),
    short: t(`short.${target}`),
    href: localizedPath(target, path),
    current: target === locale,
  }));
  return <LocaleLinks label={t("label")} links={links} cookieName={LOCALE_COOKIE} />;
}

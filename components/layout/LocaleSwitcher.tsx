import { translate } from "@/i18n/messages";
import { LOCALE_COOKIE, type Locale, locales } from "@/i18n/routing";
import { localizedPath } from "@/lib/site";
import { LocaleLinks } from "./LocaleLinks";

interface Props {
  locale: Locale;
  /** The current page's path within its locale, e.g. `/articles/night-trains`. */
  path: string;
}

export function LocaleSwitcher({ locale, path }: Props) {
  const t = translate(locale, "LocaleSwitcher");
  const links = locales.map((target) => ({
    locale: target,
    label: t(target),
    short: t(`short.${target}`),
    href: localizedPath(target, path),
    current: target === locale,
  }));
  return <LocaleLinks label={t("label")} links={links} cookieName={LOCALE_COOKIE} />;
}

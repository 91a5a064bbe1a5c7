import type { Metadata } from "next";
import type { ReactNode } from "react";
import { translate } from "@/i18n/messages";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { pageLocale } from "@/i18n/page-locale";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

type Props = PageProps<"/[locale]/about">;

/** A link in a credit line: the same look for every source the about page credits. */
function creditLink(href: string, rel?: string) {
  return function CreditLink(chunks: ReactNode): ReactNode {
    return (
      <a href={href} rel={rel} className="underline underline-offset-2">
        {chunks}
      </a>
    );
  };
}

/** CC BY-SA 4.0, the licence of CC-CEDICT and of the C1/C2 word list, marked as the licence. */
const licenceLink = creditLink("https://creativecommons.org/licenses/by-sa/4.0/", "license");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translate(locale, "AboutPage");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: pageAlternates(locale, paths.about()),
  };
}

export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translate(locale, "AboutPage");
  const sections = ["samples", "views", "scripts", "learning"] as const;

  return (
    <>
      <SiteHeader locale={locale} path={paths.about()} />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-8 leading-relaxed">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-4">{t("intro")}</p>
        {sections.map((key) => (
          <section key={key} className="mt-8">
            <h2 className="text-xl font-bold">{t(`${key}Heading`)}</h2>
            <p className="mt-2">{t(key)}</p>
          </section>
        ))}
        {/* CC-CEDICT's licence (CC BY-SA 4.0) asks for this credit wherever its definitions are shown. */}
        <section className="mt-8">
          <h2 className="text-xl font-bold">{t("dictionaryHeading")}</h2>
          <p className="mt-2">
            {t.rich("dictionary", {
              cedict: creditLink("https://cc-cedict.org/wiki/"),
              licence: licenceLink,
            })}
          </p>
        </section>
        {/* The word lists' terms ask for credit (CEFR-J: citation; Octanove: CC BY-SA): data/word-levels/LICENSES.md. */}
        <section className="mt-8">
          <h2 className="text-xl font-bold">{t("levelsHeading")}</h2>
          <p className="mt-2">
            {t.rich("levels", {
              hsk30: creditLink("https://github.com/ivankra/hsk30"),
              hsk2: creditLink("https://github.com/drkameleon/complete-hsk-vocabulary"),
              cefrj: creditLink("http://www.cefr-j.org/"),
              ecdict: creditLink("https://github.com/skywind3000/ECDICT"),
              licence: licenceLink,
            })}
          </p>
        </section>
      </main>
    </>
  );
}

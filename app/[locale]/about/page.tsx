import type { Metadata } from "next";
import { translate } from "@/i18n/messages";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { pageLocale } from "@/i18n/page-locale";
import { pageAlternates } from "@/lib/metadata";
import { paths } from "@/lib/site";

type Props = PageProps<"/[locale]/about">;

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
              cedict: (chunks) => (
                <a href="https://cc-cedict.org/wiki/" className="underline underline-offset-2">
                  {chunks}
                </a>
              ),
              licence: (chunks) => (
                <a
                  href="https://creativecommons.org/licenses/by-sa/4.0/"
                  rel="license"
                  className="underline underline-offset-2"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        </section>
        {/* The word lists' terms ask for credit (CEFR-J: citation; Octanove: CC BY-SA): data/word-levels/LICENSES.md. */}
        <section className="mt-8">
          <h2 className="text-xl font-bold">{t("levelsHeading")}</h2>
          <p className="mt-2">
            {t.rich("levels", {
              hsk30: (chunks) => (
                <a href="https://github.com/ivankra/hsk30" className="underline underline-offset-2">
                  {chunks}
                </a>
              ),
              hsk2: (chunks) => (
                <a
                  href="https://github.com/drkameleon/complete-hsk-vocabulary"
                  className="underline underline-offset-2"
                >
                  {chunks}
                </a>
              ),
              cefrj: (chunks) => (
                <a href="http://www.cefr-j.org/" className="underline underline-offset-2">
                  {chunks}
                </a>
              ),
              licence: (chunks) => (
                <a
                  href="https://creativecommons.org/licenses/by-sa/4.0/"
                  rel="license"
                  className="underline underline-offset-2"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        </section>
      </main>
    </>
  );
}

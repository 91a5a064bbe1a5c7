import type { ReactElement, ReactNode } from "react";

interface Props {
  en: ReactNode;
  zh: ReactNode;
  zhLang: "zh-Hans" | "zh-Hant";
  /** The element each language is wrapped in: `span` inside a heading or link, `p` for prose. */
  as?: "span" | "p";
  /** Classes of the English and the Chinese element. */
  enClassName?: string;
  zhClassName?: string;
  /** Put the Chinese first (lists in a Chinese interface lead with the reader's language). */
  chineseFirst?: boolean;
}

/** The same text in English and in Chinese, each with its own `lang` (fonts, line breaking, screen readers). */
export function BilingualText(props: Props) {
  return <>{bilingualElements(props)}</>;
}

/** BilingualText's two elements, in reading order, for layouts that place them apart. */
export function bilingualElements({
  en,
  zh,
  zhLang,
  as: Tag = "span",
  enClassName,
  zhClassName,
  chineseFirst = false,
}: Props): [ReactElement, ReactElement] {
  const english = (
    <Tag key="en" lang="en" className={enClassName}>
      {en}
    </Tag>
  );
  const chinese = (
    <Tag key="zh" lang={zhLang} className={zhClassName}>
      {zh}
    </Tag>
  );
  return chineseFirst ? [chinese, english] : [english, chinese];
}

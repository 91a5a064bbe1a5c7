import { ImageResponse } from "@vercel/og";
import { type CardScript, cardFonts } from "./fonts";
import { fitText } from "./text";

/** Everything a card shows, already localized. Cards are drawn only from stored content. */
export type ShareCardContent =
  | {
      kind: "article";
      script: CardScript;
      siteName: string;
      section: string;
      date: string;
      title: { en: string; zh: string };
    }
  | {
      kind: "pair";
      script: CardScript;
      siteName: string;
      /** "Paragraph 3 of 11", localized. */
      position: string;
      en: string;
      zh: string;
      title: { en: string; zh: string };
    };

import { CARD_SIZE } from "@/lib/assets";

export { CARD_SIZE };

/** Half-width units each text may take (lib/og/text.ts), from font size × lines on a 1040 px measure. */
const BUDGET = { titleEn: 92, titleZh: 76, pairEn: 300, pairZh: 244, footerTitle: 90 } as const;

const INK = "#17181c";
const MUTED = "#5b5f6a";
const ACCENT = "#b3261e";

/** The texts a card will draw, after fitting: what the fonts must cover. */
export function cardTexts(card: ShareCardContent): string[] {
  const common = [card.siteName, "EN·中"];
  if (card.kind === "article") {
    return [
      ...common,
      card.section,
      card.date,
      fitText(card.title.en, BUDGET.titleEn),
      fitText(card.title.zh, BUDGET.titleZh),
    ];
  }
  return [
    ...common,
    card.position,
    fitText(card.en, BUDGET.pairEn),
    fitText(card.zh, BUDGET.pairZh),
    fitText(`${card.title.en} · ${card.title.zh}`, BUDGET.footerTitle),
  ];
}

/** Draws a 1200×630 PNG card. Throws MissingGlyphError before drawing if a glyph has no font. */
export function renderShareCard(card: ShareCardContent): ImageResponse {
  const texts = cardTexts(card);
  const { fonts, fontFamily } = cardFonts(card.script, texts.join(""));
  return new ImageResponse(<CardLayout card={card} texts={texts} fontFamily={fontFamily} />, {
    ...CARD_SIZE,
    fonts,
  });
}

function CardLayout({
  card,
  texts,
  fontFamily,
}: {
  card: ShareCardContent;
  texts: string[];
  fontFamily: string;
}) {
  const [siteName, badge, ...rest] = texts;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#fbfaf7",
        color: INK,
        fontFamily,
        borderLeft: `14px solid ${ACCENT}`,
        padding: "44px 64px 40px 58px",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 26, fontWeight: 700 }}>
        <div
          style={{
            display: "flex",
            background: ACCENT,
            color: "#fff",
            borderRadius: 6,
            padding: "2px 10px",
            fontSize: 20,
            marginRight: 14,
          }}
        >
          {badge}
        </div>
        <div style={{ display: "flex" }}>{siteName}</div>
        <div
          style={{
            display: "flex",
            marginLeft: "auto",
            color: MUTED,
            fontWeight: 400,
            fontSize: 24,
          }}
        >
          {card.kind === "article" ? `${rest[0]} · ${rest[1]}` : rest[0]}
        </div>
      </div>
      {card.kind === "article" ? (
        <ArticleBody texts={rest.slice(2)} />
      ) : (
        <PairBody texts={rest.slice(1)} />
      )}
    </div>
  );
}

function ArticleBody({ texts: [en, zh] }: { texts: string[] }) {
  return (
    <div
      style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1 }}
    >
      <div
        style={{
          display: "flex",
          fontSize: 60,
          fontWeight: 700,
          lineHeight: 1.15,
          letterSpacing: -1,
        }}
      >
        {en}
      </div>
      <div
        style={{ display: "flex", fontSize: 52, fontWeight: 700, lineHeight: 1.35, marginTop: 26 }}
      >
        {zh}
      </div>
    </div>
  );
}

function PairBody({ texts: [en, zh, title] }: { texts: string[] }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", flexGrow: 1 }}>
      <div
        style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1 }}
      >
        <div style={{ display: "flex", fontSize: 29, lineHeight: 1.42 }}>{en}</div>
        <div style={{ display: "flex", fontSize: 29, lineHeight: 1.62, marginTop: 22 }}>{zh}</div>
      </div>
      <div
        style={{
          display: "flex",
          borderTop: "2px solid #e4e1d8",
          paddingTop: 16,
          fontSize: 22,
          color: MUTED,
          fontWeight: 700,
        }}
      >
        {title}
      </div>
    </div>
  );
}

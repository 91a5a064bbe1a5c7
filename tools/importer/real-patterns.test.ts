import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPage } from "./index";
import { blockLanguage } from "@/lib/text";

/**
 * Patterns met on real saved bilingual pages (UN messages, English-learning explainers), each
 * reproduced in a fixture written for the test: bench/real-pages measures the real pages.
 */
const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../fixtures/import", name), "utf8");

describe("importPage: a message whose heading is a bold line in each language", () => {
  const result = importPage(fixture("message-with-bold-heading.html"), { date: "2026-04-23" });
  const pairs = result.draft?.pairs ?? [];

  it("takes the English title from the bold heading and the Chinese one from the <h1> without its column label", () => {
    expect(result.errors).toEqual([]);
    expect(result.draft?.title).toEqual({
      en: "Message by the Chair of the Sample Foundation on World Book Day",
      zh: "样例基金会主席世界读书日致辞",
    });
  });

  it("keeps the four paragraphs of the message, not the heading or the dates", () => {
    expect(pairs.map((pair) => pair.en.split(" ").slice(0, 3).join(" "))).toEqual([
      "This year we",
      "Reading is not",
      "Yet 250 million",
      "On this World",
    ]);
    expect(pairs[2]?.zh).toMatch(/^然而仍有2\.5亿儿童/);
    const dropped = result.dropped.map((block) => `${block.reason}: ${block.text}`);
    expect(dropped).toContain(
      "heading: Message by the Chair of the Sample Foundation on World Book Day",
    );
    expect(dropped).toContain("heading: 样例基金会主席世界读书日致辞");
  });
});

describe("importPage: an explainer with <br> pairs among Chinese lead-ins and commentary", () => {
  const result = importPage(fixture("explainer-with-br-pairs.html"));
  const pairs = result.draft?.pairs ?? [];

  it("keeps every pair the page sets in one <p>, however much Chinese surrounds it", () => {
    expect(result.errors).toEqual([]);
    expect(pairs.map((pair) => pair.en.split(" ").slice(0, 3).join(" "))).toEqual([
      "Tickets for the",
      "On the busiest",
      '"I refreshed the',
      "The railway operator",
    ]);
    expect(pairs.map((pair) => pair.zh.slice(0, 7))).toEqual([
      "春运首日的火车",
      "最热门的线路上",
      "在医院当护士的",
      "铁路部门表示，",
    ]);
  });

  it("drops a bold heading in both languages split by <br>, not taking it for a pair", () => {
    expect(pairs.some((pair) => pair.en.includes("Sold out in minutes"))).toBe(false);
    expect(result.dropped).toContainEqual({
      text: "Sold out in minutes 几分钟就售罄",
      reason: "heading",
    });
  });

  it("keeps a <br> pair whose numbers the translator rephrased (after 9 pm: 21时以后)", () => {
    expect(pairs.find((pair) => pair.en.includes("9 pm"))?.zh).toContain("21时以后");
  });

  it("leaves the Chinese lead-ins and the commentary on an English word out, as Chinese", () => {
    const unpaired = result.unpaired.map((line) => line.text);
    expect(unpaired).toContain("铁路部门在发布会上表示，");
    const commentary = result.unpaired.find((line) => line.text.startsWith("Rush这个词"));
    expect(commentary?.reason).toBe("Chinese paragraph with no English original");
  });
});

describe("blockLanguage of a page line (proseAnywhere)", () => {
  const lineLanguage = (text: string) => blockLanguage(text, { proseAnywhere: true });
  it("takes Chinese prose that opens with the English word it explains for Chinese", () => {
    // More Latin letters than Han characters, yet Chinese prose.
    const commentary =
      "Rake in是一个常用的搭配，比如：rake in a fortune, rake in the money, rake in millions every year。";
    expect(lineLanguage(commentary)).toBe("zh");
    expect(lineLanguage("The word 内卷 has no easy English equivalent.")).toBe("en");
    expect(lineLanguage("The film has raked in nearly 5.4 billion yuan.")).toBe("en");
  });
});

import { describe, expect, it } from "vitest";
import { chineseSentences, englishSentences, type SentenceRange } from "./sentences";

const split = (text: string, ranges: SentenceRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

describe("englishSentences", () => {
  const en = (text: string) => split(text, englishSentences(text));

  it("ends sentences at stops followed by a new sentence", () => {
    expect(en("It rained. We stayed in! Did you? Yes.")).toEqual([
      "It rained.",
      "We stayed in!",
      "Did you?",
      "Yes.",
    ]);
  });

  it("does not end at decimals, abbreviations or initials", () => {
    expect(
      en("Prices rose 2.8 times. Mr. Zhang met Dr. Li at 9 a.m. on Jan. 5 in the U.S. capital."),
    ).toEqual([
      "Prices rose 2.8 times.",
      "Mr. Zhang met Dr. Li at 9 a.m. on Jan. 5 in the U.S. capital.",
    ]);
    expect(en("J. K. Rowling wrote it. It sold well.")).toEqual([
      "J. K. Rowling wrote it.",
      "It sold well.",
    ]);
    expect(en("Apples, pears etc. Then tea.")).toEqual(["Apples, pears etc.", "Then tea."]);
  });

  it("keeps closing quotes with their sentence and does not split inside a quotation", () => {
    expect(en('She said, "We will go. Then we rest." They went.')).toEqual([
      'She said, "We will go. Then we rest."',
      "They went.",
    ]);
    expect(en("“It works.” He smiled.")).toEqual(["“It works.”", "He smiled."]);
  });
});

describe("chineseSentences", () => {
  const zh = (text: string) => split(text, chineseSentences(text));

  it("ends at 。！？ and keeps closing quotes", () => {
    expect(zh("下雨了。我们留在家里！你呢？好。")).toEqual([
      "下雨了。",
      "我们留在家里！",
      "你呢？",
      "好。",
    ]);
    expect(zh("他说：“我们走吧。”大家都走了。")).toEqual(["他说：“我们走吧。”", "大家都走了。"]);
    expect(zh("价格涨了2.8倍。")).toEqual(["价格涨了2.8倍。"]);
  });

  it("does not split inside a quotation that goes on", () => {
    expect(zh("他说：“我来了。你呢？”她笑了。")).toEqual(["他说：“我来了。你呢？”", "她笑了。"]);
  });
});

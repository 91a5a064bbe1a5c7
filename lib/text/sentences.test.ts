import { describe, expect, it } from "vitest";
import {
  chineseSentenceRanges,
  englishSentenceRanges,
  firstEnglishSentence,
  type SentenceRange,
  splitChineseSentences,
  splitEnglishSentences,
} from "./index";

const split = (text: string, ranges: SentenceRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));
const en = (text: string) => split(text, englishSentenceRanges(text));
const zh = (text: string) => split(text, chineseSentenceRanges(text));

describe("English sentences", () => {
  it("ends sentences at stops followed by a new sentence", () => {
    expect(en("It rained. We stayed in! Did you? Yes.")).toEqual([
      "It rained.",
      "We stayed in!",
      "Did you?",
      "Yes.",
    ]);
  });

  it("does not stop at vs., Mr., U.S. or a decimal point", () => {
    const text =
      "Mr. Li compared the U.S. figures with China's: 3.5 vs. 4.2 percent. Dr. Wang agreed. “Yes,” she said!";
    expect(splitEnglishSentences(text)).toEqual([
      "Mr. Li compared the U.S. figures with China's: 3.5 vs. 4.2 percent.",
      "Dr. Wang agreed.",
      "“Yes,” she said!",
    ]);
    expect(firstEnglishSentence("Team A vs. Team B ended 2–1. Fans cheered.")).toBe(
      "Team A vs. Team B ended 2–1.",
    );
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
  });

  it("lets an abbreviation end a sentence when a sentence opens after it", () => {
    expect(en("Apples, pears etc. Then tea.")).toEqual(["Apples, pears etc.", "Then tea."]);
    expect(en("She moved to the U.S. The year was 1990.")).toEqual([
      "She moved to the U.S.",
      "The year was 1990.",
    ]);
    expect(en("Vans are banned from 7 a.m. to 7 p.m. Parcels come by bike.")).toEqual([
      "Vans are banned from 7 a.m. to 7 p.m.",
      "Parcels come by bike.",
    ]);
    expect(
      en("The U.S. Embassy and Apple Inc. Chief Executive Tim Cook met at 9 a.m. Sunday."),
    ).toHaveLength(1);
  });

  it("reads short words as words and number labels only before a number", () => {
    expect(en("They sat in the sun. Then it rained. He said no. We left.")).toEqual([
      "They sat in the sun.",
      "Then it rained.",
      "He said no.",
      "We left.",
    ]);
    expect(en("See No. 5 and Fig. 2 here.")).toHaveLength(1);
  });

  it("keeps closing quotes with their sentence and does not split inside a quotation", () => {
    expect(en('She said, "We will go. Then we rest." They went.')).toEqual([
      'She said, "We will go. Then we rest."',
      "They went.",
    ]);
    expect(en("“It works.” He smiled.")).toEqual(["“It works.”", "He smiled."]);
    expect(en("“China’s exports grew. Imports fell.” He smiled.")).toEqual([
      "“China’s exports grew. Imports fell.”",
      "He smiled.",
    ]);
    expect(en("“Really?” she asked. Nobody knew.")).toEqual([
      "“Really?” she asked.",
      "Nobody knew.",
    ]);
  });

  it("splits a quotation that runs on into the next paragraph as if it had no marks", () => {
    expect(en("“We will go. Then we rest. After that we eat.")).toEqual([
      "“We will go.",
      "Then we rest.",
      "After that we eat.",
    ]);
    expect(en("He called it ‘the plan. It failed.")).toEqual([
      "He called it ‘the plan.",
      "It failed.",
    ]);
  });

  it("gives offsets into the text as given, spaces and line breaks included", () => {
    const text = "  One here.\n Two  there.  ";
    expect(englishSentenceRanges(text)).toEqual([
      { start: 2, end: 11 },
      { start: 13, end: 24 },
    ]);
    expect(splitEnglishSentences(text)).toEqual(["One here.", "Two there."]);
  });
});

describe("Chinese sentences", () => {
  it("ends at 。！？ and keeps closing quotes", () => {
    expect(zh("下雨了。我们留在家里！你呢？好。")).toEqual([
      "下雨了。",
      "我们留在家里！",
      "你呢？",
      "好。",
    ]);
    expect(zh("他说：“我们走吧。”大家都走了。")).toEqual(["他说：“我们走吧。”", "大家都走了。"]);
    expect(zh("价格涨了2.8倍。")).toEqual(["价格涨了2.8倍。"]);
    expect(splitChineseSentences("他说：“好。”我们走吧！还有吗")).toEqual([
      "他说：“好。”",
      "我们走吧！",
      "还有吗",
    ]);
  });

  it("does not split inside a quotation that goes on, nor at a lone ellipsis", () => {
    expect(zh("他说：“我来了。你呢？”她笑了。")).toEqual(["他说：“我来了。你呢？”", "她笑了。"]);
    expect(zh("他想了想…没说话。后来走了……第二天回来了。")).toEqual([
      "他想了想…没说话。",
      "后来走了……",
      "第二天回来了。",
    ]);
  });

  it("splits a quotation left open for the next paragraph as if it had no marks", () => {
    expect(zh("“我们先走。然后休息。")).toEqual(["“我们先走。", "然后休息。"]);
  });

  it("joins lines of Chinese source text before splitting", () => {
    expect(splitChineseSentences("第一句\n  还没完。第二句。")).toEqual([
      "第一句还没完。",
      "第二句。",
    ]);
  });
});

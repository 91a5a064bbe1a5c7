/**
 * Pinyin as an editor writes it in an article's `readings:`: tone numbers ("hang2 zhang3", 5 or no
 * number for the neutral tone is not accepted: write 5) or tone marks ("háng zhǎng", a syllable without a
 * mark is neutral). Light on purpose: the content schema uses it.
 */

const MARKED: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries({
  a: "āáǎà",
  e: "ēéěè",
  i: "īíǐì",
  o: "ōóǒò",
  u: "ūúǔù",
  ü: "ǖǘǚǜ",
}))
  [...marks].forEach((mark, tone) => (MARKED[mark] = [base, tone + 1]));

/** A Mandarin syllable without its tone: initial, then final (ü may be written v). */
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|ü|üan|üe|ün|r)$/;

/**
 * One syllable in tone numbers ("hang2"), or undefined when it is not a syllable:
 * "háng" → "hang2", "lv4" → "lü4", "le" → "le5", "le5" → "le5".
 */
export function readSyllable(written: string): string | undefined {
  let text = written.normalize("NFC").toLowerCase().replace(/v/g, "ü");
  let tone = 5;
  const number = /([1-5])$/.exec(text);
  if (number) {
    tone = Number(number[1]);
    text = text.slice(0, -1);
  }
  let marks = 0;
  text = [...text]
    .map((char) => {
      const marked = MARKED[char];
      if (!marked) return char;
      marks += 1;
      tone = marked[1];
      return marked[0];
    })
    .join("");
  if (marks > 1 || (marks === 1 && number)) return undefined;
  return SYLLABLE.test(text) ? `${text}${tone}` : undefined;
}

/** A whole reading, one syllable per character, space-separated, in tone numbers; or an error message. */
export function readReading(
  word: string,
  written: string,
): { reading: string } | { error: string } {
  const parts = written.trim().split(/\s+/).filter(Boolean);
  const chars = [...word];
  if (parts.length !== chars.length)
    return {
      error: `"${written}" has ${parts.length} syllable${parts.length === 1 ? "" : "s"} for ${chars.length} character${chars.length === 1 ? "" : "s"}: write one syllable per character, space-separated`,
    };
  const syllables: string[] = [];
  for (const part of parts) {
    const syllable = readSyllable(part);
    if (!syllable) return { error: `"${part}" is not a pinyin syllable (write hang2 or háng)` };
    syllables.push(syllable);
  }
  return { reading: syllables.join(" ") };
}

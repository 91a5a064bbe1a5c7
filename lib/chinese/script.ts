const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Whether a block of text is Chinese: most of its letters are Han characters
 * (contract: docs/contracts.md, "Content files"). Digits and punctuation do not count either way.
 */
export function isMostlyHan(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters > 0 && han * 2 > letters;
}

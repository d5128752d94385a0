import { normalize, wordSimilarity } from '../../text.js';

/**
 * Loose matching of typed words against labels, forgiving Polish endings
 * ("konkurencji" for "Konkurencja") and English ones ("monthly" for "month").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4) {
    let common = 0;
    while (common < shorter && a[common] === b[common]) common++;
    if (common >= Math.max(4, shorter - 2)) return true;
  }
  return wordSimilarity(a, b) >= 0.8;
}

const ignored = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'our', 'we', 'with', 'only', 'when', 'who', 'what',
  'i', 'oraz', 'lub', 'albo', 'do', 'w', 'na', 'z', 'ze', 'o', 'nasz', 'nasza', 'nasze', 'tylko', 'gdy', 'co', 'kto', 'sie',
]);

export const meaningfulWords = (text: string): string[] => normalize(text).split(' ').filter((w) => w && !ignored.has(w));

/**
 * How well typed words name a label, 0 to 1: every typed word must appear in the
 * label; the score grows with how much of the label was named.
 */
export function labelScore(typed: string, label: string): number {
  const words = meaningfulWords(typed);
  const labelWords = meaningfulWords(label);
  if (!words.length || !labelWords.length) return 0;
  let matched = 0;
  for (const w of words) if (labelWords.some((l) => sameWord(w, l))) matched++;
  if (matched < words.length) return 0;
  const named = labelWords.filter((l) => words.some((w) => sameWord(w, l))).length;
  return 0.6 + 0.4 * (named / labelWords.length);
}

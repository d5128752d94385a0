/** Text helpers shared by everything that matches what people type against names. */

const legalSuffixes = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa',
  'spa', 'bv', 'nv', 'ab', 'oy', 'as', 'sp', 'z', 'o', 'oo', 'zoo', 'spzoo', 'group', 'holding', 'holdings',
]);

/** Lower case, no diacritics (ł → l too), punctuation as spaces, spaces folded. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words that identify a company, without legal-form noise such as "Inc." or "sp. z o.o.". */
export function nameTokens(name: string): string[] {
  const tokens = normalize(name).split(' ').filter(Boolean);
  const meaningful = tokens.filter((t) => !legalSuffixes.has(t));
  return meaningful.length ? meaningful : tokens;
}

/** Optimal string alignment distance (Levenshtein plus transpositions), bounded for speed. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n];
}

/** Similarity in [0, 1] of two already-normalised words, forgiving one typo per four letters. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  const allowed = Math.max(1, Math.floor(longest / 4));
  const d = editDistance(a, b, allowed);
  if (d > allowed) return 0;
  return 1 - d / longest;
}

import { editDistance } from '../../text.js';

/** How many typos a word of this length may carry and still count as meant. */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Every string one deletion away, for the deletion-neighbourhood indexes. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A dictionary that finds its words within one or two typos of what was typed
 * without comparing against every word: each word is filed under itself and the
 * strings one deletion away, and a lookup only checks the words filed under the
 * typed word and its own deletions (insertions, deletions, substitutions and swaps
 * all meet there), then confirms with the edit distance.
 */
export class TypoIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly near = new Map<string, string[]>();

  add(word: string, value: T): void {
    const list = this.exact.get(word);
    if (list) {
      list.push(value);
      return;
    }
    this.exact.set(word, [value]);
    if (typosAllowed(word.length) === 0 && word.length < 4) return;
    for (const d of deletions(word)) {
      const words = this.near.get(d);
      if (words) words.push(word);
      else this.near.set(d, [word]);
    }
  }

  get(word: string): readonly T[] {
    return this.exact.get(word) ?? [];
  }

  has(word: string): boolean {
    return this.exact.has(word);
  }

  /**
   * Words within `maxTypos` edits, or by default within the typos allowed for the
   * longer of the two words (a four-letter word typed for a five-letter one counts),
   * with their edit distance; the exact word first.
   */
  lookup(word: string, maxTypos?: number): { word: string; distance: number; values: readonly T[] }[] {
    const out: { word: string; distance: number; values: readonly T[] }[] = [];
    const exact = this.exact.get(word);
    if (exact) out.push({ word, distance: 0, values: exact });
    const most = maxTypos ?? typosAllowed(Math.max(word.length, word.length >= 4 ? 5 : 0));
    if (most === 0 || word.length < 4) return out;
    const seen = new Set<string>([word]);
    const consider = (candidate: string) => {
      if (seen.has(candidate)) return;
      seen.add(candidate);
      const values = this.exact.get(candidate);
      if (!values) return;
      const allowed = maxTypos ?? Math.min(most, typosAllowed(Math.max(candidate.length, word.length)));
      const distance = editDistance(word, candidate, allowed);
      if (distance <= allowed) out.push({ word: candidate, distance, values });
    };
    for (const w of this.near.get(word) ?? []) consider(w);
    for (const d of deletions(word)) {
      consider(d);
      for (const w of this.near.get(d) ?? []) consider(w);
    }
    return out.sort((a, b) => a.distance - b.distance);
  }
}

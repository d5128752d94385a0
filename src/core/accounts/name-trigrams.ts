import type { Account } from '../model.js';
import { normalize } from '../text.js';
import { byName } from './order.js';

/**
 * Letter trigrams of account names, for "did you mean…": built on the first
 * suggestion asked for, since most questions never need them.
 */
export class NameTrigrams {
  private readonly trigrams = new Map<string, number[]>();
  private readonly counts: number[] = [];
  private built = false;

  /** `nameKeys[i]` is the normalized name of `accounts[i]`. */
  constructor(
    private readonly accounts: readonly Account[],
    private readonly nameKeys: readonly string[],
  ) {}

  /** The few names nearest to what was typed, by shared letter trigrams. */
  closest(query: string, limit = 3): Account[] {
    const grams = trigramsOf(normalize(query));
    const trigrams = this.build();
    const common = new Map<number, number>();
    for (const g of grams) {
      const list = trigrams.get(g);
      if (!list || list.length > 2_000) continue;
      for (const i of list) common.set(i, (common.get(i) ?? 0) + 1);
    }
    return [...common]
      .map(([i, n]) => ({ i, d: (2 * n) / (grams.size + this.counts[i]) }))
      .filter((x) => x.d > 0.3)
      .sort((a, b) => b.d - a.d || byName(this.accounts[a.i].name, this.accounts[b.i].name))
      .slice(0, limit)
      .map((x) => this.accounts[x.i]);
  }

  private build(): Map<string, number[]> {
    if (this.built) return this.trigrams;
    this.nameKeys.forEach((key, i) => {
      const grams = trigramsOf(key);
      this.counts.push(grams.size);
      for (const g of grams) {
        const list = this.trigrams.get(g);
        if (list) list.push(i);
        else this.trigrams.set(g, [i]);
      }
    });
    this.built = true;
    return this.trigrams;
  }
}

function trigramsOf(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) out.add(padded.slice(i, i + 3));
  return out;
}

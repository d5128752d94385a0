import { editDistance } from '../../text.js';
import { TypoIndex, deletions, typosAllowed } from './fuzzy.js';
import type { Token } from './tokens.js';

/**
 * Phrases to recognise in a question, by key. A phrase is words separated by
 * spaces; a word ending in `*` matches any word it begins ("renew*" matches
 * "renewal", "renews"); other words match exactly. Words of five letters or more
 * forgive a typo, and so do prefixes of five letters or more. Words of a phrase
 * may have up to two other words between them ("last order" matches "last big order").
 * Write phrases normalised: lower case, no diacritics ("zamow*", not "zamów*").
 */
export type Phrases<K extends string> = Readonly<Record<K, readonly string[]>>;

/** What a lexicon found in one question. */
export interface LexiconMatch<K extends string> {
  /** The keys with at least one phrase present. */
  readonly keys: ReadonlySet<K>;
  has(key: K): boolean;
  /** Which tokens each key's phrases covered. */
  tokensOf(key: K): ReadonlySet<number>;
  /** Every token some phrase covered. */
  readonly covered: ReadonlySet<number>;
}

interface Compiled<K> {
  key: K;
  words: number[];
}

const MAX_GAP = 2;
const CACHE_LIMIT = 20_000;

/** A compiled set of phrases, matched against tokens through indexes rather than by trying every phrase. */
export class Lexicon<K extends string> {
  private readonly exactWords = new TypoIndex<number>();
  /** Prefix words by their length, then by the prefix. */
  private readonly prefixes = new Map<number, Map<string, number[]>>();
  private readonly prefixNear = new Map<string, string[]>();
  private readonly phrasesByFirstWord = new Map<number, Compiled<K>[]>();
  private readonly wordCache = new Map<string, ReadonlySet<number>>();
  private readonly ids = new Map<string, number>();

  constructor(phrases: Phrases<K>) {
    for (const key of Object.keys(phrases) as K[]) {
      for (const phrase of phrases[key]) {
        const words = phrase.trim().split(/\s+/).map((w) => this.wordId(w));
        const list = this.phrasesByFirstWord.get(words[0]) ?? [];
        list.push({ key, words });
        this.phrasesByFirstWord.set(words[0], list);
      }
    }
  }

  /** Finds the phrases present in the tokens. */
  match(tokens: readonly Token[]): LexiconMatch<K> {
    const idsAt = tokens.map((t) => this.wordIdsFor(t.word));
    const spans = new Map<K, Set<number>>();
    const covered = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      for (const first of idsAt[i]) {
        for (const phrase of this.phrasesByFirstWord.get(first) ?? []) {
          const at = this.follow(phrase.words, idsAt, i);
          if (!at) continue;
          const set = spans.get(phrase.key) ?? new Set<number>();
          for (const p of at) {
            set.add(p);
            covered.add(p);
          }
          spans.set(phrase.key, set);
        }
      }
    }
    const keys = new Set(spans.keys());
    const none: ReadonlySet<number> = new Set();
    return { keys, has: (k) => keys.has(k), tokensOf: (k) => spans.get(k) ?? none, covered };
  }

  /** True when a single word is one of the lexicon's words (or a typo of one). */
  knows(word: string): boolean {
    return this.wordIdsFor(word).size > 0;
  }

  private follow(words: number[], idsAt: ReadonlySet<number>[], start: number): number[] | undefined {
    const at = [start];
    let pos = start;
    for (let w = 1; w < words.length; w++) {
      let found = -1;
      for (let j = pos + 1; j <= Math.min(idsAt.length - 1, pos + 1 + MAX_GAP); j++) {
        if (idsAt[j].has(words[w])) {
          found = j;
          break;
        }
      }
      if (found < 0) return undefined;
      at.push(found);
      pos = found;
    }
    return at;
  }

  private wordId(pattern: string): number {
    const known = this.ids.get(pattern);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(pattern, id);
    if (pattern.endsWith('*')) {
      const stem = pattern.slice(0, -1);
      const byLength = this.prefixes.get(stem.length) ?? new Map<string, number[]>();
      byLength.set(stem, [...(byLength.get(stem) ?? []), id]);
      this.prefixes.set(stem.length, byLength);
      if (stem.length >= 5) {
        for (const d of deletions(stem)) this.prefixNear.set(d, [...(this.prefixNear.get(d) ?? []), stem]);
      }
    } else {
      this.exactWords.add(pattern, id);
    }
    return id;
  }

  private wordIdsFor(word: string): ReadonlySet<number> {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const ids = new Set<number>();
    for (const id of this.exactWords.get(word)) ids.add(id);
    for (const [length, stems] of this.prefixes) {
      if (word.length < length) continue;
      for (const id of stems.get(word.slice(0, length)) ?? []) ids.add(id);
    }
    // A typo is only considered when the word means nothing as typed: "contacts" is not a misspelt "contract".
    if (ids.size === 0) for (const hit of this.exactWords.lookup(word)) for (const id of hit.values) ids.add(id);
    if (ids.size === 0 && word.length >= 5) this.typoPrefixes(word, ids);
    if (this.wordCache.size >= CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, ids);
    return ids;
  }

  /** Prefix words typed with one typo: "renwal" still begins with "renew" give or take a letter. */
  private typoPrefixes(word: string, ids: Set<number>): void {
    for (const [length, stems] of this.prefixes) {
      if (length < 5 || word.length < length - 1) continue;
      for (const cut of [length - 1, length, length + 1]) {
        if (cut > word.length) continue;
        const head = word.slice(0, cut);
        for (const candidate of [head, ...deletions(head)]) {
          for (const stem of [...(stems.has(candidate) ? [candidate] : []), ...(this.prefixNear.get(candidate) ?? [])]) {
            if (stem.length !== length) continue;
            if (editDistance(head, stem, typosAllowed(length)) <= 1) for (const id of stems.get(stem) ?? []) ids.add(id);
          }
        }
      }
    }
  }
}

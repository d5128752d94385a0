import type { Account } from '../model.js';
import { TypoIndex } from '../qa/nlu/fuzzy.js';
import { stemOf, type Token } from '../qa/nlu/tokens.js';
import { nameTokens, normalize } from '../text.js';
import { NameTrigrams } from './name-trigrams.js';
import { byName } from './order.js';

/** One place a word appears: in which account's name, at which position. */
interface Posting {
  account: number;
  position: number;
}

/** Accounts a span of the question may name, best first; more than one means it is unclear which. */
export interface AccountMention {
  /** First token and one past the last token of the span. */
  start: number;
  end: number;
  /** The words as typed. */
  text: string;
  candidates: { account: Account; score: number }[];
}

interface Hit {
  token: number;
  position: number;
  similarity: number;
  account: number;
}

interface Span {
  account: number;
  start: number;
  end: number;
  score: number;
}

/** Words between the words of a name that do not break it: "Wisła Foods Sp. z o.o.", "Procter & Gamble". */
const fillers = new Set(['sp', 'z', 'o', 'oo', 'sa', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'the', 'and', 'i']);

/** The least score for a span to count as naming an account (the same bar the name resolver always used). */
export const MENTION_THRESHOLD = 0.6;
const CLOSE = 0.05;

/**
 * The names of a set of accounts, indexed so that finding the accounts a question
 * mentions costs a few map look-ups per word, whatever the number of accounts:
 * whole words and their stems with typos forgiven, prefixes (of four letters or more in free text),
 * and letter trigrams for "did you mean…" suggestions.
 */
export class AccountNameIndex {
  private readonly byId = new Map<string, Account>();
  private readonly byFullName = new Map<string, Account>();
  private readonly words = new TypoIndex<Posting>();
  private readonly stems = new TypoIndex<Posting>();
  private readonly prefixes = new Map<string, string[]>();
  /** How many accounts' names hold each word: words in many names ("Logistics") do not pick an account out. */
  private readonly accountsWith = new Map<string, number>();
  private readonly accountsWithStem = new Map<string, number>();
  private readonly nameKeys: string[] = [];
  private readonly nameWords: string[][] = [];
  private readonly nameStems: string[][] = [];
  private readonly tokenCounts: number[] = [];
  private readonly suggestions: NameTrigrams;
  private readonly accountIndex = new Map<Account, number>();
  private readonly frequent: number;

  constructor(readonly accounts: readonly Account[]) {
    this.frequent = Math.max(5, Math.ceil(accounts.length / 200));
    accounts.forEach((account, i) => {
      const tokens = nameTokens(account.name);
      const key = tokens.join(' ');
      this.accountIndex.set(account, i);
      this.nameKeys.push(key);
      const stems = tokens.map(stemOf);
      this.nameWords.push(tokens);
      this.nameStems.push(stems);
      this.tokenCounts.push(tokens.length);
      this.byId.set(account.id.toLowerCase(), account);
      this.byFullName.set(normalize(account.name), account);
      this.byFullName.set(key, account);
      tokens.forEach((word, position) => {
        if (!this.words.has(word)) {
          for (let n = 3; n < word.length; n++) {
            const p = word.slice(0, n);
            const list = this.prefixes.get(p);
            if (list) list.push(word);
            else this.prefixes.set(p, [word]);
          }
        }
        this.words.add(word, { account: i, position });
        this.stems.add(stems[position], { account: i, position });
      });
      for (const word of new Set(tokens)) this.accountsWith.set(word, (this.accountsWith.get(word) ?? 0) + 1);
      for (const stem of new Set(stems)) this.accountsWithStem.set(stem, (this.accountsWithStem.get(stem) ?? 0) + 1);
    });
    this.suggestions = new NameTrigrams(accounts, this.nameKeys);
  }

  /** The account with this id, if it is in the index. */
  withId(id: string): Account | undefined {
    return this.byId.get(id.toLowerCase());
  }

  /** The account with exactly this id or this name, if any. */
  exact(query: string): Account | undefined {
    return this.byId.get(query.trim().toLowerCase()) ?? this.byFullName.get(normalize(query));
  }

  /**
   * The accounts named in a question, one mention per span of words, in the order
   * they were written. `common` marks everyday words ("next", "order"), which name
   * an account only when they spell out all of its name. A word many names share
   * ("Foods") counts only beside a rarer word of the same name, or as a whole name.
   */
  mentions(tokens: readonly Token[], common: (word: string) => boolean = () => false, options: { shortPrefixes?: boolean } = {}): AccountMention[] {
    const minPrefix = options.shortPrefixes ? 3 : 4;
    const hitsByAccount = new Map<number, Hit[]>();
    const shared: { token: number; word?: string; stem?: string; similarity: number }[] = [];
    for (const token of tokens) {
      if (token.word.length < 2 || fillers.has(token.word)) continue;
      const found = this.hitsFor(token, common(token.word), minPrefix);
      for (const h of found.hits) {
        const list = hitsByAccount.get(h.account);
        if (list) list.push(h);
        else hitsByAccount.set(h.account, [h]);
      }
      for (const w of found.shared) shared.push({ ...w, token: token.index });
    }
    // Words many names share are looked for only in the names the rarer words found.
    if (shared.length) {
      for (const [account, hits] of hitsByAccount) {
        const words = this.nameWords[account];
        const stems = this.nameStems[account];
        for (const w of shared) {
          const position = w.word !== undefined ? words.indexOf(w.word) : stems.indexOf(w.stem!);
          if (position >= 0) hits.push({ token: w.token, position, similarity: w.similarity, account });
        }
      }
    }
    const spans: Span[] = [...this.wholeNames(tokens, common)];
    for (const [account, hits] of hitsByAccount) this.spansOf(account, hits, tokens, common, spans);
    spans.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.account - b.account);
    const out: AccountMention[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const best of spans) {
      if (taken.some((t) => t.start < best.end && best.start < t.end)) continue;
      const group = spans.filter(
        (s) => s.start < best.end && best.start < s.end && s.score >= best.score - CLOSE && !(s.end - s.start < best.end - best.start && s.start >= best.start && s.end <= best.end),
      );
      const seen = new Set<number>();
      const candidates = group
        .filter((s) => !seen.has(s.account) && seen.add(s.account))
        .map((s) => ({ account: this.accounts[s.account], score: s.score }))
        .sort((a, b) => b.score - a.score || byName(a.account.name, b.account.name));
      const exact = candidates.filter((c) => c.score === 1);
      taken.push({ start: best.start, end: best.end });
      out.push({
        start: best.start,
        end: best.end,
        text: tokens.slice(best.start, best.end).map((t) => t.text).join(' '),
        candidates: exact.length === 1 ? exact : candidates,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Runs of up to four words that spell out a whole name, whatever its words: "Logistics Systems" (but not "next" for an account called Next). */
  private *wholeNames(tokens: readonly Token[], common: (word: string) => boolean): Generator<Span> {
    for (let start = 0; start < tokens.length; start++) {
      let key = '';
      for (let end = start + 1; end <= Math.min(tokens.length, start + 4); end++) {
        key = key ? `${key} ${tokens[end - 1].word}` : tokens[end - 1].word;
        const account = this.byFullName.get(key);
        if (account && (end - start > 1 || !(fillers.has(key) || common(key)))) yield { account: this.accountIndex.get(account)!, start, end, score: 1 };
      }
    }
  }

  /** The few names nearest to what was typed, by shared letter trigrams, for "did you mean…". */
  closest(query: string, limit = 3): Account[] {
    return this.suggestions.closest(query, limit);
  }

  /** The name words a typed word may be: rare ones as places in names, shared ones as the word itself. */
  private hitsFor(token: Token, isCommon: boolean, minPrefix: number): { hits: Hit[]; shared: { word?: string; stem?: string; similarity: number }[] } {
    const best = new Map<number, Hit>();
    const shared: { word?: string; stem?: string; similarity: number }[] = [];
    const add = (postings: readonly Posting[], similarity: number) => {
      for (const p of postings) {
        const key = p.account * 64 + p.position;
        const had = best.get(key);
        if (!had) best.set(key, { token: token.index, position: p.position, similarity, account: p.account });
        else if (had.similarity < similarity) had.similarity = similarity;
      }
    };
    const maxTypos = isCommon ? 0 : undefined;
    for (const h of this.words.lookup(token.word, maxTypos)) {
      const similarity = 1 - h.distance / Math.max(h.word.length, token.word.length);
      if ((this.accountsWith.get(h.word) ?? 0) > this.frequent) shared.push({ word: h.word, similarity });
      else add(h.values, similarity);
    }
    for (const h of this.stems.lookup(token.stem, maxTypos)) {
      const similarity = 0.95 - h.distance / Math.max(h.word.length, token.stem.length);
      if ((this.accountsWithStem.get(h.word) ?? 0) > this.frequent) shared.push({ stem: h.word, similarity });
      else add(h.values, similarity);
    }
    if (!isCommon && token.word.length >= minPrefix) {
      for (const word of this.prefixes.get(token.word) ?? []) {
        if ((this.accountsWith.get(word) ?? 0) > this.frequent) shared.push({ word, similarity: 0.9 });
        else add(this.words.get(word), 0.9);
      }
    }
    return { hits: [...best.values()], shared };
  }

  /** Runs of consecutive words of the question that each match a different word of this account's name. */
  private spansOf(account: number, hits: Hit[], tokens: readonly Token[], common: (word: string) => boolean, out: Span[]): void {
    // Most names a question touches share one word with it: a run of one, without the bookkeeping below.
    if (hits.length === 1) {
      this.scoreRun(account, hits, tokens, common, out);
      return;
    }
    const byToken = new Map<number, Hit[]>();
    for (const h of hits) byToken.set(h.token, [...(byToken.get(h.token) ?? []), h]);
    const order = [...byToken.keys()].sort((a, b) => a - b);
    let run: Hit[] = [];
    const flush = () => {
      if (run.length) this.scoreRun(account, run, tokens, common, out);
      run = [];
    };
    let last = -2;
    for (const t of order) {
      const between = tokens.slice(last + 1, t);
      if (run.length && !between.every((x) => fillers.has(x.word))) flush();
      const used = new Set(run.map((h) => h.position));
      const pick = byToken.get(t)!.filter((h) => !used.has(h.position)).sort((a, b) => b.similarity - a.similarity)[0];
      if (pick) run.push(pick);
      else {
        flush();
        run.push(byToken.get(t)!.sort((a, b) => b.similarity - a.similarity)[0]);
      }
      last = t;
    }
    flush();
  }

  /** Adds the run to `out` as a span when it names the account well enough. */
  private scoreRun(account: number, run: Hit[], tokens: readonly Token[], common: (word: string) => boolean, out: Span[]): void {
    const start = run[0].token;
    const end = run[run.length - 1].token + 1;
    const total = this.tokenCounts[account];
    const distinct = run.length === 1 ? 1 : new Set(run.map((h) => h.position)).size;
    const coverage = Math.min(1, distinct / total);
    const mean = run.reduce((s, h) => s + h.similarity, 0) / run.length;
    const name = this.nameKeys[account];
    const typed = coverage === 1 ? tokens.slice(start, end).filter((t) => !fillers.has(t.word)).map((t) => t.word).join(' ') : '';
    let score = typed === name ? 1 : coverage === 1 && mean === 1 ? 0.99 : mean * (0.85 + 0.1 * coverage);
    // Everyday words ("next", "order") name an account only when they spell out all of a name of two words or more.
    if (run.every((h) => common(tokens[h.token].word)) && !(coverage === 1 && run.length >= 2)) score = 0;
    if (score >= MENTION_THRESHOLD) out.push({ account, start, end, score });
  }
}

// Built once per list of accounts: the lists come from visibleAccounts, which keeps one per user and
// portfolio, so each user's index is built on their first question and reused until the next import.
const built = new WeakMap<readonly Account[], AccountNameIndex>();

/** The name index of a list of accounts (the accounts a user may see), built on first use. */
export function nameIndexOf(accounts: readonly Account[]): AccountNameIndex {
  let index = built.get(accounts);
  if (!index) {
    index = new AccountNameIndex(accounts);
    built.set(accounts, index);
  }
  return index;
}

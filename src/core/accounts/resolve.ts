import type { Account } from '../model.js';
import { nameTokens, normalize, wordSimilarity } from '../text.js';

export type Resolution =
  | { kind: 'found'; account: Account }
  | { kind: 'ambiguous'; candidates: Account[] }
  | { kind: 'none'; suggestions: Account[] };

interface Scored {
  account: Account;
  score: number;
}

/**
 * How well what someone typed names an account, 0 to 1: the whole name, its id,
 * a prefix ("glob" for Globex) or its words with typos forgiven.
 */
export function nameScore(query: string, account: Account): number {
  const q = normalize(query);
  if (!q) return 0;
  const name = normalize(account.name);
  if (q === name || query.trim().toLowerCase() === account.id.toLowerCase()) return 1;
  const qTokens = nameTokens(query);
  const aTokens = nameTokens(account.name);
  if (qTokens.join(' ') === aTokens.join(' ')) return 0.99;
  if (q.length >= 3 && aTokens.join(' ').startsWith(q)) return 0.95;
  // Every typed word must match some word of the name; the score is the mean match.
  let total = 0;
  for (const qt of qTokens) {
    let best = 0;
    for (const at of aTokens) {
      const s = qt.length >= 3 && at.startsWith(qt) ? 0.9 : wordSimilarity(qt, at);
      if (s > best) best = s;
    }
    if (best === 0) return 0;
    total += best;
  }
  const coverage = Math.min(1, qTokens.length / aTokens.length);
  return (total / qTokens.length) * (0.85 + 0.1 * coverage);
}

/** Finds the account a user means among those they may see. */
export function resolveAccount(query: string, visible: readonly Account[]): Resolution {
  const scored: Scored[] = [];
  for (const account of visible) {
    const score = nameScore(query, account);
    if (score > 0) scored.push({ account, score });
  }
  scored.sort((a, b) => b.score - a.score || a.account.name.localeCompare(b.account.name));
  const top = scored[0];
  if (!top || top.score < 0.6) {
    return { kind: 'none', suggestions: closest(query, visible) };
  }
  const close = scored.filter((s) => s.score >= top.score - 0.05);
  if (close.length === 1 || top.score === 1) return { kind: 'found', account: top.account };
  return { kind: 'ambiguous', candidates: close.slice(0, 5).map((s) => s.account) };
}

/** The few names nearest to what was typed, for "did you mean…". */
function closest(query: string, visible: readonly Account[]): Account[] {
  const q = normalize(query);
  return visible
    .map((account) => ({ account, d: letterOverlap(q, normalize(account.name)) }))
    .filter((x) => x.d > 0.3)
    .sort((a, b) => b.d - a.d)
    .slice(0, 3)
    .map((x) => x.account);
}

function letterOverlap(a: string, b: string): number {
  const bigrams = (s: string) => {
    const out = new Set<string>();
    for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
    return out;
  };
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

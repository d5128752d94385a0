import type { Account } from '../model.js';
import { tokenize } from '../qa/nlu/tokens.js';
import { nameTokens, normalize, wordSimilarity } from '../text.js';
import { nameIndexOf } from './name-index.js';

export type Resolution =
  | { kind: 'found'; account: Account }
  | { kind: 'ambiguous'; candidates: Account[] }
  | { kind: 'none'; suggestions: Account[] };

/**
 * How well what someone typed names an account, 0 to 1: the whole name, its id,
 * a prefix ("glob" for Globex) or its words with typos forgiven.
 * For one account; to find an account among many, use resolveAccount, which is indexed.
 */
export function nameScore(query: string, account: Account): number {
  const q = normalize(query);
  if (!q) return 0;
  const name = normalize(account.name);
  if (q === name || q === account.id.toLowerCase()) return 1;
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

/**
 * Finds the account a user means among those they may see: by id or exact name,
 * else by the words of its name (typos, Polish cases and prefixes forgiven) through
 * the index of those accounts.
 */
export function resolveAccount(query: string, visible: readonly Account[]): Resolution {
  const index = nameIndexOf(visible);
  const exact = index.exact(query);
  if (exact) return { kind: 'found', account: exact };
  const [mention] = index.mentions(tokenize(query), undefined, { shortPrefixes: true });
  // Suggestions cost a trigram search: only worked out if someone reads them.
  if (!mention) {
    let suggestions: Account[] | undefined;
    return {
      kind: 'none',
      get suggestions() {
        return (suggestions ??= index.closest(query));
      },
    };
  }
  if (mention.candidates.length === 1) return { kind: 'found', account: mention.candidates[0].account };
  return { kind: 'ambiguous', candidates: mention.candidates.slice(0, 5).map((c) => c.account) };
}

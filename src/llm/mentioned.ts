import type { Turn } from '../core/conversation.js';
import type { Account } from '../core/model.js';
import { normalize } from '../core/text.js';

const MAX_WORDS = 3;

/**
 * The one account a free question names, among those the asker may see: the longest
 * run of words (up to three) that resolves to a single account. For the answer Acre can
 * still give when the model fails.
 */
export function mentionedAccount(turn: Turn, text: string): Account | undefined {
  const words = normalize(text).split(' ').filter(Boolean);
  for (let size = Math.min(MAX_WORDS, words.length); size >= 1; size--) {
    const found = new Map<string, Account>();
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      if (phrase.length < 4) continue;
      const resolved = turn.resolve(phrase);
      if (resolved.kind === 'found') found.set(resolved.account.id, resolved.account);
    }
    if (found.size === 1) return [...found.values()][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

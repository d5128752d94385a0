import type { Turn } from '../../conversation.js';
import type { User } from '../../model.js';
import type { Question } from '../nlu/question.js';
import { tokenize } from '../nlu/tokens.js';

/**
 * A colleague named as an owner ("Ben's accounts", "konta Anny"). Colleagues are
 * not secret; their accounts are still filtered by what the asker may see.
 */
export function ownerOf(q: Question, turn: Turn): { owner?: User; tokens: number[] } {
  for (const user of turn.portfolio.users.values()) {
    if (user.email.toLowerCase() === turn.user.email.toLowerCase()) continue;
    const names = tokenize(user.name ?? user.email.split('@')[0].replace(/[._]/g, ' '));
    for (const t of q.tokens) {
      if (q.everyday(t)) continue;
      if (names.some((n) => n.word.length >= 3 && (n.word === t.word || n.stem === t.stem))) return { owner: user, tokens: [t.index] };
    }
  }
  return { tokens: [] };
}

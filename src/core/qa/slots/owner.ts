import type { Turn } from '../../conversation.js';
import type { User } from '../../model.js';
import type { Portfolio } from '../../portfolio.js';
import type { Question } from '../nlu/question.js';
import { tokenize } from '../nlu/tokens.js';

interface Named {
  user: User;
  /** The user's place in users.csv: the first listed wins when a word names two. */
  order: number;
}

/** Users by the words (and word stems) of their names, built once per portfolio. */
interface NameWords {
  byWord: Map<string, Named[]>;
  byStem: Map<string, Named[]>;
}

const indexes = new WeakMap<Portfolio, NameWords>();

function nameWordsOf(portfolio: Portfolio): NameWords {
  let index = indexes.get(portfolio);
  if (index) return index;
  index = { byWord: new Map(), byStem: new Map() };
  let order = 0;
  for (const user of portfolio.users.values()) {
    const named = { user, order: order++ };
    for (const n of tokenize(user.name ?? user.email.split('@')[0].replace(/[._]/g, ' '))) {
      if (n.word.length < 3) continue;
      for (const [map, key] of [[index.byWord, n.word], [index.byStem, n.stem]] as const) {
        const list = map.get(key);
        if (!list) map.set(key, [named]);
        else if (!list.includes(named)) list.push(named);
      }
    }
  }
  indexes.set(portfolio, index);
  return index;
}

/** A first name as Polish declines it, back to how users.csv writes it: "Anny" → "anna", "Bena" → "ben", "Kasi" → "kasia". */
function polishCases(word: string): string[] {
  if (word.length < 4) return [];
  const stem = word.slice(0, -1);
  const last = word[word.length - 1];
  if (last === 'y' || last === 'i') return [`${stem}a`, `${stem}ia`.replace(/iia$/, 'ia')];
  if (last === 'a' || last === 'u') return [stem];
  if (last === 'e') return [`${stem}a`];
  return [];
}

/**
 * A colleague named as an owner ("Ben's accounts", "konta Anny"). Colleagues are
 * not secret; their accounts are still filtered by what the asker may see.
 */
export function ownerOf(q: Question, turn: Turn): { owner?: User; tokens: number[] } {
  const { byWord, byStem } = nameWordsOf(turn.portfolio);
  const me = turn.user.email.toLowerCase();
  let best: Named | undefined;
  let token = -1;
  for (const t of q.tokens) {
    if (q.everyday(t)) continue;
    for (const list of [byWord.get(t.word), byStem.get(t.stem), ...polishCases(t.word).map((w) => byWord.get(w))]) {
      for (const named of list ?? []) {
        if (named.user.email.toLowerCase() === me || (best && best.order <= named.order)) continue;
        best = named;
        token = t.index;
      }
    }
  }
  return best ? { owner: best.user, tokens: [token] } : { tokens: [] };
}

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
    const words = tokenize(user.name ?? user.email.split('@')[0].replace(/[._]/g, ' '));
    // The first name as Polish declines it ("konta Anny", "konta Bena"), listed as words of the name.
    for (const form of declined(words[0]?.word ?? '')) {
      const list = index.byWord.get(form);
      if (!list) index.byWord.set(form, [named]);
      else if (!list.includes(named)) list.push(named);
    }
    for (const n of words) {
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

/**
 * A first name's Polish cases, from the name itself: "anna" → "anny", "maria" → "marii";
 * "ben" → "bena", "benowi", "benem", "benie". Only a colleague's own first name is declined, so an
 * ordinary word never turns into a colleague.
 */
function declined(first: string): string[] {
  if (first.length < 3) return [];
  if (first.endsWith('a')) {
    const stem = first.slice(0, -1);
    // The genitive ("konta Anny", "konta Marii"): "Annę" would read as the English "Anne".
    return [`${stem}y`, `${stem}i`];
  }
  return [`${first}a`, `${first}owi`, `${first}em`, `${first}ie`];
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
    for (const list of [byWord.get(t.word), byStem.get(t.stem)]) {
      for (const named of list ?? []) {
        if (named.user.email.toLowerCase() === me || (best && best.order <= named.order)) continue;
        best = named;
        token = t.index;
      }
    }
  }
  return best ? { owner: best.user, tokens: [token] } : { tokens: [] };
}

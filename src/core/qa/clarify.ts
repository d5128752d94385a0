import type { Turn } from '../conversation.js';
import { nameIndexOf } from '../accounts/name-index.js';
import type { Account } from '../model.js';
import { reply, type Reply } from '../reply.js';
import type { Question } from './nlu/question.js';

/**
 * "Which Northwind?": one button per account, each re-asking the same question
 * with the full name in place of what was typed, so the answer follows directly.
 */
export function whichAccount(turn: Turn, q: Question, typed: string, start: number, end: number, candidates: Account[]): Reply {
  return reply()
    .text(turn.t.qa.whichOne(typed))
    .buttons(candidates.slice(0, 5).map((a) => ({ label: a.name, action: { id: 'ask', value: withName(q, start, end, a.name) } })))
    .onlyForAsker()
    .build();
}

/**
 * A name nobody the asker covers answers to. The reply is the same whether the
 * account does not exist or belongs to someone else, so it reveals nothing; the
 * suggestions come only from the asker's own accounts.
 */
export function notFound(turn: Turn, q: Question, typed: string, what: 'account' | 'person'): Reply {
  if (what === 'person') return reply().text(turn.t.qa.personNotFound(typed)).onlyForAsker().build();
  const suggestions = nameIndexOf(turn.visible()).closest(typed);
  const text = turn.visible().length === 0 ? turn.t.noAccounts : suggestions.length ? turn.t.accountNotFoundSuggest(typed) : turn.t.accountNotFound(typed);
  return reply()
    .text(text)
    .buttons(suggestions.map((a) => ({ label: a.name, action: { id: 'ask', value: replaceTyped(q.text, typed, a.name) } })))
    .onlyForAsker()
    .build();
}

/** The question named no account and there was none to follow up on. */
export function askWhichAccount(turn: Turn, q: Question): Reply {
  const mine = turn.visible();
  const buttons = mine.length <= 6 ? mine.map((a) => ({ label: a.name, action: { id: 'ask', value: `${q.text.replace(/[?!.\s]+$/, '')} (${a.name})` } })) : [];
  return reply().text(turn.t.qa.whichAccount).buttons(buttons).onlyForAsker().build();
}

function withName(q: Question, start: number, end: number, name: string): string {
  const words = q.tokens.slice(start, end).map((t) => t.text);
  return replaceTyped(q.text, words.join(' '), name, words);
}

/** The question with the typed name swapped for the real one; the words may be separated by punctuation as typed. */
function replaceTyped(text: string, typed: string, name: string, words = typed.split(/\s+/)): string {
  const pattern = new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]+'), 'u');
  return pattern.test(text) ? text.replace(pattern, name) : `${text} (${name})`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import type { Turn } from '../conversation.js';
import type { Account } from '../model.js';
import { coveredBy } from '../accounts/access.js';
import { nameIndexOf } from '../accounts/name-index.js';
import type { About, Subject } from './intent.js';
import type { Portfolio } from '../portfolio.js';
import { isEveryday } from './nlu/common-words.js';
import type { Question } from './nlu/question.js';

/** Words the question spends on saying "all of mine" or "the team's", read by the scope slot. */
export type Scope = 'mine' | 'team';

/**
 * Who or what the question is about, among what the asker may see (never beyond):
 * the accounts it names, the one remembered from the last turn, or the portfolio.
 * `understood` marks the tokens the reading has explained, so that the rest can be
 * offered back as the name that was not found.
 */
export function aboutOf(subject: Subject, q: Question, turn: Turn, understood: ReadonlySet<number>, scope: Scope | undefined): About {
  const mentions = q.accounts;
  const remembered = rememberedAccount(turn);
  switch (subject) {
    case 'none':
      return { kind: 'nothing' };
    case 'portfolio':
      return { kind: 'portfolio', accounts: portfolioOf(turn, scope) };
    case 'account-or-portfolio': {
      if (mentions.length) return oneAccount(q, turn, understood);
      // "Who left Initech?" from someone who does not cover Initech: say so, rather than answer about the last account or all of them.
      const named = accountOutsideView(q, turn, understood);
      if (named) return { kind: 'not-found', text: named, what: 'account' };
      if (scope || !remembered) return { kind: 'portfolio', accounts: portfolioOf(turn, scope) };
      return { kind: 'account', account: remembered, remembered: true };
    }
    case 'account':
      return oneAccount(q, turn, understood);
    case 'two-accounts': {
      const [first, second] = mentions;
      const unclear = mentions.find((m) => m.candidates.length > 1);
      if (unclear) return { kind: 'ambiguous', text: unclear.text, start: unclear.start, end: unclear.end, candidates: unclear.candidates.map((c) => c.account) };
      if (first && second) return { kind: 'accounts', accounts: [first.candidates[0].account, second.candidates[0].account] };
      const missing = leftover(q, understood);
      if (missing) return { kind: 'not-found', text: missing, what: 'account' };
      if (first && remembered && remembered.id !== first.candidates[0].account.id) return { kind: 'accounts', accounts: [remembered, first.candidates[0].account] };
      return { kind: 'missing' };
    }
    case 'person': {
      const [person] = q.people;
      if (person) return { kind: 'person', contacts: person.candidates };
      const missing = leftover(q, understood);
      return missing ? { kind: 'not-found', text: missing, what: 'person' } : { kind: 'missing' };
    }
  }
}

function oneAccount(q: Question, turn: Turn, understood: ReadonlySet<number>): About {
  const [first] = q.accounts;
  if (first && first.candidates.length > 1) return { kind: 'ambiguous', text: first.text, start: first.start, end: first.end, candidates: first.candidates.map((c) => c.account) };
  if (first) return { kind: 'account', account: first.candidates[0].account, remembered: false };
  const missing = leftover(q, understood);
  if (missing) return { kind: 'not-found', text: missing, what: 'account' };
  const remembered = rememberedAccount(turn);
  return remembered ? { kind: 'account', account: remembered, remembered: true } : { kind: 'missing' };
}

// Every account of a portfolio, as one list per (immutable) Portfolio, so that its name index is built once.
const everyAccount = new WeakMap<Portfolio, Account[]>();

/**
 * The words, as typed, naming an account of the portfolio that the asker may not see,
 * when nothing else in the question explains them: "Initech" in "who left Initech?" from
 * someone without Initech. The reply says only that no such account is theirs, as it
 * does for a name that matches nothing.
 */
function accountOutsideView(q: Question, turn: Turn, understood: ReadonlySet<number>): string | undefined {
  if (turn.visible().length === turn.portfolio.accounts.size) return undefined;
  let all = everyAccount.get(turn.portfolio);
  if (!all) everyAccount.set(turn.portfolio, (all = [...turn.portfolio.accounts.values()]));
  for (const m of nameIndexOf(all).mentions(q.tokens, isEveryday)) {
    let unexplained = true;
    for (let t = m.start; t < m.end; t++) if (understood.has(t)) unexplained = false;
    if (unexplained) return m.text;
  }
  return undefined;
}

/** The account of the previous turn, if the asker may still see it. */
export function rememberedAccount(turn: Turn): Account | undefined {
  const id = turn.memory.accountId;
  return id ? nameIndexOf(turn.visible()).withId(id) : undefined;
}

/** "My accounts" are those the asker owns or is on the team of; the team's (and a KAM's own) are all they may see. */
function portfolioOf(turn: Turn, scope: Scope | undefined): readonly Account[] {
  const visible = turn.visible();
  if (scope !== 'mine' || turn.user.role === 'kam') return visible;
  const own = coveredBy(visible, turn.user.email);
  return own.length ? own : visible;
}

/** Words after which a name usually comes: "renew at Globex", "kupiła Wisła", "z Initech". */
const beforeNames = new Set(['at', 'of', 'for', 'with', 'about', 'from', 'to', 'by', 'w', 'z', 'ze', 'u', 'dla', 'o', 'od', 'do']);

/**
 * The words nothing explained, as typed: most likely a name Acre does not know
 * (or the asker may not see). Of several runs of such words, the one that looks
 * most like a name wins: capitalised, after "at"/"of"/"z", then the longest.
 */
export function leftover(q: Question, understood: ReadonlySet<number>): string | undefined {
  const runs: { words: string[]; afterPreposition: boolean; capitalised: boolean }[] = [];
  let run: (typeof runs)[number] | undefined;
  for (const t of q.tokens) {
    if (understood.has(t.index) || q.everyday(t) || t.word.length < 2) {
      run = undefined;
      continue;
    }
    if (!run) {
      const before = q.tokens[t.index - 1];
      run = { words: [], afterPreposition: before !== undefined && beforeNames.has(before.word), capitalised: false };
      runs.push(run);
    }
    run.words.push(t.text);
    run.capitalised ||= /^\p{Lu}/u.test(t.text);
  }
  const score = (r: (typeof runs)[number]) => (r.capitalised ? 1 : 0) + (r.afterPreposition ? 0.5 : 0);
  runs.sort((a, b) => score(b) - score(a) || b.words.length - a.words.length);
  return runs[0]?.words.join(' ');
}

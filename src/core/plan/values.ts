import type { Attitude, ContactRole, Locale } from '../model.js';

/** One person named in an answer: a stakeholder at the customer, or someone on our side. */
export interface Person {
  name: string;
  title?: string;
  role?: ContactRole;
  attitude?: Attitude;
  /** Set when the person is an Acre user ("me", "anna"), so reminders can reach them. */
  email?: string;
  note?: string;
}

/**
 * A parsed answer. Each kind keeps the value in the form the rest of Acre can use
 * (an ISO date, an amount with its currency, choice ids), not the words typed.
 */
export type AnswerValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'money'; amount: number; currency: string }
  | { kind: 'percent'; value: number }
  | { kind: 'date'; date: string }
  | { kind: 'choice'; choices: string[] }
  | { kind: 'people'; people: Person[] }
  | { kind: 'scale'; value: number }
  | { kind: 'yes_no'; value: boolean; note?: string };

/** What went wrong with a typed answer; the walk-through turns it into a re-ask in the user's language. */
export type AnswerProblem =
  | { kind: 'empty' }
  | { kind: 'not_number' }
  | { kind: 'not_money' }
  | { kind: 'not_percent' }
  | { kind: 'not_date' }
  | { kind: 'not_yes_no' }
  | { kind: 'out_of_range'; min: number; max: number }
  | { kind: 'no_such_choice'; piece: string }
  | { kind: 'one_choice_only' }
  | { kind: 'no_people' };

export type Parsed = { ok: true; value: AnswerValue } | { ok: false; problem: AnswerProblem };

export const parsed = (value: AnswerValue): Parsed => ({ ok: true, value });
export const problem = (p: AnswerProblem): Parsed => ({ ok: false, problem: p });

/** What a parser may need beyond the words: the reader's language, today, the account's currency, the speaker. */
export interface ParseContext {
  locale: Locale;
  /** Today in the speaker's time zone, YYYY-MM-DD: "end of March" means the next end of March from here. */
  today: string;
  currency: string;
  me: { name: string; email: string };
  /** An Acre user named exactly (full name or e-mail), so that our own people in an answer can be reached later. */
  colleague?: (typed: string) => { name: string; email: string } | undefined;
}

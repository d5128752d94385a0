import type { Turn } from '../conversation.js';
import type { Account, Contact } from '../model.js';
import type { Reply } from '../reply.js';
import type { Question } from './nlu/question.js';

/**
 * What a question is about, which decides how the account (or person) it names is found:
 * - `account`: one account ("when does Globex renew?"); without a name, the one just talked about;
 * - `two-accounts`: a comparison;
 * - `portfolio`: the asker's accounts as a whole ("renewals in the next 90 days");
 * - `account-or-portfolio`: either ("any escalations?" about one account or all);
 * - `person`: a contact by name;
 * - `none`: nothing in particular.
 */
export type Subject = 'account' | 'two-accounts' | 'portfolio' | 'account-or-portfolio' | 'person' | 'none';

/**
 * Words that say what is asked. The confidence of a reading adds the weights of the
 * cues present (each cue counts once, whichever of its phrases matched).
 * Phrases follow the Lexicon syntax: normalised words, `*` for "begins with".
 */
export interface Cue {
  say: readonly string[];
  weight: number;
  /** Counts only right after one of these intents: "and the next one?" after the last QBR. */
  after?: readonly string[];
}

/** The details an intent read from a question: what was said, and the tokens that said it. */
export interface SlotReading<S> {
  said: Partial<S>;
  tokens?: readonly number[];
  /** Extra confidence when the details fit this intent well (a period for revenue). */
  bonus?: number;
}

/** Who or what a reading is about, once resolved among what the asker may see. */
export type About =
  | { kind: 'account'; account: Account; remembered: boolean }
  | { kind: 'accounts'; accounts: [Account, Account] }
  | { kind: 'portfolio'; accounts: readonly Account[] }
  | { kind: 'person'; contacts: Contact[] }
  | { kind: 'ambiguous'; text: string; start: number; end: number; candidates: Account[] }
  | { kind: 'not-found'; text: string; what: 'account' | 'person' }
  | { kind: 'missing' }
  | { kind: 'nothing' };

/** Everything an intent's answer needs: the question, who it is about, and its details with defaults applied. */
export interface Asked<S> {
  q: Question;
  about: About;
  slots: S;
}

/**
 * One kind of question Acre answers without an LLM. Intents are data: a feature
 * lists them and `intentFeature` does the reading, scoring, clarifying and
 * remembering, so that adding a question is adding an intent, not a branch.
 */
export interface Intent<S extends object = object> {
  /** Dotted, stable name: logged, remembered for follow-ups, used by the question bank ("renewal.date"). */
  name: string;
  subject: Subject;
  cues: readonly Cue[];
  /** Phrases that rule this reading out ("forecast" for revenue: Acre reports, it does not predict). */
  not?: readonly string[];
  /** Reads this intent's details (a period, a role, a number of days) from the question. */
  slots?(q: Question, turn: Turn): SlotReading<S>;
  /** The details to answer with: what was said (now or in the previous turn) plus defaults. */
  complete?(said: Partial<S>, q: Question): S;
  /** True for intents about the conversation itself ("share it"), which leave the remembered topic alone. */
  keepsTopic?: boolean;
  /** Answers, for an account, two, a portfolio or a person as `subject` says. */
  answer(turn: Turn, asked: Asked<S>): Promise<Reply[]> | Reply[];
}

/** Declares an intent, keeping its slot type checked inside while letting lists hold intents of every kind. */
export function defineIntent<S extends object>(intent: Intent<S>): Intent<S> {
  return intent;
}

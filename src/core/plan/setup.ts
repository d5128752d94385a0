import type { Turn } from '../conversation.js';
import { todayIn } from '../dates.js';
import { normalize } from '../text.js';
import type { Account, Locale, Tier } from '../model.js';
import { questionsFor, type Question, type QuestionSet, type QuestionSets } from './questions.js';
import type { ParseContext, Parsed } from './values.js';

/** What the plan feature is built with: the checked question sets, and how old an answer may get before it is reviewed. */
export interface PlanSetup {
  questionSets: QuestionSets;
  /** Answers older than this are offered for review before new questions. */
  reviewAfterDays?: number;
  /**
   * A second reading of an answer the parsers could not read ("right after the summer
   * holidays"), e.g. by a language model; its result is used only if it parses. Optional.
   */
  readLooseAnswer?: (turn: Turn, question: Question, text: string, context: ParseContext) => Promise<Parsed | undefined>;
}

export const DEFAULT_REVIEW_AFTER_DAYS = 180;

/** An account without a tier gets the normal set: a core plan rather than all 57 questions. */
export const tierOf = (account: Pick<Account, 'tier'>): Tier => account.tier ?? 'normal';

export const questionSetFor = (setup: PlanSetup, locale: Locale): QuestionSet => setup.questionSets[locale];

/** The questions that apply to an account, in the reader's language. */
export const questionsOf = (setup: PlanSetup, account: Pick<Account, 'tier'>, locale: Locale): Question[] =>
  questionsFor(questionSetFor(setup, locale), tierOf(account));

export function categoryTitle(set: QuestionSet, categoryId: string): string {
  return set.categories.find((c) => c.id === categoryId)?.title ?? categoryId;
}

export function parseContextOf(turn: Turn, account: Account): ParseContext {
  return {
    locale: turn.locale,
    today: todayIn(turn.now, turn.timezone),
    currency: account.currency,
    me: { name: turn.user.name ?? turn.user.email, email: turn.user.email },
    colleague: (typed) => {
      const said = normalize(typed);
      const user = [...turn.portfolio.users.values()].find((u) => u.email.toLowerCase() === typed.trim().toLowerCase() || (u.name && normalize(u.name) === said));
      return user ? { name: user.name ?? user.email, email: user.email } : undefined;
    },
  };
}

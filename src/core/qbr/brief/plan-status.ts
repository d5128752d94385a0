import type { Messages } from '../../i18n/index.js';
import type { Account, Locale } from '../../model.js';
import type { Portfolio } from '../../portfolio.js';
import type { KeyValueStore } from '../../ports.js';
import { crmValueFor } from '../../plan/crm.js';
import { formatAnswer } from '../../plan/format.js';
import { openItemsOf } from '../../plan/open-items.js';
import { questionsFor, type Question, type QuestionSet } from '../../plan/questions.js';
import { answerOf, currentVersion, readPlan } from '../../plan/record.js';
import { tierOf } from '../../plan/setup.js';
import { completenessOf, countsOf, type Counts } from '../../plan/summary.js';

/** What the account plan says and still lacks, as the brief needs it. */
export interface PlanStatus {
  counts: Counts;
  completeness: number;
  /** The latest answer's instant, when there is one. */
  updatedAt?: string;
  authors: string[];
  openItems: { question: string; owner?: string; due?: string }[];
  /** Questions for the account's tier without an answer, not skipped, and not already known from the data. */
  unanswered: Question[];
  /** Current answers by question id, written in the reader's language. */
  answers: Map<string, string>;
  set: QuestionSet;
}

/** The account plan's status for one account, with the question set in the reader's language. */
export async function planStatusOf(state: KeyValueStore, account: Account, portfolio: Portfolio, set: QuestionSet, t: Messages): Promise<PlanStatus> {
  const locale: Locale = set.locale;
  const questions = questionsFor(set, tierOf(account));
  const plan = await readPlan(state, account.id, questions);
  const counts = countsOf(plan, questions);
  const answers = new Map<string, string>();
  const authors = new Set<string>();
  let updatedAt: string | undefined;
  const unanswered: Question[] = [];
  for (const q of questions) {
    const version = currentVersion(plan, q.id);
    if (version) {
      authors.add(version.by);
      if (!updatedAt || version.at > updatedAt) updatedAt = version.at;
    }
    const answer = answerOf(plan, q.id);
    if (answer) answers.set(q.id, formatAnswer(answer.value, q, locale, t));
    else if (version?.status !== 'skipped' && !crmValueFor(q, account, portfolio)) unanswered.push(q);
  }
  const openItems = (await openItemsOf(state, account.id)).map((i) => ({
    question: questions.find((q) => q.id === i.questionId)?.text ?? i.questionId,
    ...(i.owner ? { owner: i.owner } : {}),
    ...(i.due ? { due: i.due } : {}),
  }));
  return { counts, completeness: completenessOf(counts), ...(updatedAt ? { updatedAt } : {}), authors: [...authors], openItems, unanswered, answers, set };
}

import type { Messages } from '../i18n/index.js';
import type { Account, Locale, Tier } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { KeyValueStore } from '../ports.js';
import { formatVersion, nameOf } from './format.js';
import { openItemsOf } from './open-items.js';
import { questionsFor, type AnswerType, type Fill, type QuestionSet } from './questions.js';
import { readPlan, type AnswerStatus, type Plan } from './record.js';
import { tierOf } from './setup.js';
import { completenessOf, countsOf, type Counts } from './summary.js';
import type { AnswerValue } from './values.js';

/** One question of an exported plan: its current answer with author and time, and every earlier version. */
export interface PlanDocumentQuestion {
  id: string;
  text: string;
  type: AnswerType;
  /** The account field this question's answer fills, if any. */
  fills?: Fill;
  status: AnswerStatus | 'open';
  /** The answer as the reader's language writes it. */
  answer?: string;
  value?: AnswerValue;
  by?: string;
  byName?: string;
  at?: string;
  /** The CRM field a kept value came from. */
  from?: string;
  history: { status: AnswerStatus; answer?: string; value?: AnswerValue; by: string; at: string }[];
}

export interface PlanDocumentOpenItem {
  questionId: string;
  question: string;
  owner?: string;
  ownerName?: string;
  due?: string;
  raisedBy: string;
  raisedAt: string;
}

/** An account's plan as data: what the exports print, and what other features (and the LLM's tools) read. */
export interface PlanDocument {
  account: { id: string; name: string; tier: Tier; owner: string };
  locale: Locale;
  exportedAt: string;
  completeness: number;
  counts: Counts;
  categories: { id: string; title: string; counts: Counts; questions: PlanDocumentQuestion[] }[];
  openItems: PlanDocumentOpenItem[];
}

export interface PlanSource {
  state: KeyValueStore;
  set: QuestionSet;
  account: Account;
  portfolio: Portfolio;
  t: Messages;
  now: Date;
}

/** Reads an account's plan with its history and open items into one document, in the question set's language. */
export async function planDocument(source: PlanSource): Promise<PlanDocument> {
  const { state, set, account, portfolio, t } = source;
  const questions = questionsFor(set, tierOf(account));
  const plan: Plan = await readPlan(state, account.id, questions);
  const items = await openItemsOf(state, account.id);
  const shown = (status: AnswerStatus, value: AnswerValue | undefined, q: (typeof questions)[number]) =>
    formatVersion({ status, value, by: '', at: '' }, q, set.locale, t);
  const counts = countsOf(plan, questions);
  return {
    account: { id: account.id, name: account.name, tier: tierOf(account), owner: account.ownerEmail },
    locale: set.locale,
    exportedAt: source.now.toISOString(),
    completeness: Math.round(completenessOf(counts) * 1000) / 1000,
    counts,
    categories: set.categories
      .map((c) => {
        const inCategory = questions.filter((q) => q.category === c.id);
        return {
          id: c.id,
          title: c.title,
          counts: countsOf(plan, inCategory),
          questions: inCategory.map((q): PlanDocumentQuestion => {
            const versions = plan.records.get(q.id)?.versions ?? [];
            const current = versions.at(-1);
            const base = { id: q.id, text: q.text, type: q.type, ...(q.fills ? { fills: q.fills } : {}) };
            if (!current) return { ...base, status: 'open', history: [] };
            return {
              ...base,
              status: current.status,
              answer: shown(current.status, current.value, q),
              ...(current.value ? { value: current.value } : {}),
              by: current.by,
              byName: nameOf(current.by, portfolio),
              at: current.at,
              ...(current.from ? { from: current.from } : {}),
              history: versions.slice(0, -1).reverse().map((v) => ({
                status: v.status, answer: shown(v.status, v.value, q), ...(v.value ? { value: v.value } : {}), by: v.by, at: v.at,
              })),
            };
          }),
        };
      })
      .filter((c) => c.questions.length > 0),
    openItems: items
      .filter((i) => questions.some((q) => q.id === i.questionId))
      .map((i) => ({
        questionId: i.questionId,
        question: questions.find((q) => q.id === i.questionId)?.text ?? i.questionId,
        ...(i.owner ? { owner: i.owner, ownerName: nameOf(i.owner, portfolio) } : {}),
        ...(i.due ? { due: i.due } : {}),
        raisedBy: i.raisedBy,
        raisedAt: i.raisedAt,
      })),
  };
}


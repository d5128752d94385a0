/**
 * How far each account's plan has got, under one key, for the health score: a digest
 * scores thousands of accounts and cannot read 57 answers of each. Every recorded
 * answer updates it (`recordAnswer`); at start-up it learns the current questions and,
 * once, the plans answered before it existed.
 */
import type { Account, Tier } from '../model.js';
import type { Logger, KeyValueStore } from '../ports.js';
import type { QuestionSet } from './questions.js';
import { readPlan, type AnswerRecord, type AnswerStatus } from './record.js';

export const PLAN_PROGRESS_KEY = 'plan:progress';

/** One answer version without its value: its status and when it was given (ISO instant). */
type Step = [status: AnswerStatus, at: string];

export interface PlanProgressIndex {
  /** Every question and the tiers it applies to, as the questions file had them at the last start. */
  questions: Record<string, Tier[]>;
  /** Per account, per question touched: its versions, oldest first. */
  accounts: Record<string, Record<string, Step[]>>;
  /** Set once the plans answered before the index existed have been read into it. */
  complete: boolean;
}

const emptyIndex = (): PlanProgressIndex => ({ questions: {}, accounts: {}, complete: false });
const stepsOf = (record: AnswerRecord): Step[] => record.versions.map((v) => [v.status, v.at]);

/** Records a question's versions after an answer was stored (the whole list, so a repeated call changes nothing). */
export async function noteAnswer(state: KeyValueStore, accountId: string, record: AnswerRecord): Promise<void> {
  await state.update<PlanProgressIndex>(PLAN_PROGRESS_KEY, (index = emptyIndex()) => ({
    ...index,
    accounts: { ...index.accounts, [accountId]: { ...index.accounts[accountId], [record.questionId]: stepsOf(record) } },
  }));
}

/**
 * At start: records the current questions and their tiers, and, the first time, reads
 * the plans of the portfolio's accounts answered before the index existed. Answers
 * recorded meanwhile are kept: versions only grow, so the longer list is the newer.
 */
export async function syncPlanProgress(
  state: KeyValueStore,
  set: QuestionSet,
  accounts: readonly Pick<Account, 'id'>[],
  logger: Logger,
  stopped: () => boolean = () => false,
): Promise<void> {
  const questions = Object.fromEntries(set.questions.map((q) => [q.id, [...q.tiers]]));
  const index = (await state.get<PlanProgressIndex>(PLAN_PROGRESS_KEY)) ?? emptyIndex();
  if (JSON.stringify(index.questions) !== JSON.stringify(questions)) {
    await state.update<PlanProgressIndex>(PLAN_PROGRESS_KEY, (current = emptyIndex()) => ({ ...current, questions }));
  }
  if (index.complete) return;
  const found: Record<string, Record<string, Step[]>> = {};
  let plans = 0;
  for (const account of accounts) {
    if (stopped()) return;
    const plan = await readPlan(state, account.id, set.questions);
    if (plan.records.size === 0) continue;
    found[account.id] = Object.fromEntries([...plan.records].map(([id, record]) => [id, stepsOf(record)]));
    plans++;
  }
  await state.update<PlanProgressIndex>(PLAN_PROGRESS_KEY, (current = emptyIndex()) => {
    const merged = { ...current.accounts };
    for (const [accountId, byQuestion] of Object.entries(found)) {
      const kept = { ...merged[accountId] };
      for (const [questionId, steps] of Object.entries(byQuestion)) {
        if ((kept[questionId]?.length ?? 0) < steps.length) kept[questionId] = steps;
      }
      merged[accountId] = kept;
    }
    return { ...current, accounts: merged, complete: true };
  });
  logger.info({ event: 'plan_progress_built', accounts: accounts.length, plans }, 'read the existing account plans into the plan progress index');
}

/** Plan completeness for the health score, from the index. */
export class PlanProgress {
  private readonly byTier = new Map<Tier, string[]>();

  constructor(private readonly index: PlanProgressIndex) {}

  /**
   * The share of the questions for the account's tier whose latest answer before `asOf`
   * (YYYY-MM-DD) is a real answer — skipped and "don't know" count as not answered.
   * Undefined when nothing of the plan had been answered, skipped or marked unknown by then:
   * a plan never started drops the signal rather than scoring 0.
   */
  completeness(account: Pick<Account, 'id' | 'tier'>, asOf: string): number | undefined {
    const touched = this.index.accounts[account.id];
    if (!touched) return undefined;
    const questions = this.questionsFor(account.tier ?? 'normal');
    if (questions.length === 0) return undefined;
    let started = false;
    let answered = 0;
    for (const id of questions) {
      const steps = touched[id];
      if (!steps) continue;
      let status: AnswerStatus | undefined;
      for (const [s, at] of steps) if (at.slice(0, 10) < asOf) status = s;
      if (status) started = true;
      if (status === 'answered') answered++;
    }
    return started ? answered / questions.length : undefined;
  }

  private questionsFor(tier: Tier): string[] {
    let ids = this.byTier.get(tier);
    if (!ids) {
      ids = Object.entries(this.index.questions).filter(([, tiers]) => tiers.includes(tier)).map(([id]) => id);
      this.byTier.set(tier, ids);
    }
    return ids;
  }
}

/** The stored index, when it covers every plan (until the first start has read the earlier ones, health goes without). */
export async function planProgressIn(state: KeyValueStore): Promise<PlanProgress | undefined> {
  const index = await state.get<PlanProgressIndex>(PLAN_PROGRESS_KEY);
  return index?.complete ? new PlanProgress(index) : undefined;
}

/**
 * How far each account's plan has got, for the health score: a digest scores thousands
 * of accounts and cannot read 57 answers of each. One key lists the questions (with
 * their tiers) and the accounts whose plans were started; each of those accounts has
 * one more key with every question's answer history, without the answers themselves.
 * Every recorded answer updates them (`recordAnswer`); at start-up the index learns the
 * current questions and, once, the plans answered before it existed.
 */
import type { Account, Tier } from '../model.js';
import type { Logger, KeyValueStore } from '../ports.js';
import type { QuestionSet } from './questions.js';
import { readPlan, type AnswerRecord, type AnswerStatus } from './record.js';

export const PLAN_PROGRESS_KEY = 'plan-progress';
const accountKey = (accountId: string) => `plan-progress:${accountId}`;

/** One answer version without its value: its status and when it was given (ISO instant). */
type Step = [status: AnswerStatus, at: string];
/** Per question touched: its versions, oldest first. */
type AccountProgress = Record<string, Step[]>;

export interface PlanProgressIndex {
  /** Every question and the tiers it applies to, as the questions file had them at the last start. */
  questions: Record<string, Tier[]>;
  /** Accounts with at least one answer, skip or "don't know". */
  accounts: string[];
  /** Set once the plans answered before the index existed have been read into it. */
  complete: boolean;
}

const emptyIndex = (): PlanProgressIndex => ({ questions: {}, accounts: [], complete: false });
const stepsOf = (record: AnswerRecord): Step[] => record.versions.map((v) => [v.status, v.at]);

async function listAccount(state: KeyValueStore, accountIds: readonly string[]): Promise<void> {
  const index = await state.get<PlanProgressIndex>(PLAN_PROGRESS_KEY);
  if (index && accountIds.every((id) => index.accounts.includes(id))) return;
  await state.update<PlanProgressIndex>(PLAN_PROGRESS_KEY, (current = emptyIndex()) => {
    const listed = new Set(current.accounts);
    const missing = accountIds.filter((id) => !listed.has(id));
    return missing.length ? { ...current, accounts: [...current.accounts, ...missing] } : current;
  });
}

/** Records a question's versions after an answer was stored (the whole list, so a repeated call changes nothing). */
export async function noteAnswer(state: KeyValueStore, accountId: string, record: AnswerRecord): Promise<void> {
  await state.update<AccountProgress>(accountKey(accountId), (current = {}) => ({ ...current, [record.questionId]: stepsOf(record) }));
  await listAccount(state, [accountId]);
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
  const started: string[] = [];
  for (const account of accounts) {
    if (stopped()) return;
    const plan = await readPlan(state, account.id, set.questions);
    if (plan.records.size === 0) continue;
    await state.update<AccountProgress>(accountKey(account.id), (current = {}) => {
      const kept = { ...current };
      for (const [questionId, record] of plan.records) {
        const steps = stepsOf(record);
        if ((kept[questionId]?.length ?? 0) < steps.length) kept[questionId] = steps;
      }
      return kept;
    });
    started.push(account.id);
  }
  await listAccount(state, started);
  await state.update<PlanProgressIndex>(PLAN_PROGRESS_KEY, (current = emptyIndex()) => ({ ...current, complete: true }));
  logger.info({ event: 'plan_progress_built', accounts: accounts.length, plans: started.length }, 'read the existing account plans into the plan progress index');
}

/** Plan completeness for the health score. */
export class PlanProgress {
  private readonly byTier = new Map<Tier, string[]>();

  constructor(
    private readonly questions: Record<string, Tier[]>,
    private readonly accounts: ReadonlyMap<string, AccountProgress>,
  ) {}

  /**
   * The share of the questions for the account's tier whose latest answer before `asOf`
   * (YYYY-MM-DD) is a real answer — skipped and "don't know" count as not answered.
   * Undefined when nothing of the plan had been answered, skipped or marked unknown by then:
   * a plan never started drops the signal rather than scoring 0.
   */
  completeness(account: Pick<Account, 'id' | 'tier'>, asOf: string): number | undefined {
    const touched = this.accounts.get(account.id);
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
      ids = Object.entries(this.questions).filter(([, tiers]) => tiers.includes(tier)).map(([id]) => id);
      this.byTier.set(tier, ids);
    }
    return ids;
  }
}

/**
 * The progress of the started plans (of the given accounts only, when given: the overview
 * of one account reads one key more, not all of them). Undefined until the first start
 * has read the plans answered before the index existed: health then goes without.
 */
export async function planProgressIn(state: KeyValueStore, only?: readonly string[]): Promise<PlanProgress | undefined> {
  const index = await state.get<PlanProgressIndex>(PLAN_PROGRESS_KEY);
  if (!index?.complete) return undefined;
  const listed = only ? new Set(index.accounts) : undefined;
  const wanted = only ? only.filter((id) => listed!.has(id)) : index.accounts;
  const entries = await Promise.all(wanted.map(async (id) => [id, (await state.get<AccountProgress>(accountKey(id))) ?? {}] as const));
  return new PlanProgress(index.questions, new Map(entries));
}

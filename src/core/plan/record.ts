import type { KeyValueStore } from '../ports.js';
import { noteAnswer } from './progress.js';
import type { Question } from './questions.js';
import type { AnswerValue } from './values.js';

/** Answered, consciously skipped, or "we don't know" (which becomes an open item). */
export type AnswerStatus = 'answered' | 'skipped' | 'unknown';

/** One version of the answer to one question: who gave it, when, and what it was. */
export interface AnswerVersion {
  status: AnswerStatus;
  value?: AnswerValue;
  /** E-mail of the author. */
  by: string;
  /** ISO instant. */
  at: string;
  /** Set when someone reviewed an old answer and kept it as it was. */
  confirmed?: boolean;
  /** Where the value came from when it was not typed: the CRM field it was taken from. */
  from?: string;
}

/** Every version of the answer to one question of one account's plan, oldest first. */
export interface AnswerRecord {
  questionId: string;
  versions: AnswerVersion[];
}

/** The answers of one account's plan, by question id; questions never touched have no record. */
export interface Plan {
  accountId: string;
  records: ReadonlyMap<string, AnswerRecord>;
}

/**
 * Each question's answer lives under its own key, so that two people working on one
 * plan at the same time write different keys, and two answers to the same question
 * are both kept: the later becomes current, the earlier a previous version.
 */
export const answerKey = (accountId: string, questionId: string) => `plan:${accountId}:answer:${questionId}`;

/**
 * Adds a version to a question's answer; the writers of one question are serialised, so no
 * version is lost. The plan progress index (for the health score) learns of it too.
 */
export async function recordAnswer(state: KeyValueStore, accountId: string, questionId: string, version: AnswerVersion): Promise<AnswerRecord> {
  const record = await state.update<AnswerRecord>(answerKey(accountId, questionId), (current) => ({
    questionId,
    versions: [...(current?.versions ?? []), version],
  }));
  await noteAnswer(state, accountId, record);
  return record;
}

/** The plan's answers to the given questions, read in parallel. */
export async function readPlan(state: KeyValueStore, accountId: string, questions: readonly Pick<Question, 'id'>[]): Promise<Plan> {
  const records = await Promise.all(questions.map((q) => state.get<AnswerRecord>(answerKey(accountId, q.id))));
  const map = new Map<string, AnswerRecord>();
  records.forEach((r, i) => {
    if (r?.versions.length) map.set(questions[i].id, r);
  });
  return { accountId, records: map };
}

export const currentVersion = (plan: Plan, questionId: string): AnswerVersion | undefined => plan.records.get(questionId)?.versions.at(-1);

export const isTouched = (plan: Plan, questionId: string): boolean => plan.records.has(questionId);

/** The current answer if it is a real answer (not skipped, not unknown). */
export function answerOf(plan: Plan, questionId: string): (AnswerVersion & { value: AnswerValue }) | undefined {
  const v = currentVersion(plan, questionId);
  return v?.status === 'answered' && v.value ? (v as AnswerVersion & { value: AnswerValue }) : undefined;
}

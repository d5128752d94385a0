import type { PlanDocument } from './document.js';
import type { Fill } from './questions.js';
import type { AnswerValue } from './values.js';

/** A plan answer that fills an account field, with who gave it and when. */
export interface FilledValue {
  questionId: string;
  value: AnswerValue;
  by: string;
  at: string;
}

/**
 * The account fields a plan's answers fill (renewal_date, arr, nps, contacts, …).
 * The CRM import stays the record; these let the overview or the LLM's tools show a
 * newer answer from the plan beside it, with its author and date. Several questions
 * may fill contacts, so each field lists every answer that fills it.
 */
export function filledFields(doc: PlanDocument): Partial<Record<Fill, FilledValue[]>> {
  const out: Partial<Record<Fill, FilledValue[]>> = {};
  for (const q of doc.categories.flatMap((c) => c.questions)) {
    if (!q.fills || q.status !== 'answered' || !q.value || !q.by || !q.at) continue;
    (out[q.fills] ??= []).push({ questionId: q.id, value: q.value, by: q.by, at: q.at });
  }
  return out;
}

import type { Tier } from '../model.js';
import type { KeyValueStore } from '../ports.js';
import { questionsFor, type Question, type QuestionSet } from './questions.js';
import { currentVersion, readPlan, type Plan } from './record.js';

/** How far a set of questions has got: answered, skipped, marked unknown, and not yet asked. */
export interface Counts {
  answered: number;
  skipped: number;
  unknown: number;
  open: number;
  total: number;
}

export function countsOf(plan: Plan, questions: readonly Question[]): Counts {
  const counts: Counts = { answered: 0, skipped: 0, unknown: 0, open: 0, total: questions.length };
  for (const q of questions) {
    const status = currentVersion(plan, q.id)?.status;
    if (status === 'answered') counts.answered++;
    else if (status === 'skipped') counts.skipped++;
    else if (status === 'unknown') counts.unknown++;
    else counts.open++;
  }
  return counts;
}

export interface CategoryCounts extends Counts {
  id: string;
  title: string;
}

/** Counts per category, in the order of the question file; categories without questions for this tier are left out. */
export function countsByCategory(plan: Plan, set: QuestionSet, questions: readonly Question[]): CategoryCounts[] {
  return set.categories
    .map((c) => ({ id: c.id, title: c.title, ...countsOf(plan, questions.filter((q) => q.category === c.id)) }))
    .filter((c) => c.total > 0);
}

/** The share of applicable questions with a real answer, 0 to 1. */
export const completenessOf = (counts: Counts): number => (counts.total ? counts.answered / counts.total : 0);

/**
 * How complete an account's plan is, 0 to 1: the share of the questions for its tier
 * that have a real answer (skipped and unknown count as not answered). For the health score.
 */
export async function planCompleteness(state: KeyValueStore, accountId: string, tier: Tier, set: QuestionSet): Promise<number> {
  const questions = questionsFor(set, tier);
  return completenessOf(countsOf(await readPlan(state, accountId, questions), questions));
}

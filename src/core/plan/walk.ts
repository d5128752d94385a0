import type { KeyValueStore } from '../ports.js';
import type { Question } from './questions.js';
import { answerOf, isTouched, type Plan } from './record.js';

/**
 * Where one person is in one account's plan. Kept per person and account, so that
 * a restart, another channel or a week away resumes at the same question, and two
 * people on one plan each keep their own place.
 */
export interface Walk {
  accountId: string;
  /** Asking the questions; then giving open items an owner and a due date; then finished. */
  phase: 'questions' | 'open_items' | 'finished';
  /** The question (or, in the open-items phase, the open item's question) now being asked. */
  current?: string;
  /** When the current question was put, to tell whether a teammate answered it since. */
  askedAt?: string;
  /** The questions asked before the current one, for "back". */
  trail: string[];
  /**
   * Questions to ask next before the usual order resumes: the rest of a category the
   * person jumped to, or the question they were at before reviewing old answers.
   * In the open-items phase, the open items still to be given an owner.
   */
  queue: string[];
  /** Old answers still to be offered for review before new questions. */
  review: string[];
  paused: boolean;
  lastActiveAt: string;
  /** When this person last worked on the plan before the current visit: "what changed since last time". */
  previousVisitAt?: string;
}

/** A visit ends after this long without a word; the next one starts by reviewing old answers. */
export const VISIT_GAP_MS = 60 * 60 * 1000;

const walkKey = (accountId: string, email: string) => `plan:${accountId}:walk:${email.toLowerCase()}`;
const activeKey = (email: string) => `plan:active:${email.toLowerCase()}`;

export const loadWalk = (state: KeyValueStore, accountId: string, email: string) => state.get<Walk>(walkKey(accountId, email));
export const saveWalk = (state: KeyValueStore, email: string, walk: Walk) => state.set(walkKey(walk.accountId, email), walk);

/** The account whose plan a person is working through now, if any: their typed answers go there. */
export async function activeWalk(state: KeyValueStore, email: string): Promise<Walk | undefined> {
  const active = await state.get<{ accountId: string }>(activeKey(email));
  return active ? loadWalk(state, active.accountId, email) : undefined;
}
export const setActiveWalk = (state: KeyValueStore, email: string, accountId: string) => state.set(activeKey(email), { accountId });
export const clearActiveWalk = (state: KeyValueStore, email: string) => state.delete(activeKey(email));

export function newWalk(accountId: string, now: Date): Walk {
  return { accountId, phase: 'questions', trail: [], queue: [], review: [], paused: false, lastActiveAt: now.toISOString() };
}

/** Marks the walk as used now; when the person was away, a new visit starts and remembers when the last one was. */
export function visit(walk: Walk, now: Date): { walk: Walk; newVisit: boolean } {
  const newVisit = now.getTime() - new Date(walk.lastActiveAt).getTime() > VISIT_GAP_MS;
  return { walk: { ...walk, lastActiveAt: now.toISOString(), ...(newVisit ? { previousVisitAt: walk.lastActiveAt } : {}) }, newVisit };
}

/** Answers given more than `days` ago, in question order: offered for review before new questions. */
export function staleAnswers(questions: readonly Question[], plan: Plan, now: Date, days: number): string[] {
  const cutoff = now.getTime() - days * 86_400_000;
  return questions.filter((q) => {
    const answer = answerOf(plan, q.id);
    return answer !== undefined && new Date(answer.at).getTime() < cutoff;
  }).map((q) => q.id);
}

/**
 * The question to ask next: old answers to review first, then the questions queued
 * (a category jumped to), then the first question nobody has touched, after the current one and
 * then from the top. Undefined when every question has been answered, skipped or
 * marked unknown.
 */
export function nextQuestion(questions: readonly Question[], plan: Plan, walk: Walk): string | undefined {
  if (walk.review.length) return walk.review[0];
  if (walk.queue.length) return walk.queue[0];
  const untouched = (q: Question) => !isTouched(plan, q.id);
  const from = walk.current ? questions.findIndex((q) => q.id === walk.current) : -1;
  return (questions.slice(from + 1).find(untouched) ?? questions.find(untouched))?.id;
}

/** Moves past the current question to the next one (none when all are touched); the current goes on the trail for "back". */
export function advance(questions: readonly Question[], plan: Plan, walk: Walk, now: Date): Walk {
  const done = walk.current;
  const moved: Walk = {
    ...walk,
    trail: done ? [...walk.trail.filter((id) => id !== done), done].slice(-100) : walk.trail,
    review: walk.review.filter((id) => id !== done),
    queue: walk.queue.filter((id) => id !== done),
  };
  return { ...moved, current: nextQuestion(questions, plan, moved), askedAt: now.toISOString() };
}

/** Goes to a question out of turn (a jump): the current one goes on the trail for "back". */
export function goTo(walk: Walk, questionId: string, now: Date): Walk {
  const trail = walk.current && walk.current !== questionId ? [...walk.trail.filter((id) => id !== walk.current), walk.current] : walk.trail;
  return { ...walk, trail, current: questionId, askedAt: now.toISOString(), phase: 'questions' };
}

/** Back to the question asked before the current one; undefined at the first. */
export function goBack(walk: Walk, now: Date): Walk | undefined {
  const previous = walk.trail.at(-1);
  if (!previous) return undefined;
  return { ...walk, trail: walk.trail.slice(0, -1), current: previous, askedAt: now.toISOString(), phase: 'questions' };
}

/** The questions of a category to queue after a jump: those without a real answer (new, skipped, unknown), or all when every one has one. */
export function focusOn(questions: readonly Question[], plan: Plan, categoryId: string): string[] {
  const inCategory = questions.filter((q) => q.category === categoryId);
  const open = inCategory.filter((q) => !answerOf(plan, q.id));
  return (open.length ? open : inCategory).map((q) => q.id);
}

import { canSee } from '../accounts/access.js';
import type { Turn } from '../conversation.js';
import { todayIn } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import type { Account } from '../model.js';
import { reply, type Reply } from '../reply.js';
import { buttonValue, questionReply, type PlanView } from './ask.js';
import { readAssignment } from './assignment.js';
import { findCategory } from './categories.js';
import { planDocument } from './document.js';
import { planFile, type ExportFormat } from './export.js';
import { assignOpenItem, openItemsOf, type OpenItem } from './open-items.js';
import { openItemPrompt, summaryReply } from './replies.js';
import { questionSetFor, tierOf, type PlanSetup } from './setup.js';
import { questionsFor } from './questions.js';
import { readPlan } from './record.js';
import { clearActiveWalk, focusOn, goTo, saveWalk, setActiveWalk, type Walk } from './walk.js';

/** Reads everything one step of the walk-through needs: the questions in the reader's language, the answers, the walk. */
export async function viewOf(turn: Turn, setup: PlanSetup, account: Account, walk: Walk): Promise<PlanView> {
  const set = questionSetFor(setup, turn.locale);
  const questions = questionsFor(set, tierOf(account));
  return { account, set, questions, plan: await readPlan(turn.state, account.id, questions), walk };
}

/** Saves the walk and makes it the one typed answers go to. */
export async function keep(turn: Turn, walk: Walk): Promise<void> {
  await saveWalk(turn.state, turn.user.email, walk);
  await setActiveWalk(turn.state, turn.user.email, walk.accountId);
}

/** The question the walk stands at, or what comes after the questions. */
export async function show(turn: Turn, view: PlanView, lead: { intro?: string; note?: string } = {}): Promise<Reply[]> {
  if (view.walk.phase === 'questions' && view.walk.current) return [questionReply(turn, view, view.walk.current, lead)];
  if (view.walk.phase === 'open_items') return openItemsStep(turn, view, lead.intro);
  return endOfQuestions(turn, view, lead.note);
}

/** The plan's open items among the questions this account is asked. */
async function openItemsIn(turn: Turn, view: PlanView): Promise<OpenItem[]> {
  return (await openItemsOf(turn.state, view.account.id)).filter((i) => view.questions.some((q) => q.id === i.questionId));
}

/**
 * When the questions run out, or on "done": the summary, then each open item without
 * an owner in turn. `finish` ends the walk-through even if some are left unassigned.
 */
export async function endOfQuestions(turn: Turn, view: PlanView, note?: string, finish = false): Promise<Reply[]> {
  const items = await openItemsIn(turn, view);
  const unassigned = items.filter((i) => !i.owner);
  if (!finish && unassigned.length) {
    const walk = { ...view.walk, phase: 'open_items' as const, queue: unassigned.map((i) => i.questionId), current: unassigned[0].questionId, askedAt: turn.now.toISOString() };
    await keep(turn, walk);
    const position = items.findIndex((i) => i.questionId === walk.current) + 1;
    return [summaryReply(turn, { ...view, walk }, items, note ? { note } : {}), openItemPrompt(turn, view, walk.current, position, items.length)];
  }
  const walk = { ...view.walk, phase: 'finished' as const, current: undefined, queue: [], review: [] };
  await saveWalk(turn.state, turn.user.email, walk);
  await clearActiveWalk(turn.state, turn.user.email);
  return [summaryReply(turn, { ...view, walk }, items, { ...(note ? { note } : {}), closing: turn.t.plan.finished(view.account.name, view.account.id) })];
}

/** Asks for the owner of the next open item; `moveOn` passes over the current one (skip). */
export async function openItemsStep(turn: Turn, view: PlanView, intro?: string, moveOn = false): Promise<Reply[]> {
  const items = (await openItemsIn(turn, view)).map((i) => ({ id: i.questionId, assigned: Boolean(i.owner) }));
  const queue = view.walk.queue.filter((id) => items.some((i) => i.id === id && !i.assigned) && !(moveOn && id === view.walk.current));
  if (!queue.length) return endOfQuestions(turn, view, intro, true);
  const walk = { ...view.walk, queue, current: queue[0] };
  await keep(turn, walk);
  // Numbered among all the plan's open items, so that "2/2" follows "1/2" once the first has an owner.
  return [openItemPrompt(turn, { ...view, walk }, queue[0], items.findIndex((i) => i.id === queue[0]) + 1, items.length, intro)];
}

/** "owner anna, due 2026-12-15" for the open item being asked about. */
export async function takeAssignment(turn: Turn, view: PlanView, text: string): Promise<Reply[]> {
  const t = turn.t.plan;
  const result = readAssignment(text, { portfolio: turn.portfolio, account: view.account, self: turn.user, today: todayIn(turn.now, turn.timezone) });
  if (!result.ok) {
    const problem = result.problem === 'unknown_owner' ? t.ownerUnknown(result.name)
      : result.problem === 'ambiguous_owner' ? t.ownerAmbiguous(result.name, result.candidates.map((u) => u.name ?? u.email))
      : result.problem === 'past_due' ? t.dueInPast
      : result.problem === 'no_due' ? t.dueMissing
      : t.assignHelp;
    return openItemsStep(turn, view, problem);
  }
  await assignOpenItem(turn.state, view.account.id, view.walk.current!, { owner: result.owner.email, due: result.due, by: turn.user.email });
  const ownerName = result.owner.name ?? result.owner.email;
  const note = t.assigned(ownerName, formatDate(result.due, turn.locale));
  // Reminders go only to people who may see the account (they are withheld otherwise): say so now, while it can be fixed.
  const warning = canSee(turn.portfolio, result.owner, view.account.id) ? '' : ` ${t.assignedNoAccess(ownerName, view.account.name)}`;
  return openItemsStep(turn, view, note + warning, true);
}

/** "go to competitors": the category's untouched questions next (or all of them, to revise a finished one). */
export async function jumpTo(turn: Turn, setup: PlanSetup, view: PlanView, query: string): Promise<Reply[]> {
  const t = turn.t.plan;
  const categoryId = findCategory(setup, query);
  const queue = categoryId ? focusOn(view.questions, view.plan, categoryId) : [];
  if (!queue.length) {
    const offered = view.set.categories.filter((c) => view.questions.some((q) => q.category === c.id));
    return [
      reply()
        .text(categoryId ? t.categoryNotAsked(query) : t.noSuchCategory(query))
        .buttons(offered.map((c) => ({ label: c.title, action: { id: 'plan.jump', value: buttonValue(view.account.id, c.id) } })))
        .onlyForAsker()
        .build(),
    ];
  }
  const walk = { ...goTo(view.walk, queue[0], turn.now), queue, review: [] };
  await keep(turn, walk);
  return show(turn, { ...view, walk });
}

/** The plan as a file in the chat: Slack shows it as a file, Teams as a file card, the console prints it. */
export async function exportReply(turn: Turn, setup: PlanSetup, account: Account, format: ExportFormat): Promise<Reply[]> {
  const doc = await planDocument({ state: turn.state, set: questionSetFor(setup, turn.locale), account, portfolio: turn.portfolio, t: turn.t, now: turn.now });
  const file = planFile(doc, format, turn.t, turn.portfolio, turn.timezone);
  return [reply().text(turn.t.plan.exportReady(account.name, file.filename)).attach(file).onlyForAsker().build()];
}

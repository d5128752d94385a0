import type { Turn } from '../conversation.js';
import type { Account } from '../model.js';
import type { Reply } from '../reply.js';
import { parseAnswer } from './answers/index.js';
import { questionReply, type PlanView } from './ask.js';
import type { WalkCommand } from './commands.js';
import { crmValueFor } from './crm.js';
import { formatDate } from '../i18n/format.js';
import { authorLine, formatAnswer } from './format.js';
import { closeOpenItem, openItemsOf, raiseOpenItem } from './open-items.js';
import type { Question } from './questions.js';
import { currentVersion, recordAnswer, type AnswerVersion, type Plan } from './record.js';
import { pausedReply, statusReply } from './replies.js';
import { DEFAULT_REVIEW_AFTER_DAYS, parseContextOf, tierOf, type PlanSetup } from './setup.js';
import { endOfQuestions, exportReply, jumpTo, keep, openItemsStep, show, viewOf } from './steps.js';
import type { ParseContext, Parsed } from './values.js';
import { activeWalk, advance, clearActiveWalk, goBack, goTo, loadWalk, newWalk, nextQuestion, staleAnswers, visit } from './walk.js';
import { accountIn } from '../accounts/access.js';

const withRecord = (plan: Plan, questionId: string, versions: AnswerVersion[]): Plan => ({
  ...plan,
  records: new Map([...plan.records, [questionId, { questionId, versions }]]),
});

/**
 * `/account-plan <account>`: starts the plan, or resumes it where this person left it.
 * After a long break, answers older than the review age come first.
 */
export async function openPlan(turn: Turn, setup: PlanSetup, account: Account): Promise<Reply[]> {
  const stored = await loadWalk(turn.state, account.id, turn.user.email);
  const visited = visit(stored ?? newWalk(account.id, turn.now), turn.now);
  let view = await viewOf(turn, setup, account, { ...visited.walk, paused: false });
  let walk = view.walk;
  const t = turn.t.plan;
  let intro = stored ? '' : t.welcome(account.name, view.questions.length, turn.t.tiers[tierOf(account)] ?? tierOf(account));
  let note: string | undefined;

  if (!stored || visited.newVisit) {
    const days = setup.reviewAfterDays ?? DEFAULT_REVIEW_AFTER_DAYS;
    const review = staleAnswers(view.questions, view.plan, turn.now, days);
    if (review.length) {
      const resumeAt = walk.current && !review.includes(walk.current) ? [walk.current] : [];
      walk = { ...walk, review, queue: [...resumeAt, ...walk.queue.filter((id) => !resumeAt.includes(id))], current: review[0], askedAt: turn.now.toISOString(), phase: 'questions' };
      intro = [intro, t.reviewFirst(review.length, days)].filter(Boolean).join('\n\n');
    }
  }
  const untouchedLeft = nextQuestion(view.questions, view.plan, { ...walk, current: undefined, queue: [], review: [] }) !== undefined;
  if (walk.phase === 'finished' && (untouchedLeft || walk.review.length)) walk = { ...walk, phase: 'questions', current: undefined };
  if (walk.phase === 'questions') {
    const current = walk.current ? view.questions.find((q) => q.id === walk.current) : undefined;
    const latest = current ? currentVersion(view.plan, current.id) : undefined;
    const movedOn = latest && latest.by !== turn.user.email && walk.askedAt && latest.at >= walk.askedAt && !walk.review.includes(current!.id) && !walk.queue.includes(current!.id);
    if (movedOn) note = t.answeredMeanwhile(authorLine(latest, turn.portfolio, turn.locale, turn.timezone));
    if (!current || movedOn) walk = advance(view.questions, view.plan, { ...walk, current: current && movedOn ? current.id : undefined }, turn.now);
  }
  if (stored && !intro && walk.phase === 'questions' && walk.current) {
    const at = view.questions.findIndex((q) => q.id === walk.current) + 1;
    intro = t.welcomeBack(account.name, at, view.questions.length);
  }
  view = { ...view, walk };
  await keep(turn, walk);
  turn.remember({ accountId: account.id, topic: 'plan' });
  return show(turn, view, { ...(intro ? { intro } : {}), ...(note ? { note } : {}) });
}

/**
 * From an open-item reminder: the walk-through at that item's question, whatever the
 * person was doing in the plan; once it is answered (or skipped) the walk-through goes
 * back to the question they were at.
 */
export async function openAtItem(turn: Turn, setup: PlanSetup, account: Account, questionId: string): Promise<Reply[]> {
  const stored = await loadWalk(turn.state, account.id, turn.user.email);
  const { walk } = visit(stored ?? newWalk(account.id, turn.now), turn.now);
  const view = await viewOf(turn, setup, account, { ...walk, paused: false });
  if (!view.questions.some((q) => q.id === questionId)) return openPlan(turn, setup, account);
  // Only a walk among the questions has a place to go back to; the open-items phase's queue holds items, not questions.
  const resumeAt = walk.phase === 'questions' ? [walk.current, ...walk.queue].filter((id): id is string => id !== undefined && id !== questionId) : [];
  const at = { ...goTo(view.walk, questionId, turn.now), queue: [...new Set(resumeAt)], review: [] };
  await keep(turn, at);
  turn.remember({ accountId: account.id, topic: 'plan' });
  const item = (await openItemsOf(turn.state, account.id)).find((i) => i.questionId === questionId);
  const intro = item?.due ? turn.t.plan.reminder.opened(account.name, formatDate(item.due, turn.locale)) : undefined;
  return show(turn, { ...view, walk: at }, intro ? { intro } : {});
}

/** Records a version of the current question's answer and moves on to the next question. */
async function recordAndMove(turn: Turn, view: PlanView, version: AnswerVersion, note: string): Promise<Reply[]> {
  const questionId = view.walk.current!;
  const record = await recordAnswer(turn.state, view.account.id, questionId, version);
  if (version.status === 'answered') await closeOpenItem(turn.state, view.account.id, questionId, version.at);
  if (version.status === 'unknown') await raiseOpenItem(turn.state, view.account.id, questionId, version.by, version.at);
  const plan = withRecord(view.plan, questionId, record.versions);
  const walk = advance(view.questions, plan, view.walk, turn.now);
  await keep(turn, walk);
  return show(turn, { ...view, plan, walk }, { note });
}

/** A typed answer to the current question: checked against its type, re-asked with a hint when it does not fit. */
export async function takeAnswer(turn: Turn, setup: PlanSetup, view: PlanView, text: string): Promise<Reply[] | undefined> {
  const question = view.questions.find((q) => q.id === view.walk.current);
  if (!question) return show(turn, { ...view, walk: advance(view.questions, view.plan, view.walk, turn.now) });
  const context = parseContextOf(turn, view.account);
  let result = parseAnswer(text, question, context);
  if (!result.ok) {
    // A structured question does not swallow an account's name: "initech" alone is a question about Initech.
    if (question.type !== 'text' && question.type !== 'long_text' && question.type !== 'people' && turn.resolve(text).kind === 'found') return undefined;
    const second = await readLoosely(turn, setup, question, text, context);
    if (second?.ok) result = second;
  }
  if (!result.ok) return [questionReply(turn, view, question.id, { intro: turn.t.plan.problems(result.problem) })];
  const before = currentVersion(view.plan, question.id);
  const version: AnswerVersion = { status: 'answered', value: result.value, by: turn.user.email, at: turn.now.toISOString() };
  const t = turn.t.plan;
  let note = t.saved(formatAnswer(result.value, question, turn.locale, turn.t));
  if (before?.status === 'answered' && before.by !== turn.user.email) note += ` ${t.replacedOther(authorLine(before, turn.portfolio, turn.locale, turn.timezone))}`;
  return recordAndMove(turn, view, version, note);
}

/** The optional second reading of an answer; a failure there only means the usual re-ask. */
async function readLoosely(turn: Turn, setup: PlanSetup, question: Question, text: string, context: ParseContext): Promise<Parsed | undefined> {
  if (!setup.readLooseAnswer) return undefined;
  try {
    return await setup.readLooseAnswer(turn, question, text, context);
  } catch (error) {
    turn.logger.warn({ err: error, question: question.id }, 'the second reading of a plan answer failed');
    return undefined;
  }
}

/** skip, don't know, keep, back, pause, resume, status, done, help, export and "go to <category>", typed or pressed. */
export async function runCommand(turn: Turn, setup: PlanSetup, view: PlanView, command: WalkCommand): Promise<Reply[]> {
  const t = turn.t.plan;
  const { walk } = view;
  const now = turn.now.toISOString();
  const me = turn.user.email;
  if (walk.phase === 'open_items' && ['skip', 'unknown', 'keep', 'repeat', 'resume', 'help'].includes(command.kind)) {
    return openItemsStep(turn, view, command.kind === 'help' ? t.assignHelp : undefined, command.kind === 'skip' || command.kind === 'unknown' || command.kind === 'keep');
  }
  const current = walk.current;
  switch (command.kind) {
    case 'skip': {
      if (!current) return show(turn, view);
      if (currentVersion(view.plan, current)) {
        const walkOn = advance(view.questions, view.plan, walk, turn.now);
        await keep(turn, walkOn);
        return show(turn, { ...view, walk: walkOn }, { note: t.skipped });
      }
      return recordAndMove(turn, view, { status: 'skipped', by: me, at: now }, t.skipped);
    }
    case 'unknown':
      if (!current) return show(turn, view);
      return recordAndMove(turn, view, { status: 'unknown', by: me, at: now }, t.notedUnknown);
    case 'keep': {
      if (!current) return show(turn, view);
      const version = currentVersion(view.plan, current);
      if (version?.status === 'answered' && version.value) {
        return recordAndMove(turn, view, { status: 'answered', value: version.value, by: me, at: now, confirmed: true }, t.kept);
      }
      const question = view.questions.find((q) => q.id === current)!;
      const crm = crmValueFor(question, view.account, turn.portfolio);
      if (crm) return recordAndMove(turn, view, { status: 'answered', value: crm.value, by: me, at: now, from: crm.from }, t.saved(formatAnswer(crm.value, question, turn.locale, turn.t)));
      return show(turn, view, { intro: t.nothingToKeep });
    }
    case 'back': {
      const back = goBack(walk, turn.now);
      if (!back) return show(turn, view, { intro: t.noBack });
      await keep(turn, back);
      return show(turn, { ...view, walk: back });
    }
    case 'pause': {
      const paused = { ...walk, paused: true };
      await keep(turn, paused);
      return [pausedReply(turn, { ...view, walk: paused })];
    }
    case 'resume':
    case 'repeat':
      return show(turn, view);
    case 'status':
      return [statusReply(turn, view)];
    case 'help':
      return show(turn, view, { intro: t.walkHelp });
    case 'done':
      return endOfQuestions(turn, view, undefined, walk.phase === 'open_items');
    case 'export':
      return exportReply(turn, setup, view.account, command.format);
    case 'jump':
      return jumpTo(turn, setup, view, command.to);
  }
}

/** The active walk-through of the person speaking, if there is one on an account they may still see. */
export async function activeView(turn: Turn, setup: PlanSetup): Promise<PlanView | undefined> {
  const walk = await activeWalk(turn.state, turn.user.email);
  if (!walk) return undefined;
  const account = accountIn(turn.visible(), walk.accountId);
  if (!account) {
    await clearActiveWalk(turn.state, turn.user.email);
    return undefined;
  }
  const { walk: visited } = visit(walk, turn.now);
  return viewOf(turn, setup, account, visited);
}

import type { Turn } from '../conversation.js';
import type { Action, Reply } from '../reply.js';
import { textReply } from '../reply.js';
import { looksLikeQuestion, readCommand, type WalkCommand } from './commands.js';
import type { PlanView } from './ask.js';
import { accountMentioned } from './mention.js';
import type { PlanSetup } from './setup.js';
import { normalize } from '../text.js';
import { exportReply, jumpTo, keep, show, takeAssignment, viewOf } from './steps.js';
import { activeView, openAtItem, openPlan, runCommand, takeAnswer } from './walkthrough.js';
import { loadWalk, saveWalk, setActiveWalk, visit } from './walk.js';
import { accountIn } from '../accounts/access.js';

/** Words that make a question one for Acre rather than an answer to "what do we still need to find out?". */
const forAcre = /\b(plan|plans|account|accounts|acre|help|qbr|renew|renewal|health|risk|at risk|portfolio|since last time|klient\w*|planu|planem|pomoc|odnowieni\w*|ryzyk\w*|od ostatniego razu)\b/;

/** Someone asking to start a plan mid-way through another is a request, not an answer. */
const startsAPlan = /\b(plan|planem|planu)\b/i;
const startVerbs = /^(let'?s|let us|work on|continue|resume|start|open|popracujmy|pracujmy|wróćmy|wrocmy|kontynuuj|zacznijmy|otwórz|otworz)\b/i;

/**
 * Free text while a walk-through is active. Claims only what reads as an answer to the
 * current question or as one of the walk-through's words; a slash command, a question
 * for Acre ("who signs at Initech?", "how complete is the plan?"), a request to start
 * another plan, or, for a structured question, an account's name, is left to the rest
 * of Acre and the place is kept.
 */
export async function continueWalk(turn: Turn, setup: PlanSetup, text: string): Promise<Reply[] | undefined> {
  if (text.trimStart().startsWith('/')) return undefined;
  const view = await activeView(turn, setup);
  if (!view) return undefined;
  const command = readCommand(text);
  if (view.walk.paused) return command?.kind === 'resume' ? openPlan(turn, setup, view.account) : undefined;
  if (view.walk.phase === 'finished') return undefined;
  if (command) return runCommand(turn, setup, view, command);
  if (startVerbs.test(text.trim()) && startsAPlan.test(text)) return undefined;
  if (looksLikeQuestion(text) && isForAcre(turn, view, text)) return undefined;
  await saveWalk(turn.state, turn.user.email, view.walk);
  if (view.walk.phase === 'open_items') return takeAssignment(turn, view, text);
  turn.remember({ accountId: view.account.id, topic: 'plan' });
  return takeAnswer(turn, setup, view, text);
}

/**
 * A question is for Acre when it names an account or Acre's own subjects, or when the
 * walk-through expects a number, a date or a choice. Asked a text question such as
 * "what do we still need to find out?", a question is the answer.
 */
function isForAcre(turn: Turn, view: PlanView, text: string): boolean {
  const question = view.questions.find((q) => q.id === view.walk.current);
  const expectsWords = view.walk.phase === 'questions' && (question?.type === 'text' || question?.type === 'long_text' || question?.type === 'people');
  if (!expectsWords) return true;
  return forAcre.test(normalize(text)) || accountMentioned(turn, text) !== undefined;
}

const buttonCommands: Record<string, WalkCommand> = {
  skip: { kind: 'skip' }, unknown: { kind: 'unknown' }, back: { kind: 'back' }, pause: { kind: 'pause' }, status: { kind: 'status' },
  done: { kind: 'done' }, keep: { kind: 'keep' }, help: { kind: 'help' },
};

/**
 * A plan button: `plan.<verb>` with the account id (and the question it was shown with)
 * in its value. A button left over from an earlier question re-asks the current one
 * instead of acting on the wrong question. `plan.item` comes from an open-item
 * reminder and goes to that item's question.
 */
export async function pressPlanButton(turn: Turn, setup: PlanSetup, action: Action): Promise<Reply[]> {
  const verb = action.id.slice(action.id.indexOf('.') + 1);
  const [accountId, ...rest] = (action.value ?? '').split('|');
  const account = accountIn(turn.visible(), accountId);
  if (!account) return [textReply(turn.t.unknownAction, 'asker')];
  turn.remember({ accountId: account.id, topic: 'plan' });
  if (verb === 'export') return exportReply(turn, setup, account, rest[0] === 'json' ? 'json' : 'md');
  if (verb === 'item' && rest[0]) return openAtItem(turn, setup, account, rest[0]);
  const stored = await loadWalk(turn.state, account.id, turn.user.email);
  if (verb === 'start' || !stored) return openPlan(turn, setup, account);
  const view = await viewOf(turn, setup, account, { ...visit(stored, turn.now).walk, paused: verb === 'pause' });
  await setActiveWalk(turn.state, turn.user.email, account.id);
  if (verb === 'jump') return jumpTo(turn, setup, view, rest[0] ?? '');
  if (verb === 'resume') {
    await keep(turn, view.walk);
    return show(turn, view);
  }
  const [questionId, answer] = rest;
  if (questionId && questionId !== view.walk.current) return show(turn, view, { intro: turn.t.plan.staleButton });
  if (verb === 'answer' && answer !== undefined) return (await takeAnswer(turn, setup, view, answer)) ?? show(turn, view);
  const command = buttonCommands[verb];
  return command ? runCommand(turn, setup, view, command) : [textReply(turn.t.unknownAction, 'asker')];
}

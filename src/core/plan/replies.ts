import type { Turn } from '../conversation.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import { reply, type Reply } from '../reply.js';
import { buttonValue, progressOf, type PlanView } from './ask.js';
import { nameOf } from './format.js';
import type { OpenItem } from './open-items.js';
import { completenessOf, countsByCategory, countsOf, type Counts } from './summary.js';

/** "4/6 answered · 1 skipped · 1 don't know" */
export function countsLine(c: Counts, t: Turn['t']): string {
  return [t.plan.answeredOf(c.answered, c.total), c.skipped ? t.plan.skippedCount(c.skipped) : '', c.unknown ? t.plan.unknownCount(c.unknown) : '']
    .filter(Boolean)
    .join(' · ');
}

/** "Who signs the contract? — Anna Kowalska, due 15 Dec 2026" */
export function openItemLine(item: OpenItem, view: PlanView, turn: Turn): string {
  const text = view.questions.find((q) => q.id === item.questionId)?.text ?? item.questionId;
  const t = turn.t.plan;
  const who = item.owner ? t.ownerDue(nameOf(item.owner, turn.portfolio), item.due ? formatDate(item.due, turn.locale) : '—') : t.noOwnerYet;
  return `${text} — ${who}`;
}

const exportButtons = (turn: Turn, accountId: string) => [
  { label: turn.t.plan.buttons.exportMarkdown, action: { id: 'plan.export', value: buttonValue(accountId, 'md') } },
  { label: turn.t.plan.buttons.exportJson, action: { id: 'plan.export', value: buttonValue(accountId, 'json') } },
];

function overallLine(turn: Turn, view: PlanView): string {
  const all = countsOf(view.plan, view.questions);
  return turn.t.plan.overall(all.answered, all.total, formatPercent(completenessOf(all), turn.locale).replace(/^\+/, ''), all.skipped, all.unknown);
}

/** Where the reader is and how far each category has got, with a button per category to jump there. */
export function statusReply(turn: Turn, view: PlanView): Reply {
  const r = reply().heading(turn.t.plan.statusTitle(view.account.name)).text(overallLine(turn, view));
  const at = view.walk.current;
  if (view.walk.phase === 'questions' && at) r.text(turn.t.plan.nowAt(progressOf(view, at, turn.t)));
  const categories = countsByCategory(view.plan, view.set, view.questions);
  r.fields(categories.map((c) => ({ label: c.title, value: countsLine(c, turn.t) })));
  return r
    .context(turn.t.plan.jumpHint)
    .buttons([
      { label: turn.t.plan.buttons.resume, action: { id: 'plan.resume', value: buttonValue(view.account.id) }, style: 'primary' },
      ...categories.map((c) => ({ label: c.title, action: { id: 'plan.jump', value: buttonValue(view.account.id, c.id) } })),
    ])
    .onlyForAsker()
    .build();
}

/** After the questions: per category what was answered, skipped or unknown; the open items; and the exports. */
export function summaryReply(turn: Turn, view: PlanView, items: OpenItem[], options: { note?: string; closing?: string } = {}): Reply {
  const r = reply();
  if (options.note) r.context(options.note);
  r.heading(turn.t.plan.summaryTitle(view.account.name)).text(overallLine(turn, view));
  r.fields(countsByCategory(view.plan, view.set, view.questions).map((c) => ({ label: c.title, value: countsLine(c, turn.t) })));
  r.list(items.map((i) => openItemLine(i, view, turn)), turn.t.plan.openItemsTitle);
  if (options.closing) r.text(options.closing);
  return r.buttons(exportButtons(turn, view.account.id)).build();
}

/** One open item at a time: who finds it out, and by when. */
export function openItemPrompt(turn: Turn, view: PlanView, questionId: string, position: number, total: number, problem?: string): Reply {
  const question = view.questions.find((q) => q.id === questionId);
  const r = reply();
  if (problem) r.text(problem);
  return r
    .heading(turn.t.plan.openItemProgress(position, total))
    .text(`**${question?.text ?? questionId}**`)
    .text(turn.t.plan.assignPrompt)
    .buttons([
      { label: turn.t.plan.buttons.skip, action: { id: 'plan.skip', value: buttonValue(view.account.id, questionId) } },
      { label: turn.t.plan.buttons.back, action: { id: 'plan.back', value: buttonValue(view.account.id, questionId) } },
      { label: turn.t.plan.buttons.done, action: { id: 'plan.done', value: buttonValue(view.account.id, questionId) } },
    ])
    .build();
}

export function pausedReply(turn: Turn, view: PlanView): Reply {
  const at = view.walk.current && view.walk.phase === 'questions' ? progressOf(view, view.walk.current, turn.t) : '';
  return reply()
    .text(turn.t.plan.paused(view.account.name, at, view.account.id))
    .buttons([{ label: turn.t.plan.buttons.resume, action: { id: 'plan.resume', value: buttonValue(view.account.id) }, style: 'primary' }])
    .build();
}

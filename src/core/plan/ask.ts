import type { Turn } from '../conversation.js';
import type { Account } from '../model.js';
import { reply, type Button, type Reply } from '../reply.js';
import { crmValueFor } from './crm.js';
import { authorLine, formatAnswer, formatVersion } from './format.js';
import type { Question, QuestionSet } from './questions.js';
import { scaleRange } from './questions.js';
import { currentVersion, type Plan } from './record.js';
import { categoryTitle } from './setup.js';
import type { Walk } from './walk.js';

/** Everything needed to put one question: the account, its questions in the reader's language, the answers, and where the reader is. */
export interface PlanView {
  account: Account;
  set: QuestionSet;
  questions: Question[];
  plan: Plan;
  walk: Walk;
}

/** Answer types where a bare small number is a likely answer: a console reads a typed number as a button press, so these get no buttons. */
const typedNumbers = new Set<Question['type']>(['number', 'money', 'percent']);

export const buttonValue = (accountId: string, ...rest: string[]) => [accountId, ...rest].join('|');

/** "12/57 · Trends": where the question sits in the plan. */
export function progressOf(view: PlanView, questionId: string, t: Turn['t']): string {
  const index = view.questions.findIndex((q) => q.id === questionId);
  const question = view.questions[index];
  const title = question ? categoryTitle(view.set, question.category) : '';
  return t.plan.progress(index + 1, view.questions.length, title);
}

/** One question in one message, after what happened to the last answer (note) or what went wrong (intro): progress, the question, its help, what we already have, how to answer, and the buttons. */
export function questionReply(turn: Turn, view: PlanView, questionId: string, lead: { intro?: string; note?: string } = {}): Reply {
  const { t, locale } = turn;
  const index = view.questions.findIndex((q) => q.id === questionId);
  const question = view.questions[index];
  const r = reply();
  if (lead.note) r.context(lead.note);
  if (lead.intro) r.text(lead.intro);
  if (!question) return r.text(t.plan.questionGone).build();
  const reviewing = view.walk.review.includes(questionId);
  r.heading(reviewing ? `${progressOf(view, questionId, t)} · ${t.plan.reviewing}` : progressOf(view, questionId, t));
  const category = view.set.categories.find((c) => c.id === question.category);
  if (category?.intro && view.questions[index - 1]?.category !== question.category && !reviewing) r.context(category.intro);
  r.text(`**${question.text}**`);
  if (question.help) r.context(`_${question.help}_`);

  const version = currentVersion(view.plan, questionId);
  const crm = version ? undefined : crmValueFor(question, view.account, turn.portfolio);
  if (version && reviewing) {
    r.text(t.plan.stillRight(formatVersion(version, question, locale, t), authorLine(version, turn.portfolio, locale, turn.timezone)));
  } else if (version) {
    r.context(t.plan.currentAnswer(formatVersion(version, question, locale, t), authorLine(version, turn.portfolio, locale, turn.timezone)));
  } else if (crm) {
    r.context(t.plan.crmSays(formatAnswer(crm.value, question, locale, t), crm.from));
  }
  r.context(t.plan.hints[question.type](view.account.currency));

  const keepable = Boolean((version?.status === 'answered') || crm);
  if (typedNumbers.has(question.type)) return r.context(t.plan.typedCommands).build();
  const value = (...rest: string[]) => buttonValue(view.account.id, questionId, ...rest);
  const options: Button[] = [];
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const numbered = question.type === 'multiple_choice';
    (question.choices ?? []).forEach((c, i) => options.push({ label: numbered ? `${i + 1} · ${c.label}` : c.label, action: { id: 'plan.answer', value: value(c.id) } }));
  } else if (question.type === 'scale') {
    for (let n = scaleRange.min; n <= scaleRange.max; n++) options.push({ label: String(n), action: { id: 'plan.answer', value: value(String(n)) } });
  } else if (question.type === 'yes_no') {
    options.push({ label: t.plan.yes, action: { id: 'plan.answer', value: value('yes') } }, { label: t.plan.no, action: { id: 'plan.answer', value: value('no') } });
  }
  const controls: Button[] = [
    ...(keepable ? [{ label: t.plan.buttons.keep, action: { id: 'plan.keep', value: value() }, style: 'primary' as const }] : []),
    { label: t.plan.buttons.skip, action: { id: 'plan.skip', value: value() } },
    { label: t.plan.buttons.unknown, action: { id: 'plan.unknown', value: value() } },
    { label: t.plan.buttons.back, action: { id: 'plan.back', value: value() } },
    { label: t.plan.buttons.pause, action: { id: 'plan.pause', value: value() } },
    { label: t.plan.buttons.status, action: { id: 'plan.status', value: value() } },
    { label: t.plan.buttons.done, action: { id: 'plan.done', value: value() } },
  ];
  return r.buttons(options).buttons(controls).build();
}

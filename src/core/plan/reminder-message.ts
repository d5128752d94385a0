import { formatDate } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Locale } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { reply, type Reply } from '../reply.js';
import { buttonValue } from './ask.js';
import { nameOf } from './format.js';
import type { QuestionSet } from './questions.js';
import type { DueItemReminder } from './reminders.js';

export interface ItemReminderContext {
  portfolio: Portfolio;
  /** The questions in the owner's language. */
  questionSet: QuestionSet;
  t: Messages;
  locale: Locale;
}

/** Items shown in full, each with its button; a Slack message holds 50 blocks and this keeps it far under. */
const SHOWN = 10;

/**
 * One owner's message of the day: their open items, soonest due first, each with the
 * account, the question, the due date and the days left or overdue, and a button that
 * opens the plan at that question.
 */
export function openItemsReminderReply(items: readonly DueItemReminder[], c: ItemReminderContext): Reply {
  const { t, locale, portfolio } = c;
  const r = t.plan.reminder;
  const b = reply().heading(r.title(items.length, items.filter((i) => i.daysLeft < 0).length)).text(r.intro);
  for (const item of items.slice(0, SHOWN)) {
    const question = c.questionSet.questions.find((q) => q.id === item.questionId)?.text ?? item.questionId;
    const by = item.assignedBy && item.assignedBy !== item.recipient ? ` · ${r.assignedBy(nameOf(item.assignedBy, portfolio))}` : '';
    b.text(`**${item.accountName}** · ${question}\n${r.due(item.daysLeft, formatDate(item.due, locale))}${by}`);
    b.buttons([{ label: r.answer, action: { id: 'plan.item', value: buttonValue(item.accountId, item.questionId) }, style: 'primary' }]);
  }
  if (items.length > SHOWN) b.context(r.more(items.length - SHOWN));
  const accounts = [...new Map(items.map((i) => [i.accountId, i.accountName])).entries()];
  b.context(r.howTo(accounts.map(([id]) => `\`/account-plan ${id}\``).join(', ')));
  return b.sources(accounts.map(([, name]) => ({ ref: t.plan.openItemsOf(name) }))).build();
}

import { formatDate } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Locale } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { reply, type Reply } from '../reply.js';
import type { QbrCalendar } from './calendar.js';
import type { DueReminder } from './reminders.js';
import { presentSources, qbrSource } from './sources.js';

export interface ReminderContext {
  portfolio: Portfolio;
  calendar: QbrCalendar;
  t: Messages;
  locale: Locale;
  /** The reminder that carries the preparation checklist (the longest lead time). */
  checklistLead: number;
}

const briefButton = (t: Messages, accountId: string) => ({ label: t.qbr.prepareBrief, action: { id: 'ask', value: `/qbr-prep ${accountId}` }, style: 'primary' as const });

/** The message of a reminder before a QBR, or of a nudge to book one, in the recipient's language. */
export function reminderReply(due: DueReminder, c: ReminderContext): Reply {
  const { t, locale, calendar, portfolio } = c;
  const account = portfolio.accounts.get(due.accountId);
  const owner = account ? (portfolio.user(account.ownerEmail)?.name ?? account.ownerEmail) : '';
  const b = reply();
  if (due.kind === 'reminder' && due.qbrDate !== undefined && due.leadDays !== undefined) {
    const toGo = due.daysToGo ?? due.leadDays;
    b.heading(t.qbr.reminder.title(due.accountName, toGo, formatDate(due.qbrDate, locale)));
    if (due.role === 'team') b.text(t.qbr.reminder.onTheTeam(owner));
    if (due.leadDays === c.checklistLead) {
      b.text(t.qbr.reminder.checklistIntro).list(t.qbr.reminder.checklist, t.qbr.reminder.checklistTitle);
      b.buttons([briefButton(t, due.accountId), { label: t.qbr.exportMarkdown, action: { id: 'ask', value: `/qbr-prep ${due.accountId} md` } }]);
    } else {
      b.text(t.qbr.reminder.tip(toGo));
      b.buttons([briefButton(t, due.accountId)]);
    }
    b.sources(presentSources([qbrSource(calendar.next?.origin, t, locale)]));
    return b.build();
  }
  b.heading(t.qbr.nudge.title(due.accountName));
  const last = calendar.last ? formatDate(calendar.last.date, locale) : undefined;
  const dueOn = calendar.due ? formatDate(calendar.due.date, locale) : undefined;
  b.text(calendar.status === 'overdue' ? t.qbr.nudge.overdue(calendar.overdueDays, dueOn ?? '', last) : t.qbr.nudge.unscheduled(dueOn, last, calendar.cadenceMonths ?? 3));
  if (calendar.cancelled) b.text(t.qbr.nudge.wasCancelled(formatDate(calendar.cancelled.date, locale)));
  b.text(t.qbr.nudge.howToBook(due.accountId, due.accountName));
  b.buttons([briefButton(t, due.accountId)]);
  b.sources(presentSources([qbrSource(calendar.last?.origin, t, locale), qbrSource(calendar.cadenceOrigin, t, locale)]));
  return b.build();
}

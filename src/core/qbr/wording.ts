import { daysBetween } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import type { Messages } from '../i18n/index.js';
import type { Locale } from '../model.js';
import type { QbrCalendar } from './calendar.js';

/** The next QBR in a few words: its date, or why there is none ("not booked — overdue by 97 days"). */
export function statusLine(c: QbrCalendar, t: Messages, locale: Locale): string {
  const due = c.due ? formatDate(c.due.date, locale) : undefined;
  if (c.next) return t.qbr.status.booked(formatDate(c.next.date, locale), daysBetween(c.today, c.next.date), c.overdueDays ? due : undefined);
  if (c.status === 'overdue') return t.qbr.status.overdue(c.overdueDays, due ?? '');
  if (c.status === 'unscheduled') return t.qbr.status.unscheduled(due);
  return t.qbr.status.untracked;
}

/** "When is the next QBR?" in sentences: the booked date or why there is none, the last one, a cancellation. */
export function nextQbrSentence(name: string, c: QbrCalendar, t: Messages, locale: Locale): string {
  const due = c.due ? formatDate(c.due.date, locale) : undefined;
  const last = c.last ? t.qbr.next.last(formatDate(c.last.date, locale)) : '';
  const cancelled = c.cancelled && !c.next ? t.qbr.next.cancelled(formatDate(c.cancelled.date, locale)) : '';
  let lead: string;
  if (c.next) lead = t.qbr.next.booked(name, formatDate(c.next.date, locale), daysBetween(c.today, c.next.date));
  else if (c.status === 'overdue') lead = t.qbr.next.overdue(name, c.overdueDays, due ?? '');
  else if (c.status === 'unscheduled') lead = t.qbr.next.unscheduled(name, due, c.cadenceMonths ?? 3);
  else return t.qbr.next.untracked(name, c.accountId);
  return [lead, last, cancelled].filter(Boolean).join(' ');
}

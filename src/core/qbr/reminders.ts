import { addDays, instantOf, isTimeZone, isoWeekday } from '../dates.js';
import type { Account } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { qbrCalendarOf, type QbrCalendar, type QbrStatus } from './calendar.js';
import type { QbrChanges } from './changes.js';
import type { QbrReminderSettings } from './settings.js';

/** A message that falls due on a day: a reminder ahead of a booked QBR, or a nudge to book one. */
export interface DueReminder {
  kind: 'reminder' | 'nudge';
  accountId: string;
  accountName: string;
  recipient: string;
  /** Whether the recipient owns the account or is on its team. */
  role: 'owner' | 'team';
  timezone: string;
  /** The recipient's day it falls on. */
  day: string;
  /** The instant it goes out: the reminder hour of that day in the recipient's zone. */
  at: string;
  /** The booked QBR, for a reminder. */
  qbrDate?: string;
  leadDays?: number;
  /** Days from the day it goes out to the QBR, when that is later than `day` (caught up after Acre was down); otherwise leadDays. */
  daysToGo?: number;
  /** Why a nudge: nothing booked, and whether that is already overdue. */
  status?: QbrStatus;
  due?: string;
  overdueDays?: number;
  /** Claimed in the store before sending, so that it goes out once. */
  key: string;
}

export interface ReminderInputs {
  portfolio: Portfolio;
  changes: QbrChanges;
  settings: QbrReminderSettings;
  /** Only these accounts (default: all). */
  accounts?: readonly Account[];
}

export const reminderKey = (accountId: string, qbrDate: string, leadDays: number, recipient: string) =>
  `qbr:reminder:${accountId}:${qbrDate}:${leadDays}:${recipient.toLowerCase()}`;
export const nudgeKey = (accountId: string, day: string, recipient: string) => `qbr:nudge:${accountId}:${day}:${recipient.toLowerCase()}`;

/**
 * Every reminder and nudge that falls due on `day` (a plain date, read in each
 * recipient's own zone): for each booked QBR, one per lead time to the owner (and
 * the team when configured); for each tracked account with nothing booked, a weekly
 * nudge to the owner. Reminders follow the calendar, so a moved QBR moves them and a
 * cancelled one has none.
 */
export function remindersDueOn(day: string, inputs: ReminderInputs): DueReminder[] {
  const { portfolio, changes, settings } = inputs;
  const accounts = inputs.accounts ?? [...portfolio.accounts.values()];
  const zoneOf = (email: string) => {
    const zone = portfolio.user(email)?.timezone;
    return zone && isTimeZone(zone) ? zone : settings.defaultTimezone;
  };
  const out: DueReminder[] = [];
  for (const account of accounts) {
    const calendar = qbrCalendarOf(account, portfolio.activitiesOf(account.id), day, changes[account.id]);
    const base = (recipient: string, role: DueReminder['role']) => {
      const timezone = zoneOf(recipient);
      return { accountId: account.id, accountName: account.name, recipient: recipient.toLowerCase(), role, timezone, day, at: instantOf(day, settings.hour, timezone) };
    };
    if (calendar.next) {
      const qbrDate = calendar.next.date;
      for (const leadDays of [...new Set(settings.leadDays)].sort((a, b) => b - a)) {
        if (addDays(qbrDate, -leadDays) !== day) continue;
        for (const { email, role } of recipientsOf(account, settings.remindTeam)) {
          out.push({ kind: 'reminder', ...base(email, role), qbrDate, leadDays, key: reminderKey(account.id, qbrDate, leadDays, email) });
        }
      }
    } else if (needsNudge(calendar) && isoWeekday(day) === settings.nudgeWeekday) {
      out.push({
        kind: 'nudge',
        ...base(account.ownerEmail, 'owner'),
        status: calendar.status,
        ...(calendar.due ? { due: calendar.due.date } : {}),
        overdueDays: calendar.overdueDays,
        key: nudgeKey(account.id, day, account.ownerEmail),
      });
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.accountName.localeCompare(b.accountName) || a.recipient.localeCompare(b.recipient));
}

/** An account with a cadence and nothing booked: the owner is nudged until a date is set. */
export const needsNudge = (calendar: QbrCalendar): boolean => calendar.status === 'overdue' || calendar.status === 'unscheduled';

function recipientsOf(account: Account, withTeam: boolean): { email: string; role: DueReminder['role'] }[] {
  const owner = account.ownerEmail.toLowerCase();
  const out: { email: string; role: DueReminder['role'] }[] = [{ email: owner, role: 'owner' }];
  if (!withTeam) return out;
  for (const e of new Set(account.teamEmails.map((t) => t.toLowerCase()))) if (e !== owner) out.push({ email: e, role: 'team' });
  return out;
}

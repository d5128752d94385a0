import { canSee } from '../accounts/access.js';
import { addDays, daysBetween, instantOf, isTimeZone, isoWeekday } from '../dates.js';
import type { Portfolio } from '../portfolio.js';
import type { OpenItem } from './open-items.js';
import { questionsFor, type QuestionSet } from './questions.js';
import { tierOf } from './setup.js';

/** How open-item reminders go out; config.ts fills it from ACRE_PLAN_REMINDER_* settings. */
export interface PlanReminderSettings {
  /** Days before an open item is due on which its owner is reminded; 0 is the due day itself. */
  leadDays: number[];
  /** The hour, in each owner's own time zone, at which reminders go out. */
  hour: number;
  /** The zone of people whose users.csv row names none. */
  defaultTimezone: string;
  /** The weekday (1 = Monday … 7 = Sunday) on which owners are reminded of items past their due date. */
  overdueWeekday: number;
}

export const defaultPlanReminderSettings: PlanReminderSettings = {
  leadDays: [3, 0],
  hour: 9,
  defaultTimezone: 'UTC',
  // The same day as the QBR nudges: one look at what is late, at the start of the week.
  overdueWeekday: 1,
};

/** One open item to remind its owner of on a day: ahead of its due date, or past it. */
export interface DueItemReminder {
  kind: 'ahead' | 'overdue';
  accountId: string;
  accountName: string;
  questionId: string;
  /** The item's owner, who is reminded. */
  recipient: string;
  timezone: string;
  /** The owner's day it falls on. */
  day: string;
  /** The instant it goes out: the reminder hour of that day in the owner's zone. */
  at: string;
  due: string;
  /** Days from `day` to the due date: the lead time ahead of it, negative once it has passed. */
  daysLeft: number;
  assignedBy?: string;
  /**
   * Why it is held back rather than sent: the owner is not an Acre user (any more), or
   * may no longer see the account, and so must not be told about it.
   */
  withheld?: 'not_a_user' | 'no_access';
  /** Claimed in the store before sending, so that it goes out once. */
  key: string;
}

export interface PlanReminderInputs {
  portfolio: Portfolio;
  /** The open items with an owner and a due date, e.g. `openItemsDue(state, latestDue(day, settings))`. */
  items: readonly OpenItem[];
  /** To leave out items whose question the account's plan no longer asks (edited questions, another tier). */
  questionSet: QuestionSet;
  settings: PlanReminderSettings;
}

export const itemReminderKey = (item: Pick<OpenItem, 'accountId' | 'questionId'>, due: string, leadDays: number, owner: string) =>
  `plan:reminder:${item.accountId}:${item.questionId}:${due}:${leadDays}:${owner.toLowerCase()}`;
export const overdueItemKey = (item: Pick<OpenItem, 'accountId' | 'questionId'>, day: string, owner: string) =>
  `plan:overdue:${item.accountId}:${item.questionId}:${day}:${owner.toLowerCase()}`;

/** The last due date a reminder on `day` can be about: items due later are not read. */
export const latestDue = (day: string, settings: Pick<PlanReminderSettings, 'leadDays'>): string => addDays(day, Math.max(0, ...settings.leadDays));

/**
 * Every open-item reminder that falls due on `day` (a plain date, read in each owner's
 * own zone): one at each lead time before the item is due, and one each week on the
 * overdue weekday once it is past due, until it is answered. Items already answered
 * are closed and never listed; an item whose account or question has left the plan
 * is left out. A reminder keyed on the owner and the due date starts afresh when the
 * item gets another owner or date.
 */
export function openItemRemindersDueOn(day: string, inputs: PlanReminderInputs): DueItemReminder[] {
  const { portfolio, settings } = inputs;
  const leads = [...new Set(settings.leadDays)];
  const asked = new Map<string, Set<string>>();
  const out: DueItemReminder[] = [];
  for (const item of inputs.items) {
    if (item.closedAt || !item.owner || !item.due) continue;
    const account = portfolio.accounts.get(item.accountId);
    if (!account) continue;
    const tier = tierOf(account);
    if (!asked.has(tier)) asked.set(tier, new Set(questionsFor(inputs.questionSet, tier).map((q) => q.id)));
    if (!asked.get(tier)!.has(item.questionId)) continue;

    const daysLeft = daysBetween(day, item.due);
    const ahead = leads.includes(daysLeft);
    const overdue = daysLeft < 0 && isoWeekday(day) === settings.overdueWeekday;
    if (!ahead && !overdue) continue;

    const owner = item.owner.toLowerCase();
    const user = portfolio.user(owner);
    const zone = user?.timezone && isTimeZone(user.timezone) ? user.timezone : settings.defaultTimezone;
    const withheld = !user ? 'not_a_user' : !canSee(portfolio, user, account.id) ? 'no_access' : undefined;
    out.push({
      kind: ahead ? 'ahead' : 'overdue',
      accountId: account.id,
      accountName: account.name,
      questionId: item.questionId,
      recipient: owner,
      timezone: zone,
      day,
      at: instantOf(day, settings.hour, zone),
      due: item.due,
      daysLeft,
      ...(item.assignedBy ? { assignedBy: item.assignedBy.toLowerCase() } : {}),
      ...(withheld ? { withheld } : {}),
      key: ahead ? itemReminderKey(item, item.due, daysLeft, owner) : overdueItemKey(item, day, owner),
    } satisfies DueItemReminder);
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.recipient.localeCompare(b.recipient) || a.due.localeCompare(b.due) || a.accountName.localeCompare(b.accountName));
}

/** The reminders of one day by owner, each owner's soonest due first: one message each. */
export function remindersByOwner(due: readonly DueItemReminder[]): Map<string, DueItemReminder[]> {
  const byOwner = new Map<string, DueItemReminder[]>();
  for (const r of due) byOwner.set(r.recipient, [...(byOwner.get(r.recipient) ?? []), r]);
  for (const list of byOwner.values()) list.sort((a, b) => a.due.localeCompare(b.due) || a.accountName.localeCompare(b.accountName));
  return byOwner;
}

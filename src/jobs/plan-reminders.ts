import type { Config } from '../config.js';
import { daysBetween, todayIn } from '../core/dates.js';
import { messagesFor } from '../core/i18n/index.js';
import { openItemsDue } from '../core/plan/open-items.js';
import { openItemsReminderReply } from '../core/plan/reminder-message.js';
import { defaultPlanReminderSettings, latestDue, openItemRemindersDueOn, remindersByOwner, type DueItemReminder, type PlanReminderSettings } from '../core/plan/reminders.js';
import type { JobContext, JobFactory } from './index.js';
import { recordSent } from './sent-record.js';
import { dailyJobsPerZone } from './daily-per-zone.js';

const DAY_MS = 86_400_000;
/** How long a sent reminder's claim is kept: well past its day, and past the due date it is keyed on. */
const claimDays = (r: DueItemReminder) => Math.max(0, r.daysLeft) + 30;

/** The open-item reminder settings the configuration asks for. */
export function planReminderSettingsOf(config: Config): PlanReminderSettings {
  return {
    ...defaultPlanReminderSettings,
    leadDays: config.ACRE_PLAN_REMINDER_DAYS,
    hour: config.ACRE_PLAN_REMINDER_HOUR,
    defaultTimezone: config.ACRE_TIMEZONE,
  };
}

export interface ItemReminderOutcome {
  reminder: DueItemReminder;
  outcome: 'sent' | 'undelivered' | 'already_sent' | 'withheld' | 'failed';
  detail?: string;
}

/**
 * Sends the open-item reminders of one day to the owners in one time zone: one message
 * per owner with all their items. Each item is claimed in the store under its key
 * (account, question, due date, lead time or overdue day, owner) before it goes into
 * the message, so a restart or a second replica never sends it twice. An owner who is
 * not an Acre user, or may no longer see the account, is logged and told nothing. A
 * failed send gives its claims back and fails the run, so the scheduler tries again.
 */
export async function sendPlanRemindersDue(ctx: JobContext, timezone: string, slot: Date, settings = planReminderSettingsOf(ctx.app.config)): Promise<ItemReminderOutcome[]> {
  const { app, messenger } = ctx;
  const log = app.logger.child({ component: 'plan-reminders', timezone });
  const portfolio = await app.acre.portfolio();
  const day = todayIn(slot, timezone);
  // A run caught up after its day (Acre was down) counts the days left from the day it goes out.
  const today = todayIn(app.clock.now(), timezone);
  const items = await openItemsDue(app.store, latestDue(day, settings));
  const due = openItemRemindersDueOn(day, { portfolio, items, questionSet: app.questionSets.en, settings }).filter((r) => r.timezone === timezone);
  const outcomes: ItemReminderOutcome[] = [];
  for (const reminder of due.filter((r) => r.withheld)) {
    outcomes.push({ reminder, outcome: 'withheld', detail: reminder.withheld });
    log.warn({ event: 'plan_reminder_withheld', key: reminder.key, owner: reminder.recipient, reason: reminder.withheld }, 'open-item reminder not sent: the owner is not an Acre user or may not see the account');
  }
  for (const [owner, reminders] of remindersByOwner(due.filter((r) => !r.withheld))) {
    const claimed: DueItemReminder[] = [];
    for (const reminder of reminders) {
      if (await app.store.claim(reminder.key, claimDays(reminder) * DAY_MS)) claimed.push(reminder);
      else outcomes.push({ reminder, outcome: 'already_sent' });
    }
    if (!claimed.length) continue;
    const locale = portfolio.user(owner)?.locale ?? app.config.ACRE_LOCALE;
    const worded = today > day ? claimed.map((r) => ({ ...r, daysLeft: daysBetween(today, r.due) })) : claimed;
    const message = openItemsReminderReply(worded, { portfolio, questionSet: app.questionSets[locale], t: messagesFor(locale), locale });
    const keys = claimed.map((r) => r.key);
    try {
      const result = await messenger.send({ kind: 'user', email: owner }, [message]);
      for (const reminder of claimed) outcomes.push({ reminder, outcome: result.delivered ? 'sent' : 'undelivered', ...(result.detail ? { detail: result.detail } : {}) });
      log.info({ event: result.delivered ? 'plan_reminder_sent' : 'plan_reminder_undelivered', owner, keys, detail: result.detail }, 'open-item reminder');
      // Only for `acre reminders`: the claims already keep these from going out twice.
      const record = { at: app.clock.now().toISOString(), delivered: result.delivered, ...(result.detail ? { detail: result.detail } : {}) };
      for (const reminder of claimed) {
        await recordSent(app.store, reminder.key, record, claimDays(reminder) * DAY_MS).catch((err) => log.warn({ err, key: reminder.key }, 'could not record a sent open-item reminder'));
      }
    } catch (err) {
      for (const key of keys) await app.store.release(key);
      for (const reminder of claimed) outcomes.push({ reminder, outcome: 'failed', detail: err instanceof Error ? err.message : String(err) });
      log.error({ err, event: 'plan_reminder_failed', owner, keys }, 'open-item reminder failed');
    }
  }
  const failed = outcomes.filter((o) => o.outcome === 'failed');
  if (failed.length) throw new Error(`${failed.length} open-item reminder(s) could not be sent: ${failed.map((f) => f.reminder.key).join(', ')}`);
  return outcomes;
}

/** One daily job per owner time zone, at the reminder hour there, that sends what falls due that day. */
export const planReminderJobs: JobFactory = (ctx) => {
  const settings = planReminderSettingsOf(ctx.app.config);
  return dailyJobsPerZone(ctx, 'plan-reminders', settings, (timezone, slot) => sendPlanRemindersDue(ctx, timezone, slot, settings));
};

import type { Config } from '../config.js';
import { daysBetween, todayIn } from '../core/dates.js';
import { messagesFor } from '../core/i18n/index.js';
import { qbrCalendarOf } from '../core/qbr/calendar.js';
import { qbrChangesIn } from '../core/qbr/changes.js';
import { reminderReply } from '../core/qbr/reminder-message.js';
import { remindersDueOn, type DueReminder } from '../core/qbr/reminders.js';
import { checklistLead, defaultQbrReminderSettings, type QbrReminderSettings } from '../core/qbr/settings.js';
import type { JobContext, JobFactory } from './index.js';
import { recordSent } from './sent-record.js';
import { dailyJobsPerZone } from './daily-per-zone.js';

const DAY_MS = 86_400_000;
/** How long a sent nudge's claim is kept: long past the week it belongs to. */
const NUDGE_CLAIM_DAYS = 30;

/** The reminder settings the configuration asks for. */
export function qbrReminderSettingsOf(config: Config): QbrReminderSettings {
  return {
    ...defaultQbrReminderSettings,
    leadDays: config.ACRE_QBR_LEAD_DAYS,
    remindTeam: config.ACRE_QBR_REMIND_TEAM,
    hour: config.ACRE_QBR_REMINDER_HOUR,
    defaultTimezone: config.ACRE_TIMEZONE,
  };
}

export interface ReminderOutcome {
  reminder: DueReminder;
  /** too_late: caught up after the QBR it was about (Acre was down), so not sent. */
  outcome: 'sent' | 'undelivered' | 'already_sent' | 'too_late' | 'failed';
  detail?: string;
}

/**
 * Sends the QBR reminders and nudges of one day to the recipients in one time zone.
 * Each is claimed in the store under its key (account, QBR date, lead time,
 * recipient) before it is sent, so a restart, a second replica or a QBR moved back
 * to the same date never sends it twice. A failed send gives its claim back and
 * fails the run, so the scheduler tries again; what was sent stays sent.
 */
export async function sendQbrRemindersDue(ctx: JobContext, timezone: string, slot: Date, settings = qbrReminderSettingsOf(ctx.app.config)): Promise<ReminderOutcome[]> {
  const { app, messenger } = ctx;
  const log = app.logger.child({ component: 'qbr-reminders', timezone });
  const portfolio = await app.acre.portfolio();
  const changes = await qbrChangesIn(app.store);
  const day = todayIn(slot, timezone);
  // A run caught up after its day (Acre was down) says "in 6 days" on the day that is true, not "in 7".
  const today = todayIn(app.clock.now(), timezone);
  const sentOn = today > day ? today : day;
  const due = remindersDueOn(day, { portfolio, changes, settings }).filter((r) => r.timezone === timezone);
  const outcomes: ReminderOutcome[] = [];
  for (const reminder of due) {
    const daysToGo = reminder.qbrDate !== undefined ? daysBetween(sentOn, reminder.qbrDate) : undefined;
    if (daysToGo !== undefined && daysToGo < 0) {
      outcomes.push({ reminder, outcome: 'too_late' });
      log.info({ event: 'qbr_reminder_too_late', key: reminder.key, qbrDate: reminder.qbrDate }, 'QBR reminder not sent: the QBR was over before Acre could send it');
      // So that `acre reminders` says why it never went, rather than listing it as still to send.
      await recordSent(app.store, reminder.key, { at: app.clock.now().toISOString(), delivered: false, detail: 'too late: the QBR was over when Acre was running again' }, NUDGE_CLAIM_DAYS * DAY_MS).catch((err) =>
        log.warn({ err, key: reminder.key }, 'could not record a QBR reminder that came too late'),
      );
      continue;
    }
    const keepDays = reminder.qbrDate ? daysBetween(day, reminder.qbrDate) + NUDGE_CLAIM_DAYS : NUDGE_CLAIM_DAYS;
    if (!(await app.store.claim(reminder.key, keepDays * DAY_MS))) {
      outcomes.push({ reminder, outcome: 'already_sent' });
      continue;
    }
    const account = portfolio.accounts.get(reminder.accountId)!;
    const locale = portfolio.user(reminder.recipient)?.locale ?? app.config.ACRE_LOCALE;
    const calendar = qbrCalendarOf(account, portfolio.activitiesOf(account.id), sentOn, changes[account.id]);
    const message = reminderReply(sentOn !== day && daysToGo !== undefined ? { ...reminder, daysToGo } : reminder, { portfolio, calendar, t: messagesFor(locale), locale, checklistLead: checklistLead(settings) });
    try {
      const result = await messenger.send({ kind: 'user', email: reminder.recipient }, [message]);
      outcomes.push({ reminder, outcome: result.delivered ? 'sent' : 'undelivered', ...(result.detail ? { detail: result.detail } : {}) });
      log.info({ event: result.delivered ? 'qbr_reminder_sent' : 'qbr_reminder_undelivered', key: reminder.key, detail: result.detail }, 'QBR reminder');
      // Only for `acre reminders`: the claim already keeps it from going out twice, so a failure here changes nothing else.
      await recordSent(app.store, reminder.key, { at: app.clock.now().toISOString(), delivered: result.delivered, ...(result.detail ? { detail: result.detail } : {}) }, keepDays * DAY_MS).catch((err) =>
        log.warn({ err, key: reminder.key }, 'could not record a sent QBR reminder'),
      );
    } catch (err) {
      await app.store.release(reminder.key);
      outcomes.push({ reminder, outcome: 'failed', detail: err instanceof Error ? err.message : String(err) });
      log.error({ err, event: 'qbr_reminder_failed', key: reminder.key }, 'QBR reminder failed');
    }
  }
  const failed = outcomes.filter((o) => o.outcome === 'failed');
  if (failed.length) throw new Error(`${failed.length} QBR reminder(s) could not be sent: ${failed.map((f) => f.reminder.key).join(', ')}`);
  return outcomes;
}

/** One daily job per recipient time zone, at the reminder hour there, that sends what falls due that day. */
export const qbrReminderJobs: JobFactory = (ctx) => {
  const settings = qbrReminderSettingsOf(ctx.app.config);
  return dailyJobsPerZone(ctx, 'qbr-reminders', settings, (timezone, slot) => sendQbrRemindersDue(ctx, timezone, slot, settings));
};

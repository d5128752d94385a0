import type { Command } from 'commander';
import { dayNumber, fromDayNumber, todayIn } from '../core/dates.js';
import { formatDate } from '../core/i18n/format.js';
import { openItemsDue } from '../core/plan/open-items.js';
import { latestDue, openItemRemindersDueOn, type DueItemReminder } from '../core/plan/reminders.js';
import { qbrChangesIn } from '../core/qbr/changes.js';
import { remindersDueOn, type DueReminder } from '../core/qbr/reminders.js';
import { planReminderSettingsOf } from '../jobs/plan-reminders.js';
import { qbrReminderSettingsOf } from '../jobs/qbr-reminders.js';
import { sentRecordOf, type SentRecord } from '../jobs/sent-record.js';
import { withApp } from './context.js';

interface RemindersOptions {
  asOf?: string;
  json?: boolean;
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && fromDayNumber(dayNumber(s)) === s;

/** Whether the job has already sent it, and when: it will not go out again. */
interface Sent {
  alreadySent: boolean;
  sent?: SentRecord;
}
const withSent = <T>(r: T, sent: SentRecord | undefined): T & Sent => ({ ...r, alreadySent: sent !== undefined, ...(sent ? { sent } : {}) });
const sentNote = (r: Sent) => (!r.sent ? '' : r.sent.delivered ? ' · already sent' : ` · already tried, not delivered${r.sent.detail ? ` (${r.sent.detail})` : ''}`);

/** "2026-12-01 09:00 Europe/London": when a reminder goes out, in its recipient's zone. */
const localTime = (r: { day: string; at: string; timezone: string }) =>
  `${r.day} ${new Intl.DateTimeFormat('en-GB', { timeZone: r.timezone, hour: '2-digit', minute: '2-digit' }).format(new Date(r.at))} ${r.timezone}`;

/** One line for a person at a terminal: when, what, which account, to whom. */
function describe(r: DueReminder & Sent): string {
  const local = localTime(r);
  const what =
    r.kind === 'reminder'
      ? `reminder, ${r.leadDays} day${r.leadDays === 1 ? '' : 's'} before the QBR on ${formatDate(r.qbrDate!, 'en')}`
      : r.status === 'overdue'
        ? `nudge: no QBR booked, overdue by ${r.overdueDays} day${r.overdueDays === 1 ? '' : 's'} (due ${formatDate(r.due!, 'en')})`
        : `nudge: no QBR booked${r.due ? ` (due by ${formatDate(r.due, 'en')})` : ''}`;
  return `${local} · ${what} · ${r.accountName} (${r.accountId}) → ${r.recipient}${r.role === 'team' ? ' (account team)' : ''}${sentNote(r)}`;
}

const withheldWhy = { not_a_user: 'the owner is not an Acre user', no_access: 'the owner may not see the account' } as const;

/** The same for an open item of an account plan: when it is due, which question, to whom, and whether it is held back. */
function describeItem(r: DueItemReminder & Sent): string {
  const when = r.daysLeft > 0 ? `due in ${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'}` : r.daysLeft === 0 ? 'due today' : `overdue by ${-r.daysLeft} day${r.daysLeft === -1 ? '' : 's'}`;
  const state = r.withheld ? ` · not sent: ${withheldWhy[r.withheld]}` : sentNote(r);
  return `${localTime(r)} · open item ${r.questionId}, ${when} (${formatDate(r.due, 'en')}) · ${r.accountName} (${r.accountId}) → ${r.recipient}${state}`;
}

/** `acre reminders --as-of <date> [--json]`: the QBR reminders and nudges, and the account-plan open-item reminders, that fall due that day, with account and recipient. */
export function registerReminders(program: Command): void {
  program
    .command('reminders')
    .description('the QBR reminders and nudges, and the account-plan open-item reminders, that fall due on a day (09:00 in each recipient\'s zone by default), with account and recipient')
    .option('--as-of <date>', 'the day (YYYY-MM-DD); default: today')
    .option('--json', 'print JSON instead of text')
    .action(async (opts: RemindersOptions) => {
      if (opts.asOf !== undefined && !isDate(opts.asOf)) {
        process.stderr.write(`--as-of: expected a date as YYYY-MM-DD, got "${opts.asOf}"\n`);
        process.exitCode = 2;
        return;
      }
      await withApp({ defaultLogLevel: 'warn' }, async (app, config) => {
        const settings = qbrReminderSettingsOf(config);
        const day = opts.asOf ?? todayIn(app.clock.now(), settings.defaultTimezone);
        const portfolio = await app.acre.portfolio();
        const due = remindersDueOn(day, { portfolio, changes: await qbrChangesIn(app.store), settings });
        const listed = await Promise.all(due.map(async (r) => withSent(r, await sentRecordOf(app.store, r.key))));
        const planSettings = planReminderSettingsOf(config);
        const items = await openItemsDue(app.store, latestDue(day, planSettings));
        const itemsDue = openItemRemindersDueOn(day, { portfolio, items, questionSet: app.questionSets.en, settings: planSettings });
        const openItems = await Promise.all(itemsDue.map(async (r) => withSent(r, await sentRecordOf(app.store, r.key))));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ day, reminders: listed, openItems }, null, 2)}\n`);
          return;
        }
        if (!listed.length && !openItems.length) {
          process.stdout.write(`No QBR reminders, nudges or open-item reminders fall due on ${day}.\n`);
          return;
        }
        const out = listed.length
          ? [`QBR reminders and nudges due on ${day} (${listed.length}):`, ...listed.map((r) => `  ${describe(r)}`)]
          : [`No QBR reminders or nudges fall due on ${day}.`];
        if (openItems.length) out.push(`Account-plan open items to remind of on ${day} (${openItems.length}):`, ...openItems.map((r) => `  ${describeItem(r)}`));
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}

import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { renewalsBetween } from '../../core/accounts/renewal.js';
import { addDays, daysBetween, todayIn } from '../../core/dates.js';
import type { Account } from '../../core/model.js';
import type { QbrOrigin } from '../../core/qbr/calendar.js';
import { qbrCalendarsOf } from '../../core/qbr/calendars.js';
import { qbrChangesIn } from '../../core/qbr/changes.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

const DEFAULT_DAYS = 90;

export const UpcomingDatesArgs = z.object({
  days: z.number().int().min(1).max(730).nullable().describe(`default ${DEFAULT_DAYS}`),
  account: z.string().nullable().describe('null: all accounts'),
});
export type UpcomingDatesArgs = z.infer<typeof UpcomingDatesArgs>;

interface Upcoming {
  date: string;
  days: number;
  what: 'renewal' | 'qbr_booked' | 'qbr_due' | 'qbr_overdue';
  id: string;
  name: string;
  from: string;
}

/** Renewals and QBRs (booked, due by cadence, or overdue) of the user's accounts in the coming days. */
export const upcomingDates = defineTool({
  name: 'upcoming_dates',
  description: "Renewals and QBRs (booked, due by cadence, overdue) of the user's accounts in the coming days, soonest first.",
  parameters: UpcomingDatesArgs,
  topics: /renew|qbr|review|upcoming|coming|next|due|overdue|when|deadline|soon|calendar|expir|odnow|kiedy|nadchodz|termin|nast[eę]pn|wygas|zaleg|przegl[aą]d/i,
  async run(turn, args) {
    let accounts = turn.visible();
    if (args.account) {
      const scoped = accountFor(turn, args.account);
      if ('problem' in scoped) return { data: scoped.problem, sources: [] };
      accounts = [scoped.account];
    }
    const today = todayIn(turn.now, turn.timezone);
    const until = addDays(today, args.days ?? DEFAULT_DAYS);
    const calendars = qbrCalendarsOf(turn.portfolio, await qbrChangesIn(turn.state), accounts, today);
    const items: Upcoming[] = [];
    const add = (a: Account, date: string, what: Upcoming['what'], from: string) => items.push({ date, days: daysBetween(today, date), what, id: a.id, name: a.name, from });
    for (const { account, renewal } of renewalsBetween(accounts, today, until, today)) add(account, renewal.date, 'renewal', citation(account.source));
    accounts.forEach((a, i) => {
      const at = (date: string, what: Upcoming['what'], from: string) => add(a, date, what, from);
      const c = calendars[i];
      if (c.next && c.next.date <= until) at(c.next.date, 'qbr_booked', originOf(c.next.origin));
      else if (c.status === 'overdue' && c.due) at(c.due.date, 'qbr_overdue', originOf(c.due.origin));
      else if (c.status === 'unscheduled' && c.due && c.due.date <= until) at(c.due.date, 'qbr_due', originOf(c.due.origin));
    });
    items.sort((x, y) => x.date.localeCompare(y.date) || x.name.localeCompare(y.name));
    return {
      ...(args.account && accounts[0] ? { accountId: accounts[0].id } : {}),
      data: { today, until, items },
      sources: accounts[0] ? [sourceOf(accounts[0].source, ['renewal_date', 'next_qbr_date', 'last_qbr_date', 'qbr_cadence_months'], turn.locale)] : [],
    };
  },
});

function originOf(origin: QbrOrigin): string {
  switch (origin.kind) {
    case 'import':
      return `${citation(origin.provenance)} (${origin.field})`;
    case 'activity':
      return `${citation(origin.activity.source)} (qbr on ${origin.activity.date})`;
    case 'chat':
      return `set in chat by ${origin.by} on ${origin.at.slice(0, 10)}`;
    case 'default':
      return 'quarterly by default';
  }
}

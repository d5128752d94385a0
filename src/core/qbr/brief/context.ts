import { addDays } from '../../dates.js';
import type { Messages } from '../../i18n/index.js';
import type { Account, Activity, Locale } from '../../model.js';
import type { Portfolio } from '../../portfolio.js';
import { scoreAccount, type AccountHealth } from '../../risk/account-health.js';
import { withQbrCalendar, type QbrCalendar } from '../calendar.js';
import type { PlanStatus } from './plan-status.js';

/** Without a last QBR, "since the last QBR" means this many days back. */
export const LOOKBACK_WITHOUT_QBR_DAYS = 90;

/** Everything the brief's sections read: one account, its calendar, health and plan, in the reader's language. */
export interface BriefContext {
  account: Account;
  portfolio: Portfolio;
  calendar: QbrCalendar;
  today: string;
  locale: Locale;
  t: Messages;
  /** The start of the period the brief reports on: the last QBR, or 90 days back without one. */
  since: string;
  sinceLastQbr: boolean;
  /** Activities dated from `since` up to today. */
  activitiesSince: Activity[];
  health: { now: AccountHealth; atLastQbr?: AccountHealth };
  plan: PlanStatus;
}

export function briefContextOf(inputs: Omit<BriefContext, 'since' | 'sinceLastQbr' | 'activitiesSince' | 'health'>): BriefContext {
  const { account, portfolio, calendar, today } = inputs;
  const last = calendar.last?.date;
  const since = last ?? addDays(today, -LOOKBACK_WITHOUT_QBR_DAYS);
  // Health sees the calendar's QBRs (booked in chat and held, overdue), not only the import's.
  const scored = withQbrCalendar(account, calendar);
  const now = scoreAccount(portfolio, scored, today, undefined, { classify: false });
  const atLastQbr = last ? scoreAccount(portfolio, scored, addDays(last, 1), undefined, { classify: false }) : undefined;
  return {
    ...inputs,
    since,
    sinceLastQbr: Boolean(last),
    activitiesSince: portfolio.activitiesOf(account.id).filter((a) => a.date >= since && a.date <= today),
    health: { now, ...(atLastQbr ? { atLastQbr } : {}) },
  };
}

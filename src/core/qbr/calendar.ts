import { addMonths, daysBetween } from '../dates.js';
import type { Account, Activity, Provenance } from '../model.js';
import { inForce, type QbrChange } from './changes.js';

/** Quarterly, when an account has QBRs on record but no cadence of its own. */
export const DEFAULT_CADENCE_MONTHS = 3;

/** Where a QBR fact comes from, so that every answer can cite it. */
export type QbrOrigin =
  | { kind: 'import'; field: 'last_qbr_date' | 'next_qbr_date' | 'qbr_cadence_months' | 'contract_start'; provenance: Provenance }
  | { kind: 'activity'; activity: Activity }
  | { kind: 'chat'; by: string; at: string }
  | { kind: 'default' };

export interface DatedQbr {
  date: string;
  origin: QbrOrigin;
}

/**
 * - scheduled: a date is booked;
 * - overdue: nothing booked and the due date has passed;
 * - unscheduled: nothing booked yet, not overdue;
 * - untracked: no cadence and no QBR on record, so there is nothing to keep to.
 */
export type QbrStatus = 'scheduled' | 'overdue' | 'unscheduled' | 'untracked';

/** An account's QBRs as of a day: cadence, the last one held, the next one booked, when one is due. */
export interface QbrCalendar {
  accountId: string;
  today: string;
  cadenceMonths?: number;
  cadenceOrigin?: QbrOrigin;
  last?: DatedQbr;
  next?: DatedQbr;
  /** When the next QBR is due by cadence: the last one plus the cadence (for a first one, the contract start plus the cadence). */
  due?: DatedQbr;
  /** Days past the due date with no QBR held since; 0 when not overdue (even if one is booked late). */
  overdueDays: number;
  status: QbrStatus;
  /** The booking cancelled in chat, while no new date has been set. */
  cancelled?: { date: string; by: string; at: string };
}

const later = (a: DatedQbr | undefined, b: DatedQbr | undefined) => (!a ? b : !b ? a : b.date > a.date ? b : a);

/**
 * The QBR calendar of one account on `today`: the import (last/next QBR dates and
 * cadence), activities of type qbr, and what was set in chat, which wins over the
 * import until a newer import says otherwise. A booked date that has passed counts
 * as held. Pure; the same calendar feeds reminders, the brief, answers and health.
 */
export function qbrCalendarOf(account: Account, activities: readonly Activity[], today: string, change: QbrChange = {}): QbrCalendar {
  const importedAt = account.source.importedAt;
  const fromImport = (field: Extract<QbrOrigin, { kind: 'import' }>['field']): QbrOrigin => ({ kind: 'import', field, provenance: account.source });

  const booking = change.booking && inForce(change.booking, importedAt, change.booking.importNext, account.nextQbrDate) ? change.booking : undefined;
  const cadenceChange = change.cadence && inForce(change.cadence, importedAt, change.cadence.importMonths, account.qbrCadenceMonths) ? change.cadence : undefined;

  // Every date a QBR was or is set for; the past ones were held, the first future one is next.
  const dates: DatedQbr[] = [];
  if (account.lastQbrDate) dates.push({ date: account.lastQbrDate, origin: fromImport('last_qbr_date') });
  for (const a of activities) if (a.type === 'qbr') dates.push({ date: a.date, origin: { kind: 'activity', activity: a } });
  for (const h of change.held ?? []) dates.push({ date: h.date, origin: { kind: 'chat', by: h.by, at: h.at } });
  if (booking?.next) dates.push({ date: booking.next, origin: { kind: 'chat', by: booking.by, at: booking.at } });
  else if (!booking && account.nextQbrDate) dates.push({ date: account.nextQbrDate, origin: fromImport('next_qbr_date') });

  let last: DatedQbr | undefined;
  let next: DatedQbr | undefined;
  for (const d of dates) {
    // A QBR recorded as an activity today was held; one booked for today is still ahead.
    if (d.date < today || (d.date === today && d.origin.kind === 'activity')) last = later(last, d);
    else if (!next || d.date < next.date) next = d;
  }
  if (next && last && next.date <= last.date) next = undefined;

  let cadenceMonths: number | undefined;
  let cadenceOrigin: QbrOrigin | undefined;
  if (cadenceChange) [cadenceMonths, cadenceOrigin] = [cadenceChange.months, { kind: 'chat', by: cadenceChange.by, at: cadenceChange.at }];
  else if (account.qbrCadenceMonths) [cadenceMonths, cadenceOrigin] = [account.qbrCadenceMonths, fromImport('qbr_cadence_months')];
  else if (last || next) [cadenceMonths, cadenceOrigin] = [DEFAULT_CADENCE_MONTHS, { kind: 'default' }];

  let due: DatedQbr | undefined;
  if (cadenceMonths && last) due = { date: addMonths(last.date, cadenceMonths), origin: last.origin };
  else if (cadenceMonths && account.contractStart) due = { date: addMonths(account.contractStart, cadenceMonths), origin: fromImport('contract_start') };

  const overdueDays = due && due.date < today ? daysBetween(due.date, today) : 0;
  const status: QbrStatus = next ? 'scheduled' : !cadenceMonths ? 'untracked' : overdueDays > 0 ? 'overdue' : 'unscheduled';
  const cancelled = booking?.cancelled && !booking.next ? { date: booking.cancelled, by: booking.by, at: booking.at } : undefined;

  return {
    accountId: account.id,
    today,
    ...(cadenceMonths ? { cadenceMonths, cadenceOrigin } : {}),
    ...(last ? { last } : {}),
    ...(next ? { next } : {}),
    ...(due ? { due } : {}),
    overdueDays,
    status,
    ...(cancelled ? { cancelled } : {}),
  };
}

/**
 * The account as health should see it: the calendar's last QBR and cadence in place
 * of the imported ones, so that a QBR booked in chat and held, or an overdue one,
 * moves the score.
 */
export function withQbrCalendar<A extends Pick<Account, 'lastQbrDate' | 'qbrCadenceMonths'>>(account: A, calendar: QbrCalendar): A {
  return {
    ...account,
    lastQbrDate: calendar.last?.date,
    qbrCadenceMonths: calendar.cadenceMonths,
  };
}

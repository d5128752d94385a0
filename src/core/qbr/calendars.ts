import type { Account } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { KeyValueStore } from '../ports.js';
import { qbrCalendarOf, type QbrCalendar } from './calendar.js';
import { qbrChangesIn, type QbrChanges } from './changes.js';

/** The calendars of several accounts on one day, from the data and the changes made in chat. */
export function qbrCalendarsOf(portfolio: Portfolio, changes: QbrChanges, accounts: readonly Account[], today: string): QbrCalendar[] {
  return accounts.map((a) => qbrCalendarOf(a, portfolio.activitiesOf(a.id), today, changes[a.id]));
}

/** One account's calendar, reading its chat changes from the store. */
export async function storedQbrCalendarOf(portfolio: Portfolio, store: KeyValueStore, account: Account, today: string): Promise<QbrCalendar> {
  const changes = await qbrChangesIn(store);
  return qbrCalendarOf(account, portfolio.activitiesOf(account.id), today, changes[account.id]);
}

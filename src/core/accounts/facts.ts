import { addMonths, daysBetween } from '../dates.js';
import { formatDate } from '../i18n/format.js';
import { messagesFor } from '../i18n/index.js';
import type { Account, Activity, Contact, ContactRole, Locale, Provenance } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { Source } from '../reply.js';
import { byName } from './order.js';

/** A source line for fields of an imported record: "accounts.csv › renewal_date, arr (imported 25 Nov 2026)". */
export function sourceOf(provenance: Provenance, fields: string | string[] | undefined, locale: Locale): Source {
  const list = typeof fields === 'string' ? [fields] : (fields ?? []);
  return {
    ref: list.length ? `${provenance.file} › ${list.join(', ')}` : provenance.file,
    asOf: messagesFor(locale).importedOn(formatDate(provenance.importedAt.slice(0, 10), locale)),
  };
}

/** The columns of accounts.csv that hold a value for this account, for citing an overview. */
export function accountFieldsPresent(account: Account, fields: (keyof Account)[]): string[] {
  return fields.filter((f) => account[f] !== undefined && account[f] !== '').map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
}

/** The last QBR: the later of the account's last_qbr_date and its most recent QBR activity. */
export function lastQbrOf(account: Account, activities: readonly Activity[], today: string): { date: string; from: 'account' | Activity } | undefined {
  let best: { date: string; from: 'account' | Activity } | undefined = account.lastQbrDate && account.lastQbrDate <= today ? { date: account.lastQbrDate, from: 'account' } : undefined;
  for (const a of activities) {
    if (a.type === 'qbr' && a.date <= today && (!best || a.date > best.date)) best = { date: a.date, from: a };
  }
  return best;
}

/** The next QBR: scheduled in the data, if it is still ahead. */
export function nextQbrOf(account: Account, today: string): string | undefined {
  return account.nextQbrDate && account.nextQbrDate >= today ? account.nextQbrDate : undefined;
}

/** When the next QBR is due by cadence (quarterly unless the account says otherwise). */
export function qbrDueOf(account: Account, lastQbr: string | undefined): string | undefined {
  return lastQbr ? addMonths(lastQbr, account.qbrCadenceMonths ?? 3) : undefined;
}

const rolePriority: Record<ContactRole, number> = { decision_maker: 0, sponsor: 1, champion: 2, blocker: 3, influencer: 4, user: 5 };

/** The contacts that matter most: current ones first, by role, then influence. */
export function keyContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(
    (a, b) =>
      Number(a.leftCompany) - Number(b.leftCompany) ||
      (a.role ? rolePriority[a.role] : 9) - (b.role ? rolePriority[b.role] : 9) ||
      (b.influence ?? 0) - (a.influence ?? 0) ||
      byName(a.name, b.name),
  );
}

/** Revenue booked in [from, to), both plain dates, with the number of orders. */
export function revenueBetween(portfolio: Portfolio, accountId: string, from: string, to: string): { total: number; orders: number } {
  let total = 0;
  let orders = 0;
  for (const t of portfolio.transactionsOf(accountId)) {
    if (t.date >= from && t.date < to) {
      total += t.amount;
      orders++;
    }
  }
  return { total, orders };
}

export function lastOrderOf(portfolio: Portfolio, accountId: string, today: string) {
  const list = portfolio.transactionsOf(accountId);
  for (let i = list.length - 1; i >= 0; i--) if (list[i].date <= today) return list[i];
  return undefined;
}

export const daysUntil = (today: string, date: string) => daysBetween(today, date);

import { daysBetween } from '../dates.js';
import type { Account } from '../model.js';
import { byCode, byName } from './order.js';

/** When an account's contract renews and how many days are left (negative once past). */
export interface Renewal {
  date: string;
  daysLeft: number;
}

export function renewalOf(account: Account, today: string): Renewal | undefined {
  return account.renewalDate ? { date: account.renewalDate, daysLeft: daysBetween(today, account.renewalDate) } : undefined;
}

/** The accounts renewing within a span, soonest first. */
export function renewalsBetween(accounts: readonly Account[], from: string, until: string, today: string): { account: Account; renewal: Renewal }[] {
  const out: { account: Account; renewal: Renewal }[] = [];
  for (const account of accounts) {
    if (account.renewalDate && account.renewalDate >= from && account.renewalDate <= until) out.push({ account, renewal: renewalOf(account, today)! });
  }
  return out.sort((a, b) => byCode(a.renewal.date, b.renewal.date) || byName(a.account.name, b.account.name));
}

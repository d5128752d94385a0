import { addDays, addMonths } from '../dates.js';
import type { Account, Transaction } from '../model.js';
import type { Portfolio } from '../portfolio.js';

/** A span of calendar days, both ends included. */
export interface DateRange {
  from: string;
  until: string;
}

/** Money booked in a span: the total and the orders behind it. */
export interface Revenue {
  total: number;
  orders: number;
  /** One of the transactions, to cite the file it came from. */
  sample?: Transaction;
}

/** The twelve months up to and including today. */
export const trailingYear = (today: string): DateRange => ({ from: addDays(addMonths(today, -12), 1), until: today });

/** The same span a year earlier. */
export const yearBefore = (range: DateRange): DateRange => ({ from: addMonths(range.from, -12), until: addMonths(range.until, -12) });

/** What an account bought in a span (transactions are sorted, so this is two binary searches and a sum). */
export function revenueIn(portfolio: Portfolio, account: Account, range: DateRange): Revenue {
  const list = portfolio.transactionsOf(account.id);
  let total = 0;
  let orders = 0;
  let sample: Transaction | undefined;
  for (let i = firstOnOrAfter(list, range.from); i < list.length && list[i].date <= range.until; i++) {
    total += list[i].amount;
    orders++;
    sample ??= list[i];
  }
  return { total, orders, ...(sample ? { sample } : {}) };
}

/** Where an account's revenue is heading: the last 12 months against the 12 before, and the last quarter against the same quarter a year ago. */
export interface RevenueTrend {
  last12: Revenue;
  previous12: Revenue;
  /** Change of the last 12 months on the 12 before, as a fraction; undefined when there was nothing before. */
  change?: number;
  last3: Revenue;
  sameQuarterLastYear: Revenue;
  change3?: number;
  direction: 'growing' | 'stable' | 'falling' | 'new' | 'none';
}

const STABLE = 0.05;

export function revenueTrend(portfolio: Portfolio, account: Account, today: string): RevenueTrend {
  const year = trailingYear(today);
  const quarter = { from: addDays(addMonths(today, -3), 1), until: today };
  const last12 = revenueIn(portfolio, account, year);
  const previous12 = revenueIn(portfolio, account, yearBefore(year));
  const last3 = revenueIn(portfolio, account, quarter);
  const sameQuarterLastYear = revenueIn(portfolio, account, yearBefore(quarter));
  const change = changeOf(last12.total, previous12.total);
  const change3 = changeOf(last3.total, sameQuarterLastYear.total);
  const direction =
    !last12.orders && !previous12.orders ? 'none' : change === undefined ? 'new' : change > STABLE ? 'growing' : change < -STABLE ? 'falling' : 'stable';
  return {
    last12, previous12, last3, sameQuarterLastYear, direction,
    ...(change !== undefined ? { change } : {}),
    ...(change3 !== undefined ? { change3 } : {}),
  };
}

/** One calendar month of revenue: "2026-10". */
export interface MonthRevenue extends Revenue {
  month: string;
}

/** Revenue month by month over a span, months without orders included (as zero). */
export function monthlyRevenue(portfolio: Portfolio, account: Account, range: DateRange): MonthRevenue[] {
  const out: MonthRevenue[] = [];
  for (let month = range.from.slice(0, 7); month <= range.until.slice(0, 7); month = addMonths(`${month}-01`, 1).slice(0, 7)) {
    const from = month === range.from.slice(0, 7) ? range.from : `${month}-01`;
    const end = addDays(addMonths(`${month}-01`, 1), -1);
    out.push({ month, ...revenueIn(portfolio, account, { from, until: end < range.until ? end : range.until }) });
  }
  return out;
}

export function changeOf(now: number, before: number): number | undefined {
  return before > 0 ? now / before - 1 : undefined;
}

function firstOnOrAfter(list: readonly Transaction[], date: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

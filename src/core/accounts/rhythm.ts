import { daysBetween } from '../dates.js';
import type { Account, Transaction } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import { lastOrderOf } from './facts.js';
import { trailingYear } from './revenue.js';

/** How an account usually orders, and whether the last order fits that rhythm. */
export interface OrderingRhythm {
  lastOrder?: Transaction;
  daysSinceLastOrder?: number;
  /** The median number of days between order days over the last 12 months. */
  usualGapDays?: number;
  ordersLast12Months: number;
  /** 'late' past twice the usual gap, 'overdue' past four times. */
  status: 'on-rhythm' | 'late' | 'overdue' | 'too-few-orders' | 'no-orders';
}

/** The ordering rhythm of the last 12 months (the median gap, so one holiday pause does not skew it). */
export function orderingRhythmOf(portfolio: Portfolio, account: Account, today: string): OrderingRhythm {
  const lastOrder = lastOrderOf(portfolio, account.id, today);
  if (!lastOrder) return { ordersLast12Months: 0, status: 'no-orders' };
  const year = trailingYear(today);
  const inYear = portfolio.transactionsOf(account.id).filter((t) => t.date >= year.from && t.date <= year.until);
  const days = [...new Set(inYear.map((t) => t.date))];
  const daysSinceLastOrder = daysBetween(lastOrder.date, today);
  const base = { lastOrder, daysSinceLastOrder, ordersLast12Months: inYear.length };
  if (days.length < 3) return { ...base, status: 'too-few-orders' };
  const gaps = days.slice(1).map((d, i) => daysBetween(days[i], d)).sort((a, b) => a - b);
  const usualGapDays = gaps[Math.floor((gaps.length - 1) / 2)];
  const status = daysSinceLastOrder > 4 * usualGapDays ? 'overdue' : daysSinceLastOrder > 2 * usualGapDays ? 'late' : 'on-rhythm';
  return { ...base, usualGapDays, status };
}

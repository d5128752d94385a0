import { dayNumber, dayOfMonth, monthNumber, monthsBefore } from './days.js';
import { dedupeSorted, type Money } from './monthly.js';

/**
 * What the purchase signals need from an account's transactions, gathered in one
 * pass over them. Only transactions dated before asOf are read.
 */
export interface PurchaseHistory {
  asOfDay: number;
  /** Distinct order days (sales only), sorted, as day numbers. */
  orderDays: Int32Array;
  /** Net revenue per trailing month ending at asOf, oldest first (length = months asked for). */
  monthly: Float64Array;
  /**
   * Months of history to asOf, counting a partial first month: from `historyStart` when
   * given (the data is complete from then, so months without orders are real zeros),
   * otherwise from the account's first transaction (0 when it has none).
   */
  monthsOfHistory: number;
}

/** Reads the transactions once; `months` is how many trailing months of revenue to keep. */
export function purchaseHistory(transactions: readonly Money[], asOf: string, months: number, historyStart?: string): PurchaseHistory {
  const asOfDay = dayNumber(asOf);
  const asOfMonth = monthNumber(asOf);
  const asOfDom = dayOfMonth(asOf);
  const monthly = new Float64Array(months);
  const days = new Int32Array(transactions.length);
  let n = 0;
  let sorted = true;
  let oldest = historyStart && historyStart < asOf ? monthsBefore(historyStart, asOfMonth, asOfDom) : -1;
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i];
    const date = t.date;
    if (date >= asOf) continue;
    const back = monthsBefore(date, asOfMonth, asOfDom);
    if (back > oldest) oldest = back;
    if (back < months) monthly[months - 1 - back] += t.amount;
    if (t.amount > 0) {
      const d = dayNumber(date);
      if (n > 0 && d < days[n - 1]) sorted = false;
      days[n++] = d;
    }
  }
  const used = days.subarray(0, n);
  if (!sorted) used.sort();
  return { asOfDay, orderDays: dedupeSorted(used), monthly, monthsOfHistory: oldest + 1 };
}

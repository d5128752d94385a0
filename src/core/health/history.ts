import { dayNumber, dayOfMonth, daysFromCivil, isoOfDay, monthNumber, monthOfYear, monthsBefore, yearOf } from './days.js';
import type { Money } from './monthly.js';

/**
 * What the purchase signals need from an account's transactions, gathered in one
 * pass over them. Only transactions dated before asOf are read. Plain arrays, not typed
 * ones: a digest builds one history per account, and small typed arrays cost several
 * times more to create.
 */
export interface PurchaseHistory {
  asOfDay: number;
  /** Distinct order days (sales only), sorted, as day numbers: the first `orders` of the list. */
  orderDays: number[];
  /** How many order days there are (a reused history's list may be longer: see purchaseHistory). */
  orders: number;
  /** Net revenue per trailing month ending at asOf, oldest first (length = months asked for). */
  monthly: number[];
  /** Order days (distinct days with a sale) per trailing month, aligned with `monthly`. */
  monthlyOrders: number[];
  /**
   * Months of history to asOf, counting a partial first month: from `historyStart` when
   * given (the data is complete from then, so months without orders are real zeros),
   * otherwise from the account's first transaction (0 when it has none).
   */
  monthsOfHistory: number;
}

/**
 * Reads the transactions once; `months` is how many trailing months of revenue to keep.
 * With `reuse`, its lists are emptied and filled again and it is returned: the score reads
 * a history and forgets it before the next account, so one will do for a whole portfolio.
 */
export function purchaseHistory(transactions: readonly Money[], asOf: string, months: number, historyStart?: string, reuse?: PurchaseHistory): PurchaseHistory {
  const asOfDay = dayNumber(asOf);
  const asOfMonth = monthNumber(asOf);
  const asOfDom = dayOfMonth(asOf);
  // Lists written by index, their length set once at the end: emptying an array (length = 0) drops its storage.
  const monthly: number[] = reuse ? reuse.monthly : [];
  const monthlyOrders: number[] = reuse ? reuse.monthlyOrders : [];
  for (let i = 0; i < months; i++) {
    monthly[i] = 0;
    monthlyOrders[i] = 0;
  }
  if (monthly.length !== months) monthly.length = months;
  if (monthlyOrders.length !== months) monthlyOrders.length = months;
  const orderDays: number[] = reuse ? reuse.orderDays : [];
  let n = 0;
  let sorted = true;
  let oldest = historyStart && historyStart < asOf ? monthsBefore(historyStart, asOfMonth, asOfDom) : -1;
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i];
    // Each date is read once, as numbers: comparing date strings costs more than parsing them.
    const y = yearOf(t.date);
    const m = monthOfYear(t.date);
    const d = dayOfMonth(t.date);
    const day = daysFromCivil(y, m, d);
    if (day >= asOfDay) continue;
    // Whole months before asOf, counted to asOf's day of the month (see monthsBefore).
    const back = d >= asOfDom ? asOfMonth - (y * 12 + m - 1) - 1 : asOfMonth - (y * 12 + m - 1);
    if (back > oldest) oldest = back;
    if (back < months) monthly[months - 1 - back] += t.amount;
    if (t.amount <= 0) continue;
    // Several sales on one day are one order; in date order, a repeat is the previous day.
    if (n === 0 || day > orderDays[n - 1]) {
      orderDays[n++] = day;
      if (back < months) monthlyOrders[months - 1 - back]++;
    } else if (day < orderDays[n - 1]) {
      sorted = false;
      orderDays[n++] = day;
    }
  }
  // A reused list keeps its length (shortening an array gives its storage back, and the next account would grow it again).
  if (!reuse && orderDays.length !== n) orderDays.length = n;
  if (!sorted) {
    // Out of date order, a day may have been counted twice: count the distinct days again.
    n = distinctSorted(orderDays, n);
    monthlyOrders.fill(0);
    for (let i = 0; i < n; i++) {
      const back = monthsBefore(isoOfDay(orderDays[i]), asOfMonth, asOfDom);
      if (back < months) monthlyOrders[months - 1 - back]++;
    }
  }
  if (!reuse) return { asOfDay, orderDays, orders: n, monthly, monthlyOrders, monthsOfHistory: oldest + 1 };
  reuse.orders = n;
  reuse.asOfDay = asOfDay;
  reuse.monthsOfHistory = oldest + 1;
  return reuse;
}

/**
 * Sorts the first `n` values of a list and keeps each once, in place: how many there are
 * then. A list holding only those n is cut to the distinct ones.
 */
function distinctSorted(values: number[], n: number): number {
  const whole = values.length === n;
  if (!whole) {
    // Sort only the first n: the same order as sorting a list of those n.
    const head = values.slice(0, n).sort((a, b) => a - b);
    for (let i = 0; i < n; i++) values[i] = head[i];
  } else values.sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < n; r++) if (w === 0 || values[r] !== values[w - 1]) values[w++] = values[r];
  if (whole) values.length = w;
  return w;
}

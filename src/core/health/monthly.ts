import { dayNumber, dayOfMonth, monthNumber, monthsBefore } from './days.js';

/** The part of a transaction the revenue helpers read. Negative amounts are cancellations or credits. */
export interface Money {
  date: string;
  amount: number;
}

/**
 * Net revenue per calendar month for the dates in [from, to), oldest month first:
 * index 0 is the month of `from`, the last index the month of the day before `to`.
 * Months with no transactions are 0; a month whose credits exceed its sales is negative.
 */
export function calendarMonthlyRevenue(transactions: readonly Money[], from: string, to: string): number[] {
  const first = monthNumber(from);
  const last = monthNumber(to) - (dayOfMonth(to) === 1 ? 1 : 0);
  const out = new Array<number>(Math.max(0, last - first + 1)).fill(0);
  for (const t of transactions) {
    if (t.date < from || t.date >= to) continue;
    out[monthNumber(t.date) - first] += t.amount;
  }
  return out;
}

/**
 * Net revenue of the `months` whole months that end at asOf (exclusive), oldest first.
 * With asOf on the 1st of a month these are the previous calendar months; otherwise
 * each "month" runs from one day-of-month to the same day of the next month, so the
 * most recent purchases always count.
 */
export function trailingMonthlyRevenue(transactions: readonly Money[], asOf: string, months: number): Float64Array {
  const out = new Float64Array(months);
  const asOfMonth = monthNumber(asOf);
  const asOfDom = dayOfMonth(asOf);
  for (const t of transactions) {
    if (t.date >= asOf) continue;
    const back = monthsBefore(t.date, asOfMonth, asOfDom);
    if (back < months) out[months - 1 - back] += t.amount;
  }
  return out;
}

/**
 * Days (as day numbers) on which there was at least one sale (positive amount)
 * before asOf, sorted, without repeats. Several invoices on one day are one order.
 */
export function orderDays(transactions: readonly Money[], asOf: string): Int32Array {
  const days = new Int32Array(transactions.length);
  let n = 0;
  let sorted = true;
  for (const t of transactions) {
    if (t.amount <= 0 || t.date >= asOf) continue;
    const d = dayNumber(t.date);
    if (n > 0 && d < days[n - 1]) sorted = false;
    days[n++] = d;
  }
  const used = days.subarray(0, n);
  if (!sorted) used.sort();
  return dedupeSorted(used);
}

/** Removes repeats from a sorted array, in place; returns the distinct prefix. */
export function dedupeSorted(days: Int32Array): Int32Array {
  if (days.length < 2) return days;
  let w = 1;
  for (let r = 1; r < days.length; r++) if (days[r] !== days[w - 1]) days[w++] = days[r];
  return days.subarray(0, w);
}

/** The median of a list of numbers (NaN for an empty list). Does not change the input. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  if (n === 1) return values[0];
  // Insertion sort of a copy: the lists are a dozen gaps, for which it beats sort().
  const copy: number[] = [];
  for (let i = 0; i < n; i++) insertSorted(copy, i, values[i]);
  return middleOf(copy, n);
}

/** Puts `v` into the first `count` values of `sorted` (ascending), which then hold count + 1. */
function insertSorted(sorted: number[], count: number, v: number): void {
  let j = count;
  while (j > 0 && sorted[j - 1] > v) {
    sorted[j] = sorted[j - 1];
    j--;
  }
  sorted[j] = v;
}

/** The median of the first `count` values of a sorted list. */
function middleOf(sorted: readonly number[], count: number): number {
  const mid = count >> 1;
  return count % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The median number of days between consecutive orders, over the last `lastGaps`
 * gaps (so that the rhythm follows the account as it changes). NaN with fewer than two orders.
 */
export function medianGap(sortedDays: ArrayLike<number>, lastGaps = Infinity, length = sortedDays.length): number {
  const n = length;
  if (n < 2) return NaN;
  const count = Math.min(n - 1, lastGaps);
  // The gaps go straight into one reused list, in order (insertion sort): no list per account.
  for (let i = 0; i < count; i++) insertSorted(scratchGaps, i, sortedDays[n - 1 - i] - sortedDays[n - 2 - i]);
  return middleOf(scratchGaps, count);
}

/** medianGap's working list: it only grows, and nothing keeps it between calls. */
const scratchGaps: number[] = [];

/**
 * Coefficient of variation (population standard deviation ÷ mean) of monthly revenue,
 * the classic XYZ measure. Negative months count as 0. Infinity when the mean is 0.
 */
export function coefficientOfVariation(values: ArrayLike<number>, from = 0, to = values.length): number {
  const n = to - from;
  if (n <= 0) return NaN;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] > 0 ? values[i] : 0;
  const mean = sum / n;
  if (mean <= 0) return Infinity;
  let sq = 0;
  for (let i = from; i < to; i++) {
    const d = (values[i] > 0 ? values[i] : 0) - mean;
    sq += d * d;
  }
  return Math.sqrt(sq / n) / mean;
}

/** Sum of a slice of a series. */
export function sumOf(values: ArrayLike<number>, from = 0, to = values.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i];
  return s;
}

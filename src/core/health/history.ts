import { dayNumber, dayOfMonth, daysFromCivil, monthNumber, monthOfYear, monthsBefore, yearOf } from './days.js';
import type { Money } from './monthly.js';

/**
 * An account's transactions as columns of numbers, each date read once: a portfolio's
 * are kept this way so that every score, ABC-XYZ pass and week-ago recomputation reads
 * integers instead of parsing the same date strings again. The account's transactions
 * are the indexes [from, to) of the columns, in the order they were given.
 */
export interface Purchases {
  /** Day numbers (days since 1970-01-01). */
  days: Int32Array;
  /** Month numbers (year × 12 + month − 1). */
  months: Int32Array;
  /** Days of the month, 1–31. */
  monthDays: Uint8Array;
  amounts: Float64Array;
  from: number;
  to: number;
}

/** Reads transactions into columns; several accounts' can share the columns, each with its own range. */
export function writePurchases(transactions: readonly Money[], into: Omit<Purchases, 'from' | 'to'>, at: number): number {
  const { days, months, monthDays, amounts } = into;
  let k = at;
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i];
    const y = yearOf(t.date);
    const m = monthOfYear(t.date);
    const d = dayOfMonth(t.date);
    days[k] = daysFromCivil(y, m, d);
    months[k] = y * 12 + m - 1;
    monthDays[k] = d;
    amounts[k] = t.amount;
    k++;
  }
  return k;
}

/** One account's transactions as columns of their own. */
export function purchasesOf(transactions: readonly Money[]): Purchases {
  const n = transactions.length;
  const p: Purchases = { days: new Int32Array(n), months: new Int32Array(n), monthDays: new Uint8Array(n), amounts: new Float64Array(n), from: 0, to: n };
  writePurchases(transactions, p, 0);
  return p;
}

/**
 * What the purchase signals need from an account's transactions, gathered in one
 * pass over them. Only transactions dated before asOf are read. Plain arrays, not typed
 * ones: a digest builds one history per account, and small typed arrays cost several
 * times more to create.
 */
export interface PurchaseHistory {
  asOfDay: number;
  /** Distinct order days (sales only), sorted, as day numbers. */
  orderDays: number[];
  /** Net revenue per trailing month ending at asOf, oldest first (length = months asked for). */
  monthly: number[];
  /**
   * Months of history to asOf, counting a partial first month: from `historyStart` when
   * given (the data is complete from then, so months without orders are real zeros),
   * otherwise from the account's first transaction (0 when it has none).
   */
  monthsOfHistory: number;
}

/** Reads the transactions once; `months` is how many trailing months of revenue to keep. */
export function purchaseHistory(transactions: readonly Money[] | Purchases, asOf: string, months: number, historyStart?: string): PurchaseHistory {
  const h = new HistoryBuilder(asOf, months, historyStart);
  if ('days' in transactions) {
    const { days, months: monthOf, monthDays, amounts, to } = transactions;
    for (let i = transactions.from; i < to; i++) h.add(days[i], monthOf[i], monthDays[i], amounts[i]);
  } else {
    // Read straight from the strings: columns would cost more to build than they save for one pass.
    for (let i = 0; i < transactions.length; i++) {
      const t = transactions[i];
      const y = yearOf(t.date);
      const m = monthOfYear(t.date);
      const d = dayOfMonth(t.date);
      h.add(daysFromCivil(y, m, d), y * 12 + m - 1, d, t.amount);
    }
  }
  return h.history();
}

/** Gathers a history one transaction at a time, in any order. */
class HistoryBuilder {
  private readonly asOfDay: number;
  private readonly asOfMonth: number;
  private readonly asOfDom: number;
  private readonly monthly: number[] = [];
  private readonly orderDays: number[] = [];
  private sorted = true;
  private oldest: number;

  constructor(asOf: string, private readonly months: number, historyStart: string | undefined) {
    this.asOfDay = dayNumber(asOf);
    this.asOfMonth = monthNumber(asOf);
    this.asOfDom = dayOfMonth(asOf);
    for (let i = 0; i < months; i++) this.monthly.push(0);
    this.oldest = historyStart && historyStart < asOf ? monthsBefore(historyStart, this.asOfMonth, this.asOfDom) : -1;
  }

  add(day: number, month: number, dayOfTheMonth: number, amount: number): void {
    if (day >= this.asOfDay) return;
    // Whole months before asOf, counted to asOf's day of the month (see monthsBefore).
    const back = dayOfTheMonth >= this.asOfDom ? this.asOfMonth - month - 1 : this.asOfMonth - month;
    if (back > this.oldest) this.oldest = back;
    if (back < this.months) this.monthly[this.months - 1 - back] += amount;
    if (amount <= 0) return;
    // Several sales on one day are one order; in date order, a repeat is the previous day.
    const orders = this.orderDays;
    const n = orders.length;
    if (n === 0 || day > orders[n - 1]) orders.push(day);
    else if (day < orders[n - 1]) {
      this.sorted = false;
      orders.push(day);
    }
  }

  history(): PurchaseHistory {
    const orderDays = this.sorted ? this.orderDays : distinctSorted(this.orderDays);
    return { asOfDay: this.asOfDay, orderDays, monthly: this.monthly, monthsOfHistory: this.oldest + 1 };
  }
}

/** The distinct values of a list, sorted; changes the list. */
function distinctSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < values.length; r++) if (w === 0 || values[r] !== values[w - 1]) values[w++] = values[r];
  values.length = w;
  return values;
}

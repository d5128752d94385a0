/**
 * Facts about the whole portfolio that every account's health needs: its transactions
 * as columns of numbers, where the transaction history starts, and each account's
 * ABC-XYZ class among all accounts. All are read from every transaction, so they are
 * worked out once per portfolio (a Portfolio never changes: an import builds a new one)
 * and per as-of day.
 */
import { dayNumber, dayOfMonth, monthNumber } from '../health/days.js';
import { writePurchases, type Purchases } from '../health/history.js';
import { classifyAbcXyz, type AbcXyz, type RevenueSeries } from '../health/index.js';
import type { Portfolio } from '../portfolio.js';
import { inReportingCurrency, type RiskSettings } from './settings.js';

type Money = Pick<RiskSettings, 'fxRates' | 'reportingCurrency'>;

interface Facts {
  purchases?: ReadonlyMap<string, Purchases>;
  historyStart?: string;
  abcXyz?: { asOf: string; money: Money; byAccount: ReadonlyMap<string, AbcXyz> };
}

// Keyed by the immutable Portfolio, so a new import never sees the old facts and the old ones are collected with it.
const cache = new WeakMap<Portfolio, Facts>();

function factsOf(portfolio: Portfolio): Facts {
  let facts = cache.get(portfolio);
  if (!facts) cache.set(portfolio, (facts = {}));
  return facts;
}

const NONE: Purchases = { days: new Int32Array(0), months: new Int32Array(0), monthDays: new Uint8Array(0), amounts: new Float64Array(0), from: 0, to: 0 };

/**
 * Every account's transactions as columns (day, month, day of the month, amount),
 * oldest first, read once per portfolio: about 17 bytes a transaction, kept with it.
 */
export function purchasesIn(portfolio: Portfolio): ReadonlyMap<string, Purchases> {
  const facts = factsOf(portfolio);
  if (facts.purchases) return facts.purchases;
  let total = 0;
  for (const id of portfolio.accounts.keys()) total += portfolio.transactionsOf(id).length;
  const columns = { days: new Int32Array(total), months: new Int32Array(total), monthDays: new Uint8Array(total), amounts: new Float64Array(total) };
  const byAccount = new Map<string, Purchases>();
  let at = 0;
  for (const id of portfolio.accounts.keys()) {
    const from = at;
    at = writePurchases(portfolio.transactionsOf(id), columns, at);
    // A literal, not a spread: objects made by spreading are slow to read in the loops over them.
    byAccount.set(id, { days: columns.days, months: columns.months, monthDays: columns.monthDays, amounts: columns.amounts, from, to: at });
  }
  facts.purchases = byAccount;
  return byAccount;
}

/** An account's transactions as columns (none for an account the portfolio does not know). */
export const purchasesOfAccount = (portfolio: Portfolio, accountId: string): Purchases => purchasesIn(portfolio).get(accountId) ?? NONE;

/**
 * The first transaction date of the import: from then on the history is complete, so
 * a month without orders is a real zero for the trend and regularity of every account.
 * (Transactions of accounts no longer in accounts.csv are not looked at.)
 */
export function historyStartOf(portfolio: Portfolio): string | undefined {
  const facts = factsOf(portfolio);
  if (!('historyStart' in facts)) {
    let first: string | undefined;
    // Each account's transactions are sorted by date: its first is its earliest.
    for (const id of portfolio.accounts.keys()) {
      const date = portfolio.transactionsOf(id)[0]?.date;
      if (date !== undefined && (first === undefined || date < first)) first = date;
    }
    facts.historyStart = first;
  }
  return facts.historyStart;
}

/**
 * Each account's ABC-XYZ class over the 12 months before asOf, ranked against every
 * account of the portfolio by revenue in the reporting currency (an account billed in
 * złoty is not ten times bigger than one billed in euros).
 */
export function abcXyzOf(portfolio: Portfolio, asOf: string, money: Money): ReadonlyMap<string, AbcXyz> {
  const facts = factsOf(portfolio);
  if (facts.abcXyz?.asOf === asOf && facts.abcXyz.money === money) return facts.abcXyz.byAccount;
  const asOfMonth = monthNumber(asOf);
  const asOfDom = dayOfMonth(asOf);
  const asOfDay = dayNumber(asOf);
  const purchases = purchasesIn(portfolio);
  const series: RevenueSeries[] = [];
  for (const account of portfolio.accounts.values()) {
    const monthly: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { days, months, monthDays, amounts, from, to } = purchases.get(account.id) ?? NONE;
    // Oldest first: walk back from the latest and stop at the first older than 12 months.
    for (let i = to - 1; i >= from; i--) {
      if (days[i] >= asOfDay) continue;
      const back = monthDays[i] >= asOfDom ? asOfMonth - months[i] - 1 : asOfMonth - months[i];
      if (back >= 12) break;
      monthly[11 - back] += amounts[i];
    }
    const rate = inReportingCurrency(1, account.currency, money);
    if (rate !== 1) for (let i = 0; i < 12; i++) monthly[i] *= rate;
    series.push({ accountId: account.id, monthlyRevenue: monthly });
  }
  const byAccount = new Map(classifyAbcXyz(series).map((c) => [c.accountId, c]));
  facts.abcXyz = { asOf, money, byAccount };
  return byAccount;
}

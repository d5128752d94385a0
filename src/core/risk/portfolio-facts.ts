/**
 * Facts about the whole portfolio that every account's health needs: where the
 * transaction history starts, each account's ABC-XYZ class among all accounts, and the
 * revenue of every account that an account's volume is compared with. All are read
 * from every transaction, so they are worked out once per portfolio (a Portfolio never
 * changes: an import builds a new one) and per as-of day.
 */
import { dayOfMonth, monthNumber, monthOfYear, yearOf } from '../health/days.js';
import { classifyAbcXyz, peerRevenueOf, type AbcXyz, type PeerRevenue, type RevenueSeries } from '../health/index.js';
import type { Portfolio } from '../portfolio.js';
import { inReportingCurrency, type RiskSettings } from './settings.js';

type Money = Pick<RiskSettings, 'fxRates' | 'reportingCurrency'>;

interface Sizes {
  money: Money;
  byAccount: ReadonlyMap<string, AbcXyz>;
  peers: PeerRevenue;
}

interface Facts {
  historyStart?: string;
  /** By as-of day: a digest scores this week and, without a snapshot, last week too. */
  sizes: Map<string, Sizes>;
}

/** As-of days whose sizes are kept per portfolio (a digest needs two; questions a few more). */
const KEPT_DAYS = 4;

// Keyed by the immutable Portfolio, so a new import never sees the old facts and the old ones are collected with it.
const cache = new WeakMap<Portfolio, Facts>();

function factsOf(portfolio: Portfolio): Facts {
  let facts = cache.get(portfolio);
  if (!facts) cache.set(portfolio, (facts = { sizes: new Map() }));
  return facts;
}

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
  return sizesOf(portfolio, asOf, money).byAccount;
}

/** The revenue of the 12 months before asOf of every account with any, in the reporting currency: what volume compares with. */
export function peerRevenueIn(portfolio: Portfolio, asOf: string, money: Money): PeerRevenue {
  return sizesOf(portfolio, asOf, money).peers;
}

function sizesOf(portfolio: Portfolio, asOf: string, money: Money): Sizes {
  const { sizes } = factsOf(portfolio);
  const known = sizes.get(asOf);
  if (known?.money === money) return known;
  const asOfMonth = monthNumber(asOf);
  const asOfDom = dayOfMonth(asOf);
  const asOfKey = yearOf(asOf) * 10_000 + monthOfYear(asOf) * 100 + asOfDom;
  const series: RevenueSeries[] = [];
  // forEach rather than for…of over the Map: no iterator result per account.
  portfolio.accounts.forEach((account) => {
    const monthly: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { transactions } = portfolio.recordsOf(account.id);
    // Oldest first: walk back from the latest and stop at the first older than 12 months.
    for (let i = transactions.length - 1; i >= 0; i--) {
      const t = transactions[i];
      // Dates as numbers (YYYYMMDD): comparing the strings costs more than reading their digits.
      const y = yearOf(t.date);
      const m = monthOfYear(t.date);
      const d = dayOfMonth(t.date);
      if (y * 10_000 + m * 100 + d >= asOfKey) continue;
      const back = d >= asOfDom ? asOfMonth - (y * 12 + m - 1) - 1 : asOfMonth - (y * 12 + m - 1);
      if (back >= 12) break;
      monthly[11 - back] += t.amount;
    }
    const rate = inReportingCurrency(1, account.currency, money);
    if (rate !== 1) for (let i = 0; i < 12; i++) monthly[i] *= rate;
    series.push({ accountId: account.id, monthlyRevenue: monthly });
  });
  const byAccount = new Map<string, AbcXyz>();
  const classes = classifyAbcXyz(series);
  for (const c of classes) byAccount.set(c.accountId, c);
  const computed: Sizes = { money, byAccount, peers: peerRevenueOf(classes.map((c) => c.revenue)) };
  sizes.delete(asOf);
  if (sizes.size >= KEPT_DAYS) sizes.delete(sizes.keys().next().value as string);
  sizes.set(asOf, computed);
  return computed;
}

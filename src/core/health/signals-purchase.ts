/**
 * Signals read from purchases: is the customer buying on its usual rhythm, is revenue
 * growing or shrinking, how steady is it (the XYZ measure), and how much does it buy
 * from us next to the portfolio's other accounts.
 */
import { ramp, type HealthConfig } from './settings.js';
import { isoOfDay } from './days.js';
import type { PurchaseHistory } from './history.js';
import { coefficientOfVariation, medianGap, sumOf } from './monthly.js';
import { measured, missing, type Measured, type PeerRevenue } from './types.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Months of revenue the volume signal compares: the twelve ABC ranks accounts by. */
export const VOLUME_MONTHS = 12;

/** Months of trailing revenue the purchase signals need, so the history is read once. */
export function monthsNeeded(c: HealthConfig): number {
  const trend = c.trend.basis === 'year_ago' ? 12 + c.trend.months : 2 * c.trend.months;
  return Math.max(trend, c.regularity.months, VOLUME_MONTHS);
}

/**
 * Buying occasions: order days, with orders placed within `days` days of an occasion's
 * first order folded into it (split deliveries and corrections are not a rhythm).
 */
export function occasions(orderDays: ArrayLike<number>, days: number): ArrayLike<number> {
  if (days <= 1 || orderDays.length < 2) return orderDays;
  const out: number[] = [];
  for (let i = 0; i < orderDays.length; i++) if (out.length === 0 || orderDays[i] - out[out.length - 1] >= days) out.push(orderDays[i]);
  return out;
}

/**
 * occasions() of the first `count` order days, into a reused list: how many occasions there
 * are. When there are as many as order days they are the order days themselves.
 */
function occasionsInto(orderDays: ArrayLike<number>, count: number, days: number, out: number[]): number {
  if (days <= 1 || count < 2) return count;
  let n = 0;
  for (let i = 0; i < count; i++) if (n === 0 || orderDays[i] - out[n - 1] >= days) out[n++] = orderDays[i];
  return n;
}

/** recencySignal's working list of occasions: reused, so that scoring a portfolio builds none per account. */
const scratchOccasions: number[] = [];

/**
 * Days since the last order measured in the account's own rhythm: the median gap between
 * its recent buying occasions, never taken as shorter than `minGapDays`. Up to
 * `graceRatio` gaps without an order is on rhythm; beyond, each `halfLifeRatio` gaps
 * halves it. A rhythm needs repeat orders to be believed, so this is multiplied by the
 * confidence in it, (gaps + evidenceGaps × unprovenScore) / (gaps + evidenceGaps): a
 * single order (whose ratio is taken against `priorGapDays`) scores at most
 * `unprovenScore`, and the doubt fades as gaps are observed.
 * Value: days since the last order ÷ usual gap.
 */
export function recencySignal(h: PurchaseHistory, c: HealthConfig['recency']): Measured {
  const n = occasionsInto(h.orderDays, h.orders, c.occasionDays, scratchOccasions);
  const days = n === h.orders ? h.orderDays : scratchOccasions;
  if (n === 0) return missing('health.missing.no_orders');
  const last = h.orderDays[h.orders - 1];
  const daysSince = h.asOfDay - last;
  const gaps = Math.min(n - 1, c.rhythmGaps);
  const observed = n >= 2 ? medianGap(days, c.rhythmGaps, n) : c.priorGapDays;
  const usual = Math.max(c.minGapDays, observed);
  const ratio = daysSince / usual;
  const own = ratio <= c.graceRatio ? 1 : Math.pow(2, -(ratio - c.graceRatio) / c.halfLifeRatio);
  const confidence = (gaps + c.evidenceGaps * c.unprovenScore) / (gaps + c.evidenceGaps);
  const params: Record<string, number | string | boolean> = {
    daysSince,
    lastOrder: isoOfDay(last),
    usualGapDays: Math.round(usual),
    ratio: round1(ratio),
    orders: n,
    confidencePct: Math.round(confidence * 100),
  };
  // A customer buying more often than the floor is judged against the floor: "at least every 30 days", not "every 30 days".
  if (n >= 2 && observed < usual) params.atLeast = true;
  if (n === 1) return measured(ratio, own * confidence, 'health.recency.single_order', params);
  const key = ratio <= c.graceRatio ? 'health.recency.on_rhythm' : 'health.recency.overdue';
  return measured(ratio, own * confidence, key, params);
}

/** Months between the compared spans: the span's own length, or a year. */
const lagOf = (c: HealthConfig['trend'], months: number): number => (c.basis === 'year_ago' ? 12 : months);

/**
 * Revenue of the last `months` months against the span before it (or the same span a
 * year earlier). Needs a full earlier span with revenue in it, and at least
 * `minRecentOrders` and `minEarlierOrders` order days in the two spans: between a
 * single order and another, revenue "grows" or "falls" by chance, and a recent span
 * with no order at all is what recency already reports. Value: recent ÷ earlier.
 */
export function trendSignal(h: PurchaseHistory, c: HealthConfig['trend']): Measured {
  let months = c.months;
  if (h.monthsOfHistory < months + lagOf(c, months) && months > 3) months = 3;
  if (h.monthsOfHistory < months + lagOf(c, months)) {
    return missing('health.missing.short_history', { months: h.monthsOfHistory, minMonths: months + lagOf(c, 3) });
  }
  const len = h.monthly.length;
  const recent = sumOf(h.monthly, len - months, len);
  const earlier = sumOf(h.monthly, len - months - lagOf(c, months), len - lagOf(c, months));
  if (earlier <= 0) return missing('health.missing.no_baseline', { months });
  const recentOrders = sumOf(h.monthlyOrders, len - months, len);
  const earlierOrders = sumOf(h.monthlyOrders, len - months - lagOf(c, months), len - lagOf(c, months));
  if (recentOrders < c.minRecentOrders || earlierOrders < c.minEarlierOrders) {
    return missing('health.missing.few_orders', { months, basis: c.basis, recentOrders, earlierOrders, minRecent: c.minRecentOrders, minEarlier: c.minEarlierOrders });
  }
  const ratio = Math.max(0, recent) / earlier;
  const score = ramp(ratio, c.zeroAt, c.fullAt);
  const key = ratio >= 1.1 ? 'health.trend.growing' : ratio >= 0.9 ? 'health.trend.stable' : 'health.trend.falling';
  return measured(ratio, score, key, {
    months,
    basis: c.basis,
    recent: Math.round(recent),
    earlier: Math.round(earlier),
    changePct: Math.round((ratio - 1) * 100),
  });
}

/** The XYZ class of a coefficient of variation. */
export function xyzOf(cv: number, xMax = 0.5, yMax = 1): 'X' | 'Y' | 'Z' {
  return cv <= xMax ? 'X' : cv <= yMax ? 'Y' : 'Z';
}

const regularityKeys = { X: 'health.regularity.x', Y: 'health.regularity.y', Z: 'health.regularity.z' } as const;

/**
 * Coefficient of variation of monthly revenue over the last `months` months (or since
 * the first transaction, if later). X scores 1; above that it falls to 0 at `zeroAt`.
 * Value: the coefficient of variation (Infinity when there was no revenue at all).
 */
export function regularitySignal(h: PurchaseHistory, c: HealthConfig['regularity']): Measured {
  const months = Math.min(c.months, h.monthsOfHistory);
  if (months < c.minMonths) return missing('health.missing.short_history', { months: h.monthsOfHistory, minMonths: c.minMonths });
  const len = h.monthly.length;
  let active = 0;
  for (let i = len - months; i < len; i++) if (h.monthly[i] > 0) active++;
  const cv = coefficientOfVariation(h.monthly, len - months, len);
  if (!Number.isFinite(cv)) return measured(cv, 0, 'health.regularity.no_revenue', { months });
  const xyz = xyzOf(cv, c.xMax, c.yMax);
  const score = cv <= c.xMax ? 1 : ramp(cv, c.zeroAt, c.xMax);
  return measured(cv, score, regularityKeys[xyz], { xyz, cv: Math.round(cv * 100) / 100, months, activeMonths: active });
}

/**
 * Revenue of the last `months` entries of a monthly series, months of net credit counting
 * as 0: the revenue ABC ranks accounts by, and the volume signal compares.
 */
export function recentRevenue(monthly: ArrayLike<number>, months = VOLUME_MONTHS): number {
  let revenue = 0;
  for (let i = Math.max(0, monthly.length - months); i < monthly.length; i++) if (monthly[i] > 0) revenue += monthly[i];
  return revenue;
}

/** A portfolio's revenues (one per account, in one currency) as the volume signal compares with: those above 0, sorted. */
export function peerRevenueOf(revenues: Iterable<number>): PeerRevenue {
  const positive: number[] = [];
  for (const r of revenues) if (r > 0) positive.push(r);
  return { sorted: Float64Array.from(positive).sort() };
}

/** How many of the sorted values are below x (binary search). */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How much the account bought in the last 12 months next to the portfolio's other
 * accounts: the share of accounts with revenue that bought less. A customer that buys
 * little from us has few ties to break and is easily won by a competitor; the bigger
 * accounts of a portfolio are the ones with the deepest relationships. At or above
 * `fullAt` it scores 1; below, in proportion. No revenue in the 12 months scores 0.
 * Value: the share of accounts that bought less (0–1).
 */
export function volumeSignal(h: PurchaseHistory, peers: PeerRevenue | undefined, rate: number, c: HealthConfig['volume']): Measured {
  const accounts = peers ? peers.sorted.length : 0;
  if (!peers || accounts < c.minAccounts) return missing('health.missing.few_accounts', { accounts, minAccounts: c.minAccounts });
  const own = recentRevenue(h.monthly);
  if (!(own > 0)) return measured(0, 0, 'health.volume.none', { months: VOLUME_MONTHS });
  // Its own entry among the peers may differ in the last digits (converted month by month there): never "below" itself.
  const share = countBelow(peers.sorted, own * rate * (1 - 1e-9)) / accounts;
  const score = ramp(share, 0, c.fullAt);
  const key = share >= 0.5 ? 'health.volume.large' : 'health.volume.small';
  return measured(share, score, key, { revenue: Math.round(own), months: VOLUME_MONTHS, sharePct: Math.floor(share * 100), accounts });
}

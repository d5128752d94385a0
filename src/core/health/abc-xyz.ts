/**
 * ABC-XYZ analysis of a portfolio: ABC ranks accounts by revenue (A = the few that make
 * most of it), XYZ by how steady their monthly revenue is. Together they suggest a tier.
 */
import type { Tier } from '../model.js';
import { coefficientOfVariation } from './monthly.js';
import type { Explanation } from './types.js';

export type Abc = 'A' | 'B' | 'C';
export type Xyz = 'X' | 'Y' | 'Z';

export interface RevenueSeries {
  accountId: string;
  /** Net revenue per month, oldest first, with 0 for months without revenue. */
  monthlyRevenue: readonly number[];
}

export interface AbcXyzOptions {
  /** How many of the latest months to use (default 12). */
  months?: number;
  /** Cumulative revenue share closing A (default 0.8) and B (default 0.95). */
  aShare?: number;
  bShare?: number;
  /** Coefficient of variation limits of X (default 0.5) and Y (default 1.0). */
  xMax?: number;
  yMax?: number;
}

export interface AbcXyz {
  accountId: string;
  abc: Abc;
  xyz: Xyz;
  /** Coefficient of variation of monthly revenue (population); Infinity without revenue. */
  cv: number;
  /** Revenue over the months used (negative months count as 0). */
  revenue: number;
  /** This account's share of the portfolio's revenue, 0–1. */
  share: number;
  /** Share of revenue of the accounts ranked above this one, 0–1. */
  shareBefore: number;
}

/**
 * Classifies every account; the result is in the order of the input. An account is A
 * while the accounts ranked above it make less than `aShare` of the revenue (so the one
 * that crosses 80% is still A), B while they make less than `bShare`, C after that;
 * accounts without revenue are always C and Z. Ties in revenue rank by account id.
 */
export function classifyAbcXyz(accounts: readonly RevenueSeries[], options: AbcXyzOptions = {}): AbcXyz[] {
  const { months = 12, aShare = 0.8, bShare = 0.95, xMax = 0.5, yMax = 1 } = options;
  const rows = accounts.map((a) => {
    const series = a.monthlyRevenue;
    const from = Math.max(0, series.length - months);
    let revenue = 0;
    for (let i = from; i < series.length; i++) if (series[i] > 0) revenue += series[i];
    const cv = series.length > from ? coefficientOfVariation(series, from, series.length) : Infinity;
    const xyz: Xyz = cv <= xMax ? 'X' : cv <= yMax ? 'Y' : 'Z';
    return { accountId: a.accountId, abc: 'C' as Abc, xyz, cv, revenue, share: 0, shareBefore: 0 };
  });
  const total = rows.reduce((s, r) => s + r.revenue, 0);
  if (total <= 0) return rows;
  const ranked = [...rows].sort((a, b) => b.revenue - a.revenue || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  let before = 0;
  for (const r of ranked) {
    r.share = r.revenue / total;
    r.shareBefore = before;
    r.abc = r.revenue <= 0 ? 'C' : before < aShare ? 'A' : before < bShare ? 'B' : 'C';
    before += r.share;
  }
  return rows;
}

export interface TierContext {
  /** Growth potential judged by the account team; 'high' moves the suggestion one tier up. */
  potential?: 'high' | 'normal' | 'low';
}

export interface TierSuggestion {
  tier: Tier;
  reason: Explanation;
}

const up: Record<Tier, Tier> = { prospect: 'normal', normal: 'strategic', strategic: 'strategic' };

/**
 * A tier to start the discussion from (Bacon's strategic / normal / prospect):
 * A with steady or regular buying (AX, AY) → strategic; A irregular and B steady or
 * regular (AZ, BX, BY) → normal; the rest (BZ, C*) → prospect. High potential moves it up one.
 * Reason keys: tier.reason.a_steady, a_irregular, b_steady, b_irregular, c_tail, high_potential;
 * params: abc, xyz (and base, the tier before the potential was considered).
 */
export function suggestTier(abc: Abc, xyz: Xyz, context: TierContext = {}): TierSuggestion {
  const steady = xyz !== 'Z';
  let tier: Tier;
  let reason: string;
  if (abc === 'A') [tier, reason] = steady ? ['strategic', 'a_steady'] : ['normal', 'a_irregular'];
  else if (abc === 'B') [tier, reason] = steady ? ['normal', 'b_steady'] : ['prospect', 'b_irregular'];
  else [tier, reason] = ['prospect', 'c_tail'];
  if (context.potential === 'high' && tier !== 'strategic') {
    return { tier: up[tier], reason: { key: 'tier.reason.high_potential', params: { abc, xyz, base: tier } } };
  }
  return { tier, reason: { key: `tier.reason.${reason}`, params: { abc, xyz } } };
}

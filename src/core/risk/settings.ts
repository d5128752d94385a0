import { defaultHealthConfig, type HealthWeights, type SignalId } from '../health/index.js';

/**
 * A signal is critical when it scores at or below `atOrBelow` with one of the given
 * explanations (all of them when `keys` is absent). One critical signal is enough to
 * keep an account out of "healthy", whatever the total says: a 90 with a champion who
 * left is not a healthy account.
 */
export interface CriticalRule {
  signal: SignalId;
  atOrBelow: number;
  keys?: readonly string[];
}

/** Everything the health service and the digest can be tuned with; the defaults suit most portfolios. */
export interface RiskSettings {
  /** Points per signal, over the health module's defaults (ACRE_HEALTH_WEIGHTS). */
  weights: Partial<HealthWeights>;
  /**
   * Order days an account needs in each of the two spans the revenue trend compares
   * (ACRE_HEALTH_TREND_MIN_ORDERS); 0 measures the trend of every account, as before.
   */
  trendMinOrders: number;
  critical: readonly CriticalRule[];
  /** A score change of at least this many points counts as "worse" or "better" week on week. */
  changePoints: number;
  /** Renewals this close, with an account not healthy, are called out in the digest. */
  renewalDays: number;
  /** Accounts shown in full (with buttons) in a digest; the next `listed` get one line each; the rest are counted. */
  digestCards: number;
  digestListed: number;
  /** Currency ARR is ranked in across accounts, and what one unit of each currency is worth in it. */
  reportingCurrency: string;
  fxRates: Readonly<Record<string, number>>;
}

export const defaultCriticalRules: readonly CriticalRule[] = Object.freeze([
  { signal: 'recency', atOrBelow: 0.5, keys: ['health.recency.overdue'] },
  { signal: 'trend', atOrBelow: 0.6, keys: ['health.trend.falling'] },
  { signal: 'threading', atOrBelow: 0.2 },
  { signal: 'champion', atOrBelow: 0, keys: ['health.champion.left'] },
  { signal: 'decision_maker', atOrBelow: 0 },
  { signal: 'qbr', atOrBelow: 0.25, keys: ['health.qbr.overdue', 'health.qbr.never'] },
  { signal: 'nps', atOrBelow: 0.4 },
  { signal: 'escalations', atOrBelow: 0.34 },
  { signal: 'renewal', atOrBelow: 0.5, keys: ['health.renewal.near_at_risk', 'health.renewal.passed'] },
]);

/**
 * Approximate rates to euros, only to rank accounts billed in different currencies
 * against each other; amounts are always shown in the account's own currency.
 * ACRE_FX_RATES replaces any of them.
 */
export const approximateEuroRates: Readonly<Record<string, number>> = Object.freeze({
  EUR: 1, USD: 0.92, GBP: 1.17, CHF: 1.05, PLN: 0.23, CZK: 0.04, HUF: 0.0025, SEK: 0.087, NOK: 0.086, DKK: 0.134,
  CAD: 0.67, AUD: 0.6, NZD: 0.55, JPY: 0.0061, CNY: 0.127, INR: 0.011, BRL: 0.17, MXN: 0.05, ZAR: 0.05, SGD: 0.68,
});

export const defaultRiskSettings: Readonly<RiskSettings> = Object.freeze({
  weights: {},
  trendMinOrders: defaultHealthConfig.trend.minRecentOrders,
  critical: defaultCriticalRules,
  changePoints: 5,
  renewalDays: 90,
  digestCards: 8,
  digestListed: 12,
  reportingCurrency: 'EUR',
  fxRates: approximateEuroRates,
});

/** The default settings with some changed; `fxRates` given in any currency are re-based on the reporting one. */
export function riskSettings(overrides: Partial<RiskSettings> = {}): RiskSettings {
  return {
    ...defaultRiskSettings,
    ...overrides,
    fxRates: { ...defaultRiskSettings.fxRates, ...(overrides.fxRates ?? {}) },
  };
}

/**
 * ARR in the reporting currency, for ranking. An unknown currency counts at face value
 * rather than not at all: an account is never hidden for want of a rate.
 */
export function inReportingCurrency(amount: number, currency: string, settings: Pick<RiskSettings, 'fxRates' | 'reportingCurrency'>): number {
  if (currency === settings.reportingCurrency) return amount;
  const from = settings.fxRates[currency];
  const to = settings.fxRates[settings.reportingCurrency];
  if (from === undefined || to === undefined || to === 0) return amount;
  return (amount * from) / to;
}

import type { SignalId } from './types.js';

export type HealthWeights = Record<SignalId, number>;

/**
 * How much each signal counts, in points out of 100. Purchase behaviour weighs most
 * because it is measured for every account and is the earliest hard evidence of churn;
 * relationship signals follow the "signs an account is at risk" of the KAM practice.
 * When a signal cannot be measured its points are shared among the others in proportion.
 */
export const defaultWeights: Readonly<HealthWeights> = Object.freeze({
  recency: 24,
  trend: 12,
  // XYZ (how steady) and volume (how large, ABC's measure) share the points regularity had alone.
  regularity: 6,
  volume: 6,
  renewal: 8,
  threading: 7,
  champion: 6,
  decision_maker: 6,
  qbr: 7,
  nps: 8,
  escalations: 6,
  plan: 4,
});

export interface HealthConfig {
  /** Lower bounds of the bands: score ≥ healthy is healthy, ≥ watch is watch, below is at risk. */
  bands: { healthy: number; watch: number };
  recency: {
    /** Gaps between orders used for the account's rhythm (the most recent ones). */
    rhythmGaps: number;
    /** The rhythm assumed for an account with a single order. */
    priorGapDays: number;
    /** No rhythm is taken as faster than this: a pause of a few weeks in a weekly buyer is not yet a warning. */
    minGapDays: number;
    /** Up to this many usual gaps without an order is on rhythm (score 1). */
    graceRatio: number;
    /** Each further this many gaps without an order halves the score. */
    halfLifeRatio: number;
    /** Orders within this many days of an occasion's first order belong to that occasion. */
    occasionDays: number;
    /** Confidence in the rhythm of an account with a single buying occasion (0–1)… */
    unprovenScore: number;
    /** …and how many observed gaps that doubt weighs against the account's own rhythm. */
    evidenceGaps: number;
  };
  trend: {
    /** Length of the compared spans in months (falls back to 3 when history is shorter). */
    months: number;
    /** Compare with the span just before ('previous') or with the same span a year earlier. */
    basis: 'previous' | 'year_ago';
    /** A ratio (recent ÷ earlier) at or above this scores 1; at or below `zeroAt` scores 0. */
    fullAt: number;
    zeroAt: number;
    /**
     * Order days the account needs in the recent span and in the earlier one for the trend
     * to be measured: revenue compared between spans of one or two orders is noise, and
     * a recent span without orders is what recency already reports.
     */
    minRecentOrders: number;
    minEarlierOrders: number;
  };
  regularity: {
    /** Months of revenue the coefficient of variation is measured over. */
    months: number;
    /** Fewer months of history than this: not measured. */
    minMonths: number;
    /** XYZ limits on the coefficient of variation. */
    xMax: number;
    yMax: number;
    /** CV at or above which the score is 0. */
    zeroAt: number;
  };
  volume: {
    /**
     * An account that bought more in the last 12 months than this share of the portfolio's
     * accounts scores 1; below, the score falls in proportion, to 0 for the smallest.
     */
    fullAt: number;
    /** Fewer accounts with revenue than this in the portfolio: sizes are not compared. */
    minAccounts: number;
  };
  renewal: {
    /** Renewals further away than this many days do not weigh on the score. */
    horizonDays: number;
  };
  stakeholders: {
    /** No contact with a decision maker or sponsor for more than this many days is a warning… */
    decisionMakerDays: number;
    /** …and after this many it scores 0. */
    decisionMakerZeroDays: number;
  };
  qbr: {
    /** Cadence when the account has QBRs on record but no cadence set. */
    defaultCadenceMonths: number;
    /** Days of slack after the cadence before a QBR counts as overdue. */
    graceDays: number;
  };
  escalations: {
    windowDays: number;
    /** An escalation counts as this many complaints. */
    escalationWeight: number;
    /** Score = 1 / (1 + perIssue × weighted count). */
    perIssue: number;
  };
  nps: {
    /** NPS at or above this scores 1; at or below `zeroAt` scores 0. */
    fullAt: number;
    zeroAt: number;
  };
}

export const defaultHealthConfig: Readonly<HealthConfig> = freezeDeep({
  bands: { healthy: 70, watch: 45 },
  recency: { rhythmGaps: 12, priorGapDays: 60, minGapDays: 30, graceRatio: 1, halfLifeRatio: 2, occasionDays: 7, unprovenScore: 0.3, evidenceGaps: 1 },
  trend: { months: 6, basis: 'previous', fullAt: 1, zeroAt: 0, minRecentOrders: 2, minEarlierOrders: 2 },
  regularity: { months: 12, minMonths: 3, xMax: 0.5, yMax: 1, zeroAt: 3 },
  volume: { fullAt: 0.75, minAccounts: 10 },
  renewal: { horizonDays: 120 },
  stakeholders: { decisionMakerDays: 90, decisionMakerZeroDays: 180 },
  qbr: { defaultCadenceMonths: 3, graceDays: 14 },
  escalations: { windowDays: 90, escalationWeight: 2, perIssue: 0.5 },
  nps: { fullAt: 50, zeroAt: -50 },
} satisfies HealthConfig);

function freezeDeep<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v && typeof v === 'object') Object.freeze(v);
  return Object.freeze(o);
}

export type HealthConfigOverrides = { [K in keyof HealthConfig]?: Partial<HealthConfig[K]> };

/** The default configuration with some settings changed. */
export function healthConfig(overrides: HealthConfigOverrides = {}): HealthConfig {
  const base = defaultHealthConfig;
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof HealthConfig)[]) out[key] = { ...base[key], ...(overrides[key] ?? {}) };
  return out as unknown as HealthConfig;
}

/** Linear map of x from [zeroAt, fullAt] to [0, 1], clamped (works for either order of the ends). */
export function ramp(x: number, zeroAt: number, fullAt: number): number {
  const t = (x - zeroAt) / (fullAt - zeroAt);
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}

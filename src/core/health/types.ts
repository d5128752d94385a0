import type { Account, Activity, Contact } from '../model.js';
import type { Money } from './monthly.js';

/** Every signal the health score can use, in the order they are reported. */
export const signalIds = [
  'recency',
  'trend',
  'regularity',
  'volume',
  'renewal',
  'threading',
  'champion',
  'decision_maker',
  'qbr',
  'nps',
  'escalations',
  'plan',
] as const;
export type SignalId = (typeof signalIds)[number];

export type ParamValue = string | number | boolean;

/** A message the UI localises: a key of the catalogue and the values to put in it. */
export interface Explanation {
  key: string;
  params: Record<string, ParamValue>;
}

export interface Signal {
  id: SignalId;
  /** The raw measurement (days, a ratio, a count, NPS…); what it is depends on the signal. */
  value: number;
  /** 0 = as bad as it gets, 1 = nothing to worry about. */
  score: number;
  /** Points out of 100 this signal is worth for this account, after redistributing missing ones. */
  weight: number;
  /** Points it earned: weight × score. The contributions add up to the health score. */
  contribution: number;
  explanation: Explanation;
}

export type Band = 'healthy' | 'watch' | 'at_risk';

export interface Health {
  accountId: string;
  /** 0–100; null when not a single signal could be measured. */
  score: number | null;
  band: Band | 'unknown';
  signals: Signal[];
  /** Signals that could not be measured; their weight went to the others. */
  missing: SignalId[];
  /** Why each missing signal could not be measured. */
  missingReasons: Partial<Record<SignalId, Explanation>>;
  /** Share (0–1) of the configured weight that was actually measured. */
  coverage: number;
  asOf: string;
}

/** The fields of an account the score reads. */
export type HealthAccount = Pick<Account, 'id'> &
  Partial<Pick<Account, 'renewalDate' | 'nps' | 'qbrCadenceMonths' | 'lastQbrDate' | 'contractStart'>>;

export type HealthContact = Pick<Contact, 'name'> &
  Partial<Pick<Contact, 'id' | 'role' | 'lastContactDate' | 'leftCompany'>>;

export type HealthActivity = Pick<Activity, 'date' | 'type'>;

export interface HealthInputs {
  /** The account's transactions, in any order; those dated on or after asOf are ignored. */
  transactions?: readonly Money[];
  contacts?: readonly HealthContact[];
  /** The account's activities, in any order; those dated on or after asOf are ignored. */
  activities?: readonly HealthActivity[];
  /**
   * The date from which the transactions on record are complete (typically the earliest
   * transaction of the import, or the contract start). Months from it count towards
   * regularity and trend even when the account bought nothing in them. Without it an
   * account's history starts at its own first transaction.
   */
  historyStart?: string;
  /** How complete the account plan is, 0–1. */
  planCompleteness?: number;
  /**
   * The portfolio the account is sized against: every account's revenue of the last 12
   * months, in one currency (see peerRevenueOf). Without it volume is not measured.
   */
  peerRevenue?: PeerRevenue;
  /** What one unit of the account's currency is worth in the currency of `peerRevenue` (default 1). */
  currencyRate?: number;
}

/** The revenue of the last 12 months of every account of a portfolio that had any, in one currency, smallest first. */
export interface PeerRevenue {
  readonly sorted: Float64Array;
}

/** A measured signal before weighting, or the reason it could not be measured. */
export type Measured = { value: number; score: number; explanation: Explanation } | { missing: Explanation };

export const missing = (key: string, params: Record<string, ParamValue> = {}): Measured => ({ missing: { key, params } });

export const measured = (value: number, score: number, key: string, params: Record<string, ParamValue>): Measured => ({
  value,
  score: score < 0 ? 0 : score > 1 ? 1 : score,
  explanation: { key, params },
});

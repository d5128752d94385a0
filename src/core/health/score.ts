/**
 * The explainable health score: a weighted sum of signals, each of which says what it
 * measured and why it scored as it did. Pure; reads only what it is given.
 */
import { defaultHealthConfig, defaultWeights, type HealthConfig, type HealthWeights } from './settings.js';
import { dayNumber } from './days.js';
import { purchaseHistory } from './history.js';
import { monthsNeeded, recencySignal, regularitySignal, trendSignal } from './signals-purchase.js';
import {
  championSignal,
  decisionMakerSignal,
  escalationsSignal,
  npsSignal,
  planSignal,
  qbrSignal,
  threadingSignal,
} from './signals-relationship.js';
import { renewalSignal } from './signals.js';
import {
  signalIds,
  type Band,
  type Explanation,
  type Health,
  type HealthAccount,
  type HealthInputs,
  type Measured,
  type Signal,
  type SignalId,
} from './types.js';

/** The band of a score: at or above `healthy` is healthy, at or above `watch` is watch, below is at risk. */
export function bandOf(score: number, bands: HealthConfig['bands'] = defaultHealthConfig.bands): Band {
  return score >= bands.healthy ? 'healthy' : score >= bands.watch ? 'watch' : 'at_risk';
}

const EMPTY: readonly never[] = [];

/**
 * The health of one account as of a date (YYYY-MM-DD, exclusive: only transactions and
 * activities dated before it count). Signals whose weight is 0 are left out; signals
 * that cannot be measured are listed in `missing` with the reason and their weight is
 * shared among the measured ones in proportion to their own weights.
 */
export function healthOf(
  account: HealthAccount,
  inputs: HealthInputs,
  asOf: string,
  weights?: Partial<HealthWeights>,
  config: HealthConfig = defaultHealthConfig,
): Health {
  if (asOf.length !== 10 || asOf.charCodeAt(4) !== 45 || asOf.charCodeAt(7) !== 45) throw new RangeError(`asOf must be YYYY-MM-DD, got "${asOf}"`);
  const w: Readonly<HealthWeights> = weights ? { ...defaultWeights, ...weights } : defaultWeights;
  const asOfDay = dayNumber(asOf);
  const measuredById: Partial<Record<SignalId, Measured>> = {};

  if (w.recency > 0 || w.trend > 0 || w.regularity > 0) {
    const history = purchaseHistory(inputs.purchases ?? inputs.transactions ?? EMPTY, asOf, monthsNeeded(config), inputs.historyStart);
    if (w.recency > 0) measuredById.recency = recencySignal(history, config.recency);
    if (w.trend > 0) measuredById.trend = trendSignal(history, config.trend);
    if (w.regularity > 0) measuredById.regularity = regularitySignal(history, config.regularity);
  }
  const { contacts, activities } = inputs;
  if (w.threading > 0) measuredById.threading = threadingSignal(contacts);
  if (w.champion > 0) measuredById.champion = championSignal(contacts);
  if (w.decision_maker > 0) measuredById.decision_maker = decisionMakerSignal(contacts, asOf, asOfDay, config.stakeholders);
  if (w.qbr > 0) measuredById.qbr = qbrSignal(account, activities, asOf, asOfDay, config.qbr);
  if (w.nps > 0) measuredById.nps = npsSignal(account.nps, config.nps);
  if (w.escalations > 0) measuredById.escalations = escalationsSignal(activities, asOf, asOfDay, config.escalations);
  if (w.plan > 0) measuredById.plan = planSignal(inputs.planCompleteness);

  if (w.renewal > 0) {
    let sw = 0;
    let ss = 0;
    for (const id of signalIds) {
      const m = measuredById[id];
      if (!m || 'missing' in m) continue;
      sw += w[id];
      ss += w[id] * m.score;
    }
    measuredById.renewal = renewalSignal(account, asOfDay, sw > 0 ? ss / sw : 0.5, config.renewal, config.bands.healthy / 100);
  }

  let configured = 0;
  let present = 0;
  for (const id of signalIds) {
    const m = measuredById[id];
    if (!m) continue;
    configured += w[id];
    if (!('missing' in m)) present += w[id];
  }

  const signals: Signal[] = [];
  const missingIds: SignalId[] = [];
  const missingReasons: Partial<Record<SignalId, Explanation>> = {};
  let score = 0;
  for (const id of signalIds) {
    const m = measuredById[id];
    if (!m) continue;
    if ('missing' in m) {
      missingIds.push(id);
      missingReasons[id] = m.missing;
      continue;
    }
    const weight = (w[id] * 100) / present;
    const contribution = weight * m.score;
    score += contribution;
    signals.push({ id, value: m.value, score: m.score, weight, contribution, explanation: m.explanation });
  }

  const coverage = configured > 0 ? present / configured : 0;
  if (signals.length === 0) {
    return { accountId: account.id, score: null, band: 'unknown', signals, missing: missingIds, missingReasons, coverage, asOf };
  }
  return { accountId: account.id, score, band: bandOf(score, config.bands), signals, missing: missingIds, missingReasons, coverage, asOf };
}

/** Points a signal lost: what it would add at a perfect score minus what it added. */
export const lostPoints = (s: Signal): number => s.weight - s.contribution;

/**
 * Puts a signal into a list kept in order of points lost (most first, then lowest
 * score), after any it ties with, and keeps at most `max` of them: what a stable sort
 * would give, without sorting a copy of the list for every account.
 */
export function insertByLostPoints(list: Signal[], s: Signal, max: number): void {
  const lost = lostPoints(s);
  let at = list.length;
  while (at > 0) {
    const before = list[at - 1];
    const diff = lostPoints(before) - lost;
    if (diff > 0 || (diff === 0 && before.score <= s.score)) break;
    at--;
  }
  if (at >= max) return;
  // Shift the rest one place down (the last falls off when the list is full) and put s in.
  const last = list.length < max ? list.length : max - 1;
  for (let k = last; k > at; k--) list[k] = list[k - 1];
  list[at] = s;
}

/**
 * The signals that pull the score down most, worst first: those scoring below
 * `below` (default 0.6), ordered by the points they lost, at most n of them.
 */
export function reasonsOf(health: Health, n = 3, below = 0.6): Signal[] {
  const out: Signal[] = [];
  const max = Math.floor(n);
  if (!(max > 0)) return out;
  const { signals } = health;
  for (let i = 0; i < signals.length; i++) if (signals[i].score < below) insertByLostPoints(out, signals[i], max);
  return out;
}

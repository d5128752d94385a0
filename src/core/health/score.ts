/**
 * The explainable health score: a weighted sum of signals, each of which says what it
 * measured and why it scored as it did. Pure; reads only what it is given.
 */
import { defaultHealthConfig, defaultWeights, type HealthConfig, type HealthWeights } from './settings.js';
import { dayNumber } from './days.js';
import { purchaseHistory, type PurchaseHistory } from './history.js';
import { monthsNeeded, recencySignal, regularitySignal, trendSignal, volumeSignal } from './signals-purchase.js';
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

/** What each signal measured, in signal order: one list for every call (healthOf keeps none of it but the Signals it makes). */
const scratchMeasured: (Measured | undefined)[] = [];

/** The purchase history healthOf reads into, account after account: no signal keeps it (see purchaseHistory). */
const scratchHistory: PurchaseHistory = { asOfDay: 0, orderDays: [], orders: 0, monthly: [], monthlyOrders: [], monthsOfHistory: 0 };

/** Each signal's place in `signalIds`: the score keeps its signals in arrays in that order. */
const AT = Object.freeze(Object.fromEntries(signalIds.map((id, i) => [id, i]))) as Readonly<Record<SignalId, number>>;
const DEFAULT_WEIGHTS = signalIds.map((id) => defaultWeights[id]);
const own = Object.prototype.hasOwnProperty;

/** The weights in signal order: the defaults with the caller's over them. */
const weightList = (weights: Partial<HealthWeights> | undefined): readonly number[] =>
  weights ? signalIds.map((id) => (own.call(weights, id) ? weights[id]! : defaultWeights[id])) : DEFAULT_WEIGHTS;

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
  // Arrays in signal order rather than objects keyed by signal id: a portfolio is scored
  // account by account, and looking a property up by a variable name is the slow kind.
  const w = weightList(weights);
  const asOfDay = dayNumber(asOf);
  const m = scratchMeasured;
  for (let i = 0; i < signalIds.length; i++) m[i] = undefined;

  if (w[AT.recency] > 0 || w[AT.trend] > 0 || w[AT.regularity] > 0 || w[AT.volume] > 0) {
    const history = purchaseHistory(inputs.transactions ?? EMPTY, asOf, monthsNeeded(config), inputs.historyStart, scratchHistory);
    if (w[AT.recency] > 0) m[AT.recency] = recencySignal(history, config.recency);
    if (w[AT.trend] > 0) m[AT.trend] = trendSignal(history, config.trend);
    if (w[AT.regularity] > 0) m[AT.regularity] = regularitySignal(history, config.regularity);
    if (w[AT.volume] > 0) m[AT.volume] = volumeSignal(history, inputs.peerRevenue, inputs.currencyRate ?? 1, config.volume);
  }
  const { contacts, activities } = inputs;
  if (w[AT.threading] > 0) m[AT.threading] = threadingSignal(contacts);
  if (w[AT.champion] > 0) m[AT.champion] = championSignal(contacts);
  if (w[AT.decision_maker] > 0) m[AT.decision_maker] = decisionMakerSignal(contacts, asOf, asOfDay, config.stakeholders);
  if (w[AT.qbr] > 0) m[AT.qbr] = qbrSignal(account, activities, asOf, asOfDay, config.qbr);
  if (w[AT.nps] > 0) m[AT.nps] = npsSignal(account.nps, config.nps);
  if (w[AT.escalations] > 0) m[AT.escalations] = escalationsSignal(activities, asOf, asOfDay, config.escalations);
  if (w[AT.plan] > 0) m[AT.plan] = planSignal(inputs.planCompleteness);

  if (w[AT.renewal] > 0) {
    let sw = 0;
    let ss = 0;
    for (let i = 0; i < m.length; i++) {
      const mi = m[i];
      if (!mi || 'missing' in mi) continue;
      sw += w[i];
      ss += w[i] * mi.score;
    }
    m[AT.renewal] = renewalSignal(account, asOfDay, sw > 0 ? ss / sw : 0.5, config.renewal, config.bands.healthy / 100);
  }

  let configured = 0;
  let present = 0;
  for (let i = 0; i < m.length; i++) {
    const mi = m[i];
    if (!mi) continue;
    configured += w[i];
    if (!('missing' in mi)) present += w[i];
  }

  const signals: Signal[] = [];
  const missingIds: SignalId[] = [];
  const missingReasons: Partial<Record<SignalId, Explanation>> = {};
  let score = 0;
  for (let i = 0; i < m.length; i++) {
    const mi = m[i];
    if (!mi) continue;
    const id = signalIds[i];
    if ('missing' in mi) {
      missingIds.push(id);
      missingReasons[id] = mi.missing;
      continue;
    }
    const weight = (w[i] * 100) / present;
    const contribution = weight * mi.score;
    score += contribution;
    signals.push({ id, value: mi.value, score: mi.score, weight, contribution, explanation: mi.explanation });
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

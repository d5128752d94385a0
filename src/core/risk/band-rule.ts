/**
 * The band an account manager sees: the score's band, capped by critical signals. A
 * weighted sum hides one clear problem behind many good signals (revenue down 47% still
 * leaves 90 points when the rest is fine), so one critical signal is enough to put an
 * account on watch, and the reply says which signal did it.
 */
import { insertByLostPoints, type Band, type Health, type Signal } from '../health/index.js';
import type { CriticalRule } from './settings.js';

export type ShownBand = Band | 'unknown';

const rank: Record<ShownBand, number> = { unknown: -1, healthy: 0, watch: 1, at_risk: 2 };

/** How poor a band is: healthy 0, watch 1, at risk 2 (unknown −1). */
export const bandRank = (band: ShownBand): number => rank[band];

/** The rules of each signal, in their order, for rule lists that cannot change (frozen, as the defaults are). */
const rulesBySignal = new WeakMap<readonly CriticalRule[], ReadonlyMap<string, readonly CriticalRule[]>>();

function indexOf(rules: readonly CriticalRule[]): ReadonlyMap<string, readonly CriticalRule[]> | undefined {
  let index = rulesBySignal.get(rules);
  if (!index && Object.isFrozen(rules)) {
    const built = new Map<string, CriticalRule[]>();
    for (let j = 0; j < rules.length; j++) {
      const list = built.get(rules[j].signal);
      if (list) list.push(rules[j]);
      else built.set(rules[j].signal, [rules[j]]);
    }
    rulesBySignal.set(rules, (index = built));
  }
  return index;
}

/** The signals that break a rule, those costing most points first. */
export function criticalSignals(health: Pick<Health, 'signals'>, rules: readonly CriticalRule[]): Signal[] {
  // Each signal reads only its own rules (in their order), not every rule: an account is ten signals, a portfolio thousands of accounts.
  const index = indexOf(rules);
  const out: Signal[] = [];
  const { signals } = health;
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i];
    // A list that may still change is read whole (only frozen ones are indexed).
    const own = index ? index.get(s.id) : rules;
    if (!own) continue;
    for (let j = 0; j < own.length; j++) {
      const r = own[j];
      if (r.signal !== s.id || s.score > r.atOrBelow || (r.keys && !r.keys.includes(s.explanation.key))) continue;
      insertByLostPoints(out, s, Infinity);
      break;
    }
  }
  return out;
}

/** The band after the rule: a healthy score with a critical signal is shown as watch. */
export function cappedBand(health: Pick<Health, 'band'>, critical: readonly Signal[]): ShownBand {
  if (health.band === 'healthy' && critical.length > 0) return 'watch';
  return health.band;
}

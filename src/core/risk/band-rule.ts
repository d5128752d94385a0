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

/** The signals that break a rule, those costing most points first. */
export function criticalSignals(health: Pick<Health, 'signals'>, rules: readonly CriticalRule[]): Signal[] {
  // Index loops: the default rules are a frozen array, which for…of walks through a slow iterator.
  const out: Signal[] = [];
  const { signals } = health;
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i];
    for (let j = 0; j < rules.length; j++) {
      const r = rules[j];
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

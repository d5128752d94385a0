import type { Turn } from '../core/conversation.js';
import { explainSignal } from '../core/i18n/risk-signals.js';
import type { AccountHealth } from '../core/risk/index.js';

/** Score, band and movement of an account's health, as every health tool reports them; reasons by signal id where the signals follow in full. */
export function healthData(turn: Turn, h: AccountHealth, reasons: 'worded' | 'ids' = 'worded') {
  return {
    score: h.score === null ? null : Math.round(h.score),
    band: h.band,
    asOf: h.asOf,
    change: h.change && h.change.delta !== null ? { points: Math.round(h.change.delta), since: h.change.since, previousBand: h.change.previousBand } : undefined,
    mainReasons: h.reasons.map((s) => (reasons === 'ids' ? s.id : explainSignal(s.explanation, turn.locale))),
  };
}


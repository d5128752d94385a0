import { describe, expect, it } from 'vitest';
import { explainEn, explainKeyEn, healthMessagesEn } from '../../src/core/health/explain-en.js';
import { signalWordings } from '../../src/core/i18n/risk-signals.js';
import { bandOf, healthOf, lostPoints, reasonsOf } from '../../src/core/health/score.js';
import { defaultWeights, healthConfig } from '../../src/core/health/settings.js';
import { signalIds } from '../../src/core/health/types.js';
import { activity, ASOF, contact, fullAccount, sig } from './fixtures.js';

describe('the score', () => {
  it('adds up to 100 points over the measured signals', () => {
    const { account, inputs } = fullAccount();
    const h = healthOf(account, inputs, ASOF);
    expect(h.missing).toEqual([]);
    expect(h.signals.map((s) => s.id)).toEqual([...signalIds]);
    expect(h.signals.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(100, 9);
    expect(h.signals.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(h.score!, 9);
    for (const s of h.signals) expect(s.weight).toBe(defaultWeights[s.id]);
    expect(h.score).toBeGreaterThan(90);
    expect(h.band).toBe('healthy');
    expect(h.coverage).toBe(1);
  });

  it('shares the weight of a missing NPS among the others and says why', () => {
    const { account, inputs } = fullAccount();
    const h = healthOf({ ...account, nps: undefined }, inputs, ASOF);
    expect(h.missing).toEqual(['nps']);
    expect(h.missingReasons).toEqual({ nps: { key: 'health.missing.no_nps', params: {} } });
    expect(explainKeyEn(h.missingReasons.nps!)).toBe('No NPS on record.');
    expect(h.signals.some((s) => s.id === 'nps')).toBe(false);
    expect(sig(h, 'recency').weight).toBeCloseTo((defaultWeights.recency * 100) / (100 - defaultWeights.nps), 9);
    expect(h.signals.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(100, 9);
    expect(h.signals.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(h.score!, 9);
    expect(h.coverage).toBeCloseTo(0.92, 9);
  });

  it('uses only what happened before asOf', () => {
    const { account, inputs } = fullAccount();
    const before = healthOf(account, inputs, ASOF);
    const later = healthOf(
      { ...account, lastQbrDate: '2024-12-01' },
      {
        ...inputs,
        transactions: [...inputs.transactions!, { date: ASOF, amount: 50_000 }, { date: '2025-01-10', amount: -9000 }],
        activities: [...inputs.activities!, activity(ASOF, 'escalation'), activity('2024-12-01', 'qbr'), activity('2024-12-02', 'complaint')],
      },
      ASOF,
    );
    expect(later).toEqual(before);
    expect(sig(later, 'qbr').explanation.params.lastQbr).toBe('2024-10-01');

    // a contact date after asOf is not known yet as of then
    const bo = healthOf(
      account,
      { ...inputs, contacts: inputs.contacts!.map((c) => (c.name === 'Bo' ? { ...c, lastContactDate: '2024-12-15' } : c)) },
      ASOF,
    );
    expect(bo.missingReasons.decision_maker).toEqual({ key: 'health.missing.no_contact_dates', params: {} });
  });

  it('takes weights and settings from the caller', () => {
    const { account, inputs } = fullAccount();
    const h = healthOf({ ...account, nps: undefined }, inputs, ASOF, { nps: 0, recency: 50 });
    expect(h.missing).toEqual([]); // a signal weighted 0 is simply not used
    const total = 100 - defaultWeights.recency - defaultWeights.nps + 50;
    expect(sig(h, 'recency').weight).toBeCloseTo((50 * 100) / total, 9);
    const strict = healthOf(account, inputs, ASOF, undefined, healthConfig({ bands: { healthy: 99, watch: 98 } }));
    expect(strict.band).toBe('at_risk');
  });

  it('has no score when nothing could be measured', () => {
    const h = healthOf({ id: 'empty' }, {}, ASOF);
    expect(h.score).toBeNull();
    expect(h.band).toBe('unknown');
    expect(h.signals).toEqual([]);
    expect(h.missing).toEqual([...signalIds]);
    expect(h.missingReasons.recency).toEqual({ key: 'health.missing.no_orders', params: {} });
    expect(h.missingReasons.threading).toEqual({ key: 'health.missing.no_contacts', params: {} });
    expect(h.missingReasons.renewal).toEqual({ key: 'health.missing.no_renewal_date', params: {} });
    expect(() => healthOf({ id: 'x' }, {}, '20241120')).toThrow(RangeError);
  });

  it('puts scores in bands', () => {
    expect(bandOf(70)).toBe('healthy');
    expect(bandOf(69.9)).toBe('watch');
    expect(bandOf(45)).toBe('watch');
    expect(bandOf(44.9)).toBe('at_risk');
    expect(bandOf(60, { healthy: 80, watch: 60 })).toBe('watch');
  });

  it('gives the signals that cost most points as reasons, worst first', () => {
    const { account, inputs } = fullAccount();
    const h = healthOf(
      { ...account, nps: -60, qbrCadenceMonths: 3, lastQbrDate: '2024-01-10' },
      { ...inputs, activities: [activity('2024-09-10', 'meeting')], contacts: [contact('Ann', { role: 'champion', leftCompany: true }), contact('Bo', { role: 'user' })] },
      ASOF,
    );
    const reasons = reasonsOf(h, 3);
    // lost points: NPS 8 of 8, QBR 7 of 7, champion left 6 of 6, no decision maker 6 of 6, single thread 5.6 of 7
    expect(reasons.map((s) => s.id)).toEqual(['nps', 'qbr', 'champion']);
    expect(lostPoints(reasons[0])).toBeCloseTo(defaultWeights.nps, 9);
    expect(reasons.every((s) => s.score < 0.6)).toBe(true);
    expect(reasonsOf(h, 10).map((s) => s.id)).toEqual(['nps', 'qbr', 'champion', 'decision_maker', 'threading']);
    expect(lostPoints(reasonsOf(h, 10)[4])).toBeCloseTo(7 * 0.8, 9);
    expect(reasonsOf(healthOf(account, inputs, ASOF), 3)).toEqual([]);
  });

  it('orders reasons as a stable sort by points lost, then by score, would', () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 200; round++) {
      // Few distinct weights and scores, so that ties in both are common.
      const signals = signalIds.map((id) => {
        const weight = [4, 6, 8][Math.floor(rnd() * 3)];
        const score = [0, 0.25, 0.5, 0.55, 1][Math.floor(rnd() * 5)];
        return { id, value: 0, score, weight, contribution: weight * score, explanation: { key: id, params: {} } };
      });
      const h = { signals } as unknown as Parameters<typeof reasonsOf>[0];
      const bySort = signals.filter((x) => x.score < 0.6).sort((a, b) => lostPoints(b) - lostPoints(a) || a.score - b.score);
      for (const n of [0, 1, 3, 20]) expect(reasonsOf(h, n)).toEqual(bySort.slice(0, n));
    }
  });

  it('has English for every message it produces, with plain values as params', () => {
    const seen = new Set<string>();
    const { account, inputs } = fullAccount();
    const cases = [
      healthOf(account, inputs, ASOF),
      healthOf({ id: 'empty' }, {}, ASOF),
      healthOf({ id: 'a', nps: 5, renewalDate: '2024-10-01', qbrCadenceMonths: 3, contractStart: '2024-10-01' }, { contacts: [contact('X', { leftCompany: true })] }, ASOF),
    ];
    for (const h of cases) {
      for (const s of h.signals) {
        seen.add(s.explanation.key);
        expect(explainEn(s)).not.toBe(s.explanation.key);
        for (const v of Object.values(s.explanation.params)) expect(['string', 'number', 'boolean']).toContain(typeof v);
      }
      for (const e of Object.values(h.missingReasons)) expect(explainKeyEn(e!)).not.toBe(e!.key);
    }
    expect(seen).toContain('health.renewal.passed');
    expect(seen).toContain('health.qbr.not_due');
    expect(seen).toContain('health.threading.none');
    expect(seen).toContain('health.volume.large');
    for (const key of seen) expect(healthMessagesEn[key]).toBeTypeOf('function');
  });

  it('has every message in the words of each language the UI speaks', () => {
    for (const key of Object.keys(healthMessagesEn)) for (const locale of ['en', 'pl'] as const) expect(signalWordings[locale][key], `${locale} ${key}`).toBeTypeOf('function');
  });
});

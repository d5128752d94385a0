import { describe, expect, it } from 'vitest';
import { explainEn, explainKeyEn } from '../../src/core/health/explain-en.js';
import { healthOf } from '../../src/core/health/score.js';
import { healthConfig } from '../../src/core/health/settings.js';
import type { HealthAccount } from '../../src/core/health/types.js';
import { peerRevenueOf } from '../../src/core/health/signals-purchase.js';
import { activity, ASOF, contact, everyNDays, fullAccount, monthlyOrders, sig } from './fixtures.js';

describe('purchase signals', () => {
  const stopped = monthlyOrders('2023-01', 18); // monthly on the 15th, last on 2024-06-15

  it('flags a steady buyer who stopped, measured against its own rhythm', () => {
    const h = healthOf({ id: 'a' }, { transactions: stopped }, ASOF);
    const r = sig(h, 'recency');
    expect(r.explanation.key).toBe('health.recency.overdue');
    // 158 days since 2024-06-15; median of the last 12 gaps between the 15ths is 31 days
    expect(r.explanation.params).toMatchObject({ daysSince: 158, lastOrder: '2024-06-15', usualGapDays: 31, ratio: 5.1, orders: 18 });
    expect(r.value).toBeCloseTo(158 / 31, 6);
    // 2^-((5.097 − 1) / 2) × confidence (12 + 0.3) / 13
    expect(r.score).toBeCloseTo(Math.pow(2, -(158 / 31 - 1) / 2) * (12.3 / 13), 6);
    expect(r.score).toBeLessThan(0.25);
    expect(explainEn(r)).toBe('No order for 158 days (since 2024-06-15); usually orders every 31 days — 5.1× the usual gap.');

    // one order in the last 6 months: the stop is recency's to report, not a revenue trend's (see below)…
    expect(h.missingReasons.trend?.key).toBe('health.missing.few_orders');
    // …which, asked to read every account's trend, compares one order with six
    const open = healthConfig({ trend: { minRecentOrders: 0, minEarlierOrders: 0 } });
    const t = sig(healthOf({ id: 'a' }, { transactions: stopped }, ASOF, undefined, open), 'trend');
    expect(t.explanation.key).toBe('health.trend.falling');
    expect(t.explanation.params).toMatchObject({ months: 6, recent: 1000, earlier: 6000, changePct: -83 });
    expect(t.score).toBeCloseTo(1 / 6, 6);

    const g = sig(h, 'regularity');
    // revenue in 7 of the last 12 months, equal amounts: cv = sqrt(12/7 − 1)
    expect(g.explanation.key).toBe('health.regularity.y');
    expect(g.value).toBeCloseTo(Math.sqrt(12 / 7 - 1), 6);
    expect(g.explanation.params).toMatchObject({ xyz: 'Y', months: 12, activeMonths: 7 });

    expect(h.band).toBe('at_risk');
  });

  it('the same buyer on rhythm scores well', () => {
    const h = healthOf({ id: 'a' }, { transactions: stopped }, '2024-07-01');
    const r = sig(h, 'recency');
    expect(r.explanation.key).toBe('health.recency.on_rhythm');
    expect(r.explanation.params.daysSince).toBe(16);
    expect(r.score).toBeCloseTo(12.3 / 13, 6);
    expect(sig(h, 'regularity').explanation.key).toBe('health.regularity.x');
    expect(sig(h, 'regularity').score).toBe(1);
    expect(h.band).toBe('healthy');
  });

  it('does not believe a rhythm from a single order', () => {
    const h = healthOf({ id: 'a' }, { transactions: [{ date: '2024-10-21', amount: 900 }] }, ASOF);
    const r = sig(h, 'recency');
    expect(r.explanation.key).toBe('health.recency.single_order');
    expect(r.explanation.params).toMatchObject({ daysSince: 30, usualGapDays: 60, orders: 1, confidencePct: 30 });
    expect(r.score).toBeCloseTo(0.3, 6);
    expect(h.missing).toContain('regularity');
    expect(h.missingReasons.regularity).toEqual({ key: 'health.missing.short_history', params: { months: 1, minMonths: 3 } });
    // with the import's first date known, the empty months before the order are real zeros
    const known = healthOf({ id: 'a' }, { transactions: [{ date: '2024-10-21', amount: 900 }], historyStart: '2024-01-01' }, ASOF);
    expect(sig(known, 'regularity').explanation.key).toBe('health.regularity.z');
  });

  it('folds orders a few days apart into one buying occasion', () => {
    const txs = [...everyNDays('2024-01-02', 30, 10), { date: '2024-01-04', amount: 50 }, { date: '2024-03-03', amount: 50 }];
    const r = sig(healthOf({ id: 'a' }, { transactions: txs }, ASOF), 'recency');
    expect(r.explanation.params.orders).toBe(10);
    expect(r.explanation.params.usualGapDays).toBe(30);
  });

  it('compares with a year earlier when asked to', () => {
    const txs = monthlyOrders('2023-01', 23).map((t) => ({ ...t, amount: t.date < '2024' ? 1000 : 500 }));
    const cfg = healthConfig({ trend: { basis: 'year_ago' } });
    const t = sig(healthOf({ id: 'a' }, { transactions: txs }, ASOF, undefined, cfg), 'trend');
    // 2024-06-15 … 2024-11-15 against 2023-06-15 … 2023-11-15
    expect(t.explanation).toEqual({
      key: 'health.trend.falling',
      params: { months: 6, basis: 'year_ago', recent: 3000, earlier: 6000, changePct: -50 },
    });
    expect(t.score).toBeCloseTo(0.5, 9);
    expect(explainEn(t)).toBe('Revenue of the last 6 months fell 50% on a year earlier (3000 vs 6000).');
    // 15 months of history: 3 months against the same 3 a year earlier
    const shorter = sig(healthOf({ id: 'a' }, { transactions: txs.slice(8) }, ASOF, undefined, cfg), 'trend');
    expect(shorter.explanation.params).toMatchObject({ months: 3, recent: 1500, earlier: 3000 });
    const short = healthOf({ id: 'a' }, { transactions: txs.slice(9) }, ASOF, undefined, cfg);
    expect(short.missingReasons.trend).toEqual({ key: 'health.missing.short_history', params: { months: 14, minMonths: 15 } });
  });

  it('reads a trend only where both compared spans have repeat orders, when asked to', () => {
    const gated = healthConfig({ trend: { minRecentOrders: 2, minEarlierOrders: 2 } });
    const h = healthOf({ id: 'a' }, { transactions: stopped }, ASOF, undefined, gated);
    // one order (2024-06-15) in the last 6 months against six in the 6 before: recency reports the stop
    expect(h.missing).toContain('trend');
    expect(h.missingReasons.trend).toEqual({
      key: 'health.missing.few_orders',
      params: { months: 6, basis: 'previous', recentOrders: 1, earlierOrders: 6, minRecent: 2, minEarlier: 2 },
    });
    expect(explainKeyEn(h.missingReasons.trend!)).toBe('Too few orders to read a revenue trend: 1 in the last 6 months and 6 in the months before; 2 in each needed.');
    const open = healthConfig({ trend: { minRecentOrders: 0, minEarlierOrders: 0 } });
    expect(sig(healthOf({ id: 'a' }, { transactions: stopped }, ASOF, undefined, open), 'trend').explanation.params).toMatchObject({ recent: 1000, earlier: 6000 });
    // with two orders in each span the trend is read as before
    const twice = [...stopped, { date: '2024-07-02', amount: 1000 }];
    expect(sig(healthOf({ id: 'a' }, { transactions: twice }, ASOF, undefined, gated), 'trend').explanation.params).toMatchObject({ recent: 2000, earlier: 6000 });
  });

  it('counts order days per span once each, whatever the order of the transactions', () => {
    const strict = healthConfig({ trend: { minRecentOrders: 3, minEarlierOrders: 3 } });
    // 2024-01-15 … 2024-10-15; last 3 months: 09-15 and 10-15 (a second sale on 09-15 is the same order day)
    const txs = [...monthlyOrders('2024-01', 10), { date: '2024-09-15', amount: 200 }];
    const expected = { key: 'health.missing.few_orders', params: { months: 3, basis: 'previous', recentOrders: 2, earlierOrders: 3, minRecent: 3, minEarlier: 3 } };
    expect(healthOf({ id: 'a' }, { transactions: txs }, ASOF, undefined, strict).missingReasons.trend).toEqual(expected);
    expect(healthOf({ id: 'a' }, { transactions: [...txs].reverse() }, ASOF, undefined, strict).missingReasons.trend).toEqual(expected);
  });

  it('counts cancellations against revenue but not as orders', () => {
    const txs = [...monthlyOrders('2024-01', 10), { date: '2024-10-20', amount: -1000 }];
    const h = healthOf({ id: 'a' }, { transactions: txs }, ASOF);
    expect(sig(h, 'recency').explanation.params.lastOrder).toBe('2024-10-15');
    // last 3 months: orders of 09-15 and 10-15 less the 10-20 credit; the 3 before: 06-15 … 08-15
    expect(sig(h, 'trend').explanation.params).toMatchObject({ months: 3, recent: 1000, earlier: 3000, changePct: -67 });
  });
});

describe('volume', () => {
  it('sizes a buyer against the portfolio: the bigger accounts score full, a small one loses points and says so', () => {
    const portfolio = [500, 1000, 1500, 2000, 3000, 4000, 5000, 6000, 8000, 12_000];
    const peerRevenue = peerRevenueOf(portfolio);
    // 1,000 a month: 12,000 in the 12 months before ASOF, more than 9 of the 10 accounts.
    const big = sig(healthOf({ id: 'a' }, { transactions: monthlyOrders('2023-12', 12), peerRevenue }, ASOF), 'volume');
    expect(big).toMatchObject({ value: 0.9, score: 1, explanation: { key: 'health.volume.large', params: { revenue: 12_000, months: 12, sharePct: 90, accounts: 10 } } });
    expect(explainEn(big)).toBe("Bought 12000 in the last 12 months, more than 90% of the portfolio's 10 accounts.");
    // 1,500 in the year: more than 2 of 10 (its own entry is not counted as smaller than itself).
    const small = sig(healthOf({ id: 'b' }, { transactions: [{ date: '2024-05-02', amount: 1500 }], peerRevenue }, ASOF), 'volume');
    expect(small.value).toBeCloseTo(0.2, 9);
    expect(small.score).toBeCloseTo(0.2 / 0.75, 9);
    expect(small.explanation.key).toBe('health.volume.small');
    expect(explainEn(small)).toBe("A small buyer: 1500 in the last 12 months, more than only 20% of the portfolio's 10 accounts.");
    // Billed in another currency: 1,500 worth 4 each is 6,000 next to the others, more than 7 of them.
    const converted = sig(healthOf({ id: 'c' }, { transactions: [{ date: '2024-05-02', amount: 1500 }], peerRevenue, currencyRate: 4 }, ASOF), 'volume');
    expect(converted.value).toBeCloseTo(0.7, 9);
  });

  it('does not size a buyer without a portfolio to compare with, and counts a year without revenue as nothing', () => {
    const alone = healthOf({ id: 'a' }, { transactions: monthlyOrders('2023-11', 12) }, ASOF);
    expect(alone.missingReasons.volume).toEqual({ key: 'health.missing.few_accounts', params: { accounts: 0, minAccounts: 10 } });
    const few = healthOf({ id: 'a' }, { transactions: monthlyOrders('2023-11', 12), peerRevenue: peerRevenueOf([100, 200, 0, -5]) }, ASOF);
    expect(few.missingReasons.volume?.params).toEqual({ accounts: 2, minAccounts: 10 });
    const lapsed = sig(healthOf({ id: 'a' }, { transactions: monthlyOrders('2022-01', 6), peerRevenue: peerRevenueOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) }, ASOF), 'volume');
    expect(lapsed).toMatchObject({ value: 0, score: 0, explanation: { key: 'health.volume.none' } });
  });
});

describe('relationship signals', () => {
  it('flags a single-threaded relationship', () => {
    const h = healthOf({ id: 'a' }, { contacts: [contact('Ann', { role: 'champion' }), contact('Old', { leftCompany: true })] }, ASOF);
    const t = sig(h, 'threading');
    expect(t.explanation).toEqual({ key: 'health.threading.single', params: { name: 'Ann' } });
    expect(t.value).toBe(1);
    expect(t.score).toBe(0.2);
    expect(explainEn(t)).toBe('Single-threaded: Ann is the only contact at the customer.');
  });

  it('flags a champion who left without a successor', () => {
    const contacts = [
      contact('Ann', { role: 'champion', leftCompany: true }),
      contact('Bo', { role: 'decision_maker', lastContactDate: '2024-11-01' }),
      contact('Cy', { role: 'user' }),
    ];
    const h = healthOf({ id: 'a' }, { contacts }, ASOF);
    expect(sig(h, 'champion').explanation).toEqual({ key: 'health.champion.left', params: { name: 'Ann' } });
    expect(sig(h, 'champion').score).toBe(0);
    expect(sig(h, 'threading').score).toBe(0.6);
    expect(sig(h, 'decision_maker').explanation).toEqual({ key: 'health.decision_maker.recent', params: { name: 'Bo', daysSince: 19, limitDays: 90 } });
    // a new champion in place clears it
    const replaced = healthOf({ id: 'a' }, { contacts: [...contacts, contact('Di', { role: 'champion' })] }, ASOF);
    expect(sig(replaced, 'champion').explanation).toEqual({ key: 'health.champion.active', params: { name: 'Di', count: 1 } });
  });

  it('flags a decision maker not spoken to for months', () => {
    const h = healthOf({ id: 'a' }, { contacts: [contact('Bo', { role: 'sponsor', lastContactDate: '2024-07-08' })] }, ASOF);
    const d = sig(h, 'decision_maker');
    expect(d.explanation.key).toBe('health.decision_maker.stale');
    expect(d.value).toBe(135);
    expect(d.score).toBeCloseTo(0.5, 6); // 135 days: halfway between 90 and 180
  });

  it('flags an overdue QBR against the cadence, from the account or the activities', () => {
    const account: HealthAccount = { id: 'a', qbrCadenceMonths: 3, lastQbrDate: '2024-03-01' };
    const overdue = sig(healthOf(account, {}, ASOF), 'qbr');
    expect(overdue.explanation).toEqual({
      key: 'health.qbr.overdue',
      params: { lastQbr: '2024-03-01', daysSince: 264, daysOverdue: 173, cadenceMonths: 3 },
    });
    expect(overdue.score).toBe(0);
    expect(explainEn(overdue)).toBe('QBR overdue by 173 days: last on 2024-03-01, due every 3 months.');

    const later = sig(healthOf(account, { activities: [activity('2024-07-01', 'qbr')] }, ASOF), 'qbr');
    expect(later.explanation.params).toMatchObject({ lastQbr: '2024-07-01', daysSince: 142, daysOverdue: 51 });
    expect(later.score).toBeCloseTo(54 / 91, 6); // 0 at 196 days, 1 at 105 (91-day cadence + 14 grace)

    const onTime = sig(healthOf(account, { activities: [activity('2024-09-01', 'qbr')] }, ASOF), 'qbr');
    expect(onTime.explanation.key).toBe('health.qbr.on_time');
    expect(onTime.score).toBe(1);

    const never = healthOf({ id: 'a', qbrCadenceMonths: 6 }, {}, ASOF);
    expect(sig(never, 'qbr').explanation).toEqual({ key: 'health.qbr.never', params: { cadenceMonths: 6 } });
    expect(healthOf({ id: 'a' }, {}, ASOF).missingReasons.qbr).toEqual({ key: 'health.missing.no_qbr_cadence', params: {} });
  });

  it('counts escalations and complaints of the last 90 days', () => {
    const activities = [activity('2024-06-01', 'meeting'), activity('2024-10-01', 'escalation'), activity('2024-11-10', 'complaint')];
    const e = sig(healthOf({ id: 'a' }, { activities }, ASOF), 'escalations');
    expect(e.explanation).toEqual({ key: 'health.escalations.rising', params: { escalations: 1, complaints: 1, days: 90, previous: 0 } });
    expect(e.score).toBeCloseTo(1 / (1 + 0.5 * 3), 6);
    const calm = sig(healthOf({ id: 'a' }, { activities: [activity('2024-06-01', 'meeting')] }, ASOF), 'escalations');
    expect(calm.score).toBe(1);
  });

  it('maps NPS and plan completeness', () => {
    const h = healthOf({ id: 'a', nps: -20 }, { planCompleteness: 0.35 }, ASOF);
    expect(sig(h, 'nps').explanation).toEqual({ key: 'health.nps.negative', params: { nps: -20 } });
    expect(sig(h, 'nps').score).toBeCloseTo(0.3, 6);
    expect(sig(h, 'plan').explanation).toEqual({ key: 'health.plan.gaps', params: { completenessPct: 35 } });
  });
});

describe('renewal', () => {
  it('weighs a close renewal by how the rest of the account looks', () => {
    const { account, inputs } = fullAccount();
    const near = { ...account, renewalDate: '2024-12-20' }; // 30 days away
    const good = healthOf(near, inputs, ASOF);
    const bad = healthOf(near, { ...inputs, transactions: monthlyOrders('2023-01', 10), contacts: [contact('Ann', { role: 'user' })] }, ASOF);
    for (const h of [good, bad]) {
      const others = h.signals.filter((s) => s.id !== 'renewal');
      const rest = others.reduce((s, x) => s + x.contribution, 0) / others.reduce((s, x) => s + x.weight, 0);
      expect(sig(h, 'renewal').score).toBeCloseTo(1 - (1 - 30 / 120) * (1 - rest), 6);
      expect(sig(h, 'renewal').value).toBe(30);
    }
    expect(sig(good, 'renewal').explanation.key).toBe('health.renewal.near_healthy');
    expect(sig(bad, 'renewal').explanation.key).toBe('health.renewal.near_at_risk');
    expect(sig(bad, 'renewal').score).toBeLessThan(0.6);
    expect(sig(good, 'renewal').score).toBeGreaterThan(0.9);
    const far = healthOf(account, inputs, ASOF);
    expect(sig(far, 'renewal').explanation).toEqual({ key: 'health.renewal.far', params: { renewalDate: '2025-09-01', daysToRenewal: 285 } });
    expect(sig(far, 'renewal').score).toBe(1);
  });
});

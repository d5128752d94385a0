import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, riskSettingsOf } from '../../src/config.js';
import { Portfolio } from '../../src/core/portfolio.js';
import {
  changeOf,
  defaultRiskSettings,
  healthFor,
  portfolioHealth,
  recordWeeklySnapshot,
  riskSettings,
  weekStartOf,
  withWeeklyChange,
} from '../../src/core/risk/index.js';
import { demoPortfolio } from '../../src/store/demo.js';
import { TEST_NOW, testApp, type TestApp } from '../helpers/app.js';

const demo = new Portfolio(demoPortfolio(TEST_NOW));
const TODAY = '2026-11-25';
const byId = (asOf = TODAY, settings = defaultRiskSettings) =>
  new Map(portfolioHealth(demo, [...demo.accounts.values()], asOf, settings).map((h) => [h.account.id, h]));

describe('account health over the demo portfolio', () => {
  it('puts each account in the band its story tells: one clear problem is enough for watch', () => {
    const bands = Object.fromEntries([...byId()].map(([id, h]) => [id, h.band]));
    expect(bands).toEqual({
      'acc-initech': 'at_risk',
      'acc-woodgrove': 'at_risk',
      'acc-northwind-traders': 'watch',
      'acc-northwind-logistics': 'watch',
      'acc-contoso-pharma': 'watch',
      'acc-fabrikam': 'watch',
      'acc-coho-winery': 'watch',
      'acc-lamna': 'watch',
      'acc-globex': 'healthy',
      'acc-acme': 'healthy',
      'acc-wisla-foods': 'healthy',
      'acc-lodzka-energetyka': 'healthy',
      'acc-adventure-works': 'healthy',
      'acc-litware': 'healthy',
      'acc-wide-world': 'healthy',
    });
  });

  it('names the critical signal that keeps a high score out of healthy', () => {
    const traders = byId().get('acc-northwind-traders')!;
    expect(Math.round(traders.score!)).toBe(87);
    expect(traders.health.band).toBe('healthy');
    expect(traders.band).toBe('watch');
    expect(traders.critical.map((s) => s.id)).toEqual(['trend']);
    expect(traders.reasons[0].explanation).toEqual({
      key: 'health.trend.falling',
      params: { months: 6, basis: 'previous', recent: 88688, earlier: 168768, changePct: -47 },
    });
    const coho = byId().get('acc-coho-winery')!;
    expect(coho.critical.map((s) => s.id)).toEqual(['qbr', 'decision_maker']);
    expect(coho.critical[0].explanation.params).toMatchObject({ daysOverdue: 112, lastQbr: '2026-05-06' });
  });

  it('puts the signals that cost most points first among the reasons of an account at risk', () => {
    const initech = byId().get('acc-initech')!;
    expect(initech.reasons.map((s) => s.id)).toEqual(['recency', 'trend', 'qbr']);
    expect(initech.critical.map((s) => s.id)).toEqual(['recency', 'trend', 'qbr', 'champion', 'decision_maker']);
  });

  it('ranks ABC by revenue in one currency, so złoty and francs are not compared at face value', () => {
    const h = byId();
    const grid = (id: string) => `${h.get(id)!.abcXyz!.abc}${h.get(id)!.abcXyz!.xyz} ${h.get(id)!.tier!.tier}`;
    expect(grid('acc-globex')).toBe('AX strategic');
    expect(grid('acc-lodzka-energetyka')).toBe('AX strategic');
    expect(grid('acc-initech')).toBe('AY strategic');
    expect(grid('acc-northwind-traders')).toBe('BX normal');
    expect(grid('acc-coho-winery')).toBe('CX prospect');
    expect(grid('acc-woodgrove')).toBe('CZ prospect');
    expect(h.get('acc-globex')!.abcXyz!.share).toBeCloseTo(0.223, 3);
  });

  it('scores an account for another feature by id, and nothing for an unknown id', () => {
    const globex = healthFor(demo, 'acc-globex', { asOf: TODAY })!;
    expect(globex.band).toBe('healthy');
    expect(Math.round(globex.score!)).toBe(99);
    expect(healthFor(demo, 'acc-nobody', { asOf: TODAY })).toBeUndefined();
  });

  it('uses only data dated before the as-of day; undated facts (a champion who left) count on every day', () => {
    const before = healthFor(demo, 'acc-initech', { asOf: '2026-06-01' })!;
    expect(Math.round(before.score!)).toBe(88);
    expect(before.health.signals.find((s) => s.id === 'recency')!.explanation.key).toBe('health.recency.on_rhythm');
    expect(before.band).toBe('watch');
    expect(before.critical.map((s) => s.explanation.key)).toEqual(['health.champion.left']);
  });

  it('takes weights from the settings, leaving out a signal weighted 0', () => {
    const settings = riskSettings({ weights: { recency: 0, plan: 0 } });
    const initech = healthFor(demo, 'acc-initech', { asOf: TODAY, settings })!;
    expect(initech.health.signals.map((s) => s.id)).not.toContain('recency');
    expect(initech.score!).toBeGreaterThan(byId().get('acc-initech')!.score!);
  });
});

describe('the change since last week', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('compares with the stored snapshot of last week, which remembers data an import has since overwritten', async () => {
    app = await testApp({ data: 'demo' });
    // Last week's import had Globex with a negative NPS and no contacts; today's has them fixed.
    const lastWeek = demoPortfolio(TEST_NOW);
    const worse = new Portfolio({
      ...lastWeek,
      accounts: lastWeek.accounts.map((a) => (a.id === 'acc-globex' ? { ...a, nps: -60 } : a)),
      contacts: lastWeek.contacts.filter((c) => c.accountId !== 'acc-globex'),
    });
    expect(await recordWeeklySnapshot(app.store, worse, '2026-11-16', defaultRiskSettings)).toBe(true);
    expect(await recordWeeklySnapshot(app.store, demo, '2026-11-18', defaultRiskSettings)).toBe(false);

    const globex = demo.accounts.get('acc-globex')!;
    const acme = demo.accounts.get('acc-acme')!;
    const [g, a] = await withWeeklyChange(app.store, demo, portfolioHealth(demo, [globex, acme], '2026-11-23', defaultRiskSettings), '2026-11-23', defaultRiskSettings);
    expect(g.change).toMatchObject({ basis: 'snapshot', since: '2026-11-16', previousBand: 'watch', kind: 'recovered' });
    expect(g.change!.delta).toBeGreaterThan(9);
    expect(a.change).toMatchObject({ basis: 'snapshot', since: '2026-11-16', previousBand: 'healthy', kind: 'steady' });
  });

  it('recomputes last week from the data dated before it when no snapshot was taken', async () => {
    app = await testApp({ data: 'demo' });
    const initech = demo.accounts.get('acc-initech')!;
    const [h] = await withWeeklyChange(app.store, demo, portfolioHealth(demo, [initech], TODAY, defaultRiskSettings), TODAY, defaultRiskSettings);
    expect(h.change).toMatchObject({ basis: 'recomputed', since: '2026-11-18', previousBand: 'watch', kind: 'new' });
    expect(Math.round(h.change!.delta!)).toBe(-3);
  });

  it('tells new, worse, better and recovered apart', () => {
    const past = (score: number, band: 'healthy' | 'watch' | 'at_risk') => ({ score, band, basis: 'snapshot' as const, since: '2026-11-16' });
    expect(changeOf({ score: 60, band: 'watch' }, past(75, 'healthy'), 5).kind).toBe('new');
    expect(changeOf({ score: 40, band: 'at_risk' }, past(50, 'watch'), 5).kind).toBe('new');
    expect(changeOf({ score: 50, band: 'watch' }, past(58, 'watch'), 5).kind).toBe('worse');
    expect(changeOf({ score: 55, band: 'watch' }, past(58, 'watch'), 5).kind).toBe('steady');
    expect(changeOf({ score: 50, band: 'watch' }, past(40, 'at_risk'), 5).kind).toBe('better');
    expect(changeOf({ score: 75, band: 'healthy' }, past(60, 'watch'), 5).kind).toBe('recovered');
    expect(changeOf({ score: 70, band: 'healthy' }, past(90, 'healthy'), 5).kind).toBe('worse');
  });

  it('starts weeks on Monday', () => {
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-25')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekStartOf('2026-03-01')).toBe('2026-02-23');
  });
});

describe('health settings from the environment', () => {
  const config = (env: Record<string, string>) => loadConfig({ ACRE_DATA_DIR: '/tmp', ...env }, '/nonexistent/.env');

  it('reads weights, the digest schedule and channel, and currency rates', () => {
    const c = config({
      ACRE_HEALTH_WEIGHTS: '{"recency":30,"plan":0}',
      ACRE_DIGEST_CRON: '30 7 * * 1',
      ACRE_DIGEST_CHANNEL: 'teams:19:abc@thread.tacv2',
      ACRE_FX_RATES: '{"PLN":0.25}',
    });
    expect(c.ACRE_DIGEST_CRON).toBe('30 7 * * 1');
    expect(c.ACRE_DIGEST_CHANNEL).toEqual({ channel: 'teams', id: '19:abc@thread.tacv2' });
    const s = riskSettingsOf(c);
    expect(s.weights).toEqual({ recency: 30, plan: 0 });
    expect(s.fxRates.PLN).toBe(0.25);
    expect(s.fxRates.USD).toBe(0.92);
    expect(config({}).ACRE_DIGEST_CRON).toBe('0 8 * * 1');
    // One object per configuration: the portfolio's ABC-XYZ figures are kept per settings object, so every feature shares them.
    expect(riskSettingsOf(c)).toBe(s);
  });

  it('reads the trend of every account again with ACRE_HEALTH_TREND_MIN_ORDERS=0', () => {
    expect(riskSettingsOf(config({})).trendMinOrders).toBe(2);
    const open = riskSettingsOf(config({ ACRE_HEALTH_TREND_MIN_ORDERS: '0' }));
    expect(open.trendMinOrders).toBe(0);
    // Woodgrove: no order in the last 6 months, two before; recency says so, the trend only when asked to
    expect(byId().get('acc-woodgrove')!.health.missingReasons.trend?.key).toBe('health.missing.few_orders');
    const trend = byId(TODAY, open).get('acc-woodgrove')!.health.signals.find((s) => s.id === 'trend');
    expect(trend?.explanation).toMatchObject({ key: 'health.trend.falling', params: { recent: 0, changePct: -100 } });
    expect(() => config({ ACRE_HEALTH_TREND_MIN_ORDERS: 'two' })).toThrow(/ACRE_HEALTH_TREND_MIN_ORDERS/);
  });

  it('refuses weights for a signal that does not exist, and a schedule that is not cron, saying what would work', () => {
    expect(() => config({ ACRE_HEALTH_WEIGHTS: '{"vibes":10}' })).toThrow(/ACRE_HEALTH_WEIGHTS: expected JSON points per signal, e\.g\. \{"recency":30,"plan":0\}; signals: recency, trend/);
    expect(() => config({ ACRE_HEALTH_WEIGHTS: 'recency=30' })).toThrow(/ACRE_HEALTH_WEIGHTS: expected JSON points per signal/);
    expect(() => config({ ACRE_DIGEST_CRON: 'every monday' })).toThrow(/ACRE_DIGEST_CRON: expected a cron pattern such as "0 8 \* \* 1"/);
    expect(() => config({ ACRE_DIGEST_CHANNEL: '#general' })).toThrow(/ACRE_DIGEST_CHANNEL: expected a team channel as slack:<channel id> or teams:<conversation id>/);
  });
});

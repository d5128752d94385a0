import { describe, expect, it } from 'vitest';
import { classifyAbcXyz, suggestTier } from '../../src/core/health/abc-xyz.js';

const flat = (monthly: number, months = 12) => new Array<number>(months).fill(monthly);

describe('ABC-XYZ', () => {
  // yearly revenue 540, 300, 96, 48, 16 (total 1000)
  const portfolio = [
    { accountId: 'small', monthlyRevenue: [16, ...flat(0, 11)] }, // one order in the year
    { accountId: 'big', monthlyRevenue: flat(45) }, // the same every month
    { accountId: 'mid', monthlyRevenue: [5, 11, 5, 11, 5, 11, 5, 11, 5, 11, 5, 11] }, // ±37.5%
    { accountId: 'tail', monthlyRevenue: [0, 8, 0, 8, 0, 8, 0, 8, 0, 8, 0, 8] }, // every other month
    { accountId: 'second', monthlyRevenue: [...flat(0, 6), ...flat(50, 6)] }, // started half a year ago
  ];

  it('ranks by cumulative revenue share: A up to 80%, B up to 95%, C the rest', () => {
    const byId = Object.fromEntries(classifyAbcXyz(portfolio).map((r) => [r.accountId, r]));
    expect(byId.big).toMatchObject({ abc: 'A', revenue: 540, share: 0.54, shareBefore: 0 });
    expect(byId.second).toMatchObject({ abc: 'A', revenue: 300, shareBefore: 0.54 }); // the one crossing 80% is still A
    expect(byId.mid).toMatchObject({ abc: 'B', revenue: 96 });
    expect(byId.mid.shareBefore).toBeCloseTo(0.84, 12);
    expect(byId.tail).toMatchObject({ abc: 'B', revenue: 48 });
    expect(byId.tail.shareBefore).toBeCloseTo(0.936, 12);
    expect(byId.small).toMatchObject({ abc: 'C', revenue: 16 });
    expect(byId.small.shareBefore).toBeCloseTo(0.984, 12);
  });

  it('grades regularity by the coefficient of variation: X ≤ 0.5, Y ≤ 1, Z above', () => {
    const byId = Object.fromEntries(classifyAbcXyz(portfolio).map((r) => [r.accountId, r]));
    expect(byId.big.cv).toBeCloseTo(0, 12);
    expect(byId.big.xyz).toBe('X');
    expect(byId.mid.cv).toBeCloseTo(0.375, 12);
    expect(byId.mid.xyz).toBe('X');
    expect(byId.second.cv).toBeCloseTo(1, 12);
    expect(byId.second.xyz).toBe('Y');
    expect(byId.tail.xyz).toBe('Y');
    expect(byId.small.cv).toBeCloseTo(Math.sqrt(11), 12);
    expect(byId.small.xyz).toBe('Z');
  });

  it('keeps the input order, uses the latest months only, and takes other limits', () => {
    const result = classifyAbcXyz(portfolio, { months: 6 });
    expect(result.map((r) => r.accountId)).toEqual(portfolio.map((p) => p.accountId));
    const byId = Object.fromEntries(result.map((r) => [r.accountId, r]));
    expect(byId.second.revenue).toBe(300);
    expect(byId.second.xyz).toBe('X'); // steady over the last 6 months
    expect(byId.small.revenue).toBe(0);
    expect(byId.small).toMatchObject({ abc: 'C', xyz: 'Z', cv: Infinity });
    const strict = Object.fromEntries(classifyAbcXyz(portfolio, { aShare: 0.5, xMax: 0.3 }).map((r) => [r.accountId, r]));
    expect(strict.second.abc).toBe('B');
    expect(strict.mid.xyz).toBe('Y');
  });

  it('copes with an empty or revenue-less portfolio', () => {
    expect(classifyAbcXyz([])).toEqual([]);
    expect(classifyAbcXyz([{ accountId: 'x', monthlyRevenue: [0, 0, -5] }])).toEqual([
      { accountId: 'x', abc: 'C', xyz: 'Z', cv: Infinity, revenue: 0, share: 0, shareBefore: 0 },
    ]);
  });
});

describe('suggestTier', () => {
  it('follows the ABC-XYZ grid', () => {
    expect(suggestTier('A', 'X')).toEqual({ tier: 'strategic', reason: { key: 'tier.reason.a_steady', params: { abc: 'A', xyz: 'X' } } });
    expect(suggestTier('A', 'Y').tier).toBe('strategic');
    expect(suggestTier('A', 'Z')).toEqual({ tier: 'normal', reason: { key: 'tier.reason.a_irregular', params: { abc: 'A', xyz: 'Z' } } });
    expect(suggestTier('B', 'X').reason.key).toBe('tier.reason.b_steady');
    expect(suggestTier('B', 'Y').tier).toBe('normal');
    expect(suggestTier('B', 'Z')).toEqual({ tier: 'prospect', reason: { key: 'tier.reason.b_irregular', params: { abc: 'B', xyz: 'Z' } } });
    for (const xyz of ['X', 'Y', 'Z'] as const) expect(suggestTier('C', xyz)).toEqual({ tier: 'prospect', reason: { key: 'tier.reason.c_tail', params: { abc: 'C', xyz } } });
  });

  it('moves an account with high potential one tier up', () => {
    expect(suggestTier('C', 'Z', { potential: 'high' })).toEqual({
      tier: 'normal',
      reason: { key: 'tier.reason.high_potential', params: { abc: 'C', xyz: 'Z', base: 'prospect' } },
    });
    expect(suggestTier('B', 'X', { potential: 'high' }).tier).toBe('strategic');
    expect(suggestTier('A', 'X', { potential: 'high' }).reason.key).toBe('tier.reason.a_steady');
    expect(suggestTier('B', 'X', { potential: 'low' }).tier).toBe('normal');
  });
});

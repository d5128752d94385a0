import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isIsoDate, isoOfDay, monthNumber, monthsBefore } from '../../src/core/health/days.js';
import { purchaseHistory } from '../../src/core/health/history.js';
import {
  calendarMonthlyRevenue,
  coefficientOfVariation,
  median,
  medianGap,
  orderDays,
  trailingMonthlyRevenue,
} from '../../src/core/health/monthly.js';
import { occasions } from '../../src/core/health/signals-purchase.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01 like Date.UTC does', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    for (const d of ['1999-12-31', '2024-02-29', '2024-03-01', '2100-02-28', '1900-03-01']) {
      const [y, m, day] = d.split('-').map(Number);
      expect(dayNumber(d)).toBe(Date.UTC(y, m - 1, day) / 86_400_000);
    }
  });

  it('round-trips and ignores a time of day', () => {
    for (let n = -1000; n < 40_000; n += 37) expect(dayNumber(isoOfDay(n))).toBe(n);
    expect(dayNumber('2011-12-09 12:50:00')).toBe(dayNumber('2011-12-09'));
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2011-09-01', 90)).toBe('2011-11-30');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023/01/01')).toBe(false);
  });

  it('counts whole months before a date, ending on its day of the month', () => {
    const asOf = '2024-06-15';
    const m = monthNumber(asOf);
    expect(monthsBefore('2024-06-14', m, 15)).toBe(0);
    expect(monthsBefore('2024-05-15', m, 15)).toBe(0);
    expect(monthsBefore('2024-05-14', m, 15)).toBe(1);
    expect(monthsBefore('2023-06-15', m, 15)).toBe(11);
    expect(monthsBefore('2023-06-14', m, 15)).toBe(12);
  });
});

describe('monthly revenue', () => {
  const txs = [
    { date: '2024-01-05', amount: 100 },
    { date: '2024-01-20', amount: 50 },
    { date: '2024-03-31', amount: 200 },
    { date: '2024-03-31', amount: -20 },
    { date: '2024-04-01', amount: 999 },
  ];

  it('sums calendar months of a range, with zeros and credits', () => {
    expect(calendarMonthlyRevenue(txs, '2024-01-01', '2024-04-01')).toEqual([150, 0, 180]);
    expect(calendarMonthlyRevenue(txs, '2024-01-10', '2024-04-02')).toEqual([50, 0, 180, 999]);
  });

  it('sums trailing months ending at asOf, oldest first, leaving out asOf itself', () => {
    expect(Array.from(trailingMonthlyRevenue(txs, '2024-04-01', 4))).toEqual([0, 150, 0, 180]);
    // mid-month: [03-15, 04-15) is the last month, [02-15, 03-15) the one before…
    expect(Array.from(trailingMonthlyRevenue(txs, '2024-04-15', 4))).toEqual([100, 50, 0, 1179]);
  });

  it('knows how long the history is, from the first transaction or from historyStart', () => {
    expect(purchaseHistory(txs, '2024-04-01', 12).monthsOfHistory).toBe(3);
    expect(purchaseHistory(txs, '2024-04-01', 12, '2023-10-01').monthsOfHistory).toBe(6);
    expect(purchaseHistory([], '2024-04-01', 12).monthsOfHistory).toBe(0);
  });

  it('reads order days and trailing months in one pass as the separate helpers do', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const reused = purchaseHistory([], '2024-04-01', 12);
    for (let round = 0; round < 50; round++) {
      // Any order, repeated days, credits, and dates on and after asOf.
      const list = Array.from({ length: Math.floor(rnd() * 40) }, () => ({
        date: addDays('2023-01-01', Math.floor(rnd() * 560)),
        amount: Math.round((rnd() - 0.15) * 1000),
      }));
      if (round % 2) list.sort((a, b) => (a.date < b.date ? -1 : 1));
      for (const asOf of ['2024-04-01', '2024-04-15']) {
        const fromStrings = purchaseHistory(list, asOf, 12, '2023-01-01');
        expect(fromStrings.orderDays).toEqual(Array.from(orderDays(list, asOf)));
        expect(fromStrings.monthly).toEqual(Array.from(trailingMonthlyRevenue(list, asOf, 12)));
        // Read into one reused history, as healthOf does account after account: the same figures.
        const again = purchaseHistory(list, asOf, 12, '2023-01-01', reused);
        expect(again.orderDays.slice(0, again.orders)).toEqual(fromStrings.orderDays);
        expect(again.orders).toBe(fromStrings.orders);
        expect(again.monthly).toEqual(fromStrings.monthly);
        expect(again.monthsOfHistory).toBe(fromStrings.monthsOfHistory);
      }
    }
  });
});

describe('rhythm helpers', () => {
  it('keeps distinct sale days before asOf, sorted, whatever the input order', () => {
    const days = orderDays(
      [
        { date: '2024-03-01', amount: 10 },
        { date: '2024-01-01', amount: 10 },
        { date: '2024-03-01', amount: 5 },
        { date: '2024-02-01', amount: -10 },
        { date: '2024-05-01', amount: 10 },
      ],
      '2024-04-01',
    );
    expect(Array.from(days)).toEqual([dayNumber('2024-01-01'), dayNumber('2024-03-01')]);
  });

  it('takes the median of the most recent gaps', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(medianGap([0, 10, 20, 50])).toBe(10);
    expect(medianGap([0, 10, 20, 50], 1)).toBe(30);
    expect(Number.isNaN(medianGap([5]))).toBe(true);
  });

  it('folds orders placed within a week into one buying occasion', () => {
    expect(Array.from(occasions(Int32Array.from([0, 1, 3, 7, 8, 30]), 7))).toEqual([0, 7, 30]);
  });

  it('measures the coefficient of variation of monthly revenue', () => {
    expect(coefficientOfVariation([10, 10, 10])).toBe(0);
    expect(coefficientOfVariation([5, 15, 5, 15])).toBeCloseTo(0.5, 10);
    expect(coefficientOfVariation([0, 20, 0, 20])).toBeCloseTo(1, 10);
    expect(coefficientOfVariation([12, 0, 0, 0])).toBeCloseTo(Math.sqrt(3), 10);
    expect(coefficientOfVariation([-5, 10, 0, 10])).toBeCloseTo(coefficientOfVariation([0, 10, 0, 10]), 10);
    expect(coefficientOfVariation([0, 0])).toBe(Infinity);
  });
});

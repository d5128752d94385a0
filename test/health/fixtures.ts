import { addDays } from '../../src/core/health/days.js';
import type { HealthActivity, HealthContact } from '../../src/core/health/types.js';

export interface Tx {
  date: string;
  amount: number;
}

/** An order of `amount` on the given day of every month from `from` (YYYY-MM) for `months` months. */
export function monthlyOrders(from: string, months: number, day = 15, amount = 1000): Tx[] {
  const [y0, m0] = from.split('-').map(Number);
  const out: Tx[] = [];
  for (let i = 0; i < months; i++) {
    const m = m0 - 1 + i;
    const y = y0 + Math.floor(m / 12);
    const mm = (m % 12) + 1;
    out.push({ date: `${y}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`, amount });
  }
  return out;
}

/** An order every `gap` days from `from`, `count` of them. */
export function everyNDays(from: string, gap: number, count: number, amount = 500): Tx[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(from, i * gap), amount }));
}

export const contact = (name: string, extra: Partial<HealthContact> = {}): HealthContact => ({ name, ...extra });

export const activity = (date: string, type: HealthActivity['type']): HealthActivity => ({ date, type });

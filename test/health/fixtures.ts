import { addDays } from '../../src/core/health/days.js';
import { peerRevenueOf } from '../../src/core/health/signals-purchase.js';
import type { Health, HealthAccount, HealthActivity, HealthContact, HealthInputs, Signal, SignalId } from '../../src/core/health/types.js';

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

/** An account with every kind of evidence, healthy unless a test changes something. */
export function fullAccount(): { account: HealthAccount; inputs: HealthInputs } {
  return {
    account: { id: 'acme', nps: 40, renewalDate: '2025-09-01', qbrCadenceMonths: 3, lastQbrDate: '2024-10-01' },
    inputs: {
      transactions: monthlyOrders('2023-01', 23), // 2023-01-15 … 2024-11-15
      contacts: [
        contact('Ann', { role: 'champion', lastContactDate: '2024-11-01' }),
        contact('Bo', { role: 'decision_maker', lastContactDate: '2024-10-20' }),
        contact('Cy', { role: 'user' }),
      ],
      activities: [activity('2024-09-10', 'meeting'), activity('2024-10-01', 'qbr')],
      planCompleteness: 0.9,
      // The portfolio's revenue of the last 12 months: this account (12,000) bought more than 9 of the 10.
      peerRevenue: peerRevenueOf([500, 1000, 1500, 2000, 3000, 4000, 5000, 6000, 8000, 12_000]),
    },
  };
}


export const ASOF = '2024-11-20';

/** The signal of a health result, or a failure naming what is missing. */
export function sig(h: Health, id: SignalId): Signal {
  const s = h.signals.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id} signal; missing: ${h.missing.join(', ')}`);
  return s;
}

/**
 * Exploring changes to the transaction signals on the CHOOSING cutoffs only
 * (2011-04-01, 2011-05-01), with the customers also split in two halves by a hash of
 * their id, so that a choice made on one half can be checked on the other.
 *
 *   npx tsx bench/risk-explore.ts          # choosing cutoffs only
 *   npx tsx bench/risk-explore.ts --test   # the same variants on the test cutoffs (run once, after choosing)
 */
import { addDays } from '../src/core/health/days.js';
import { healthOf } from '../src/core/health/score.js';
import { healthConfig, type HealthConfigOverrides, type HealthWeights } from '../src/core/health/settings.js';
import { trailingMonthlyRevenue } from '../src/core/health/monthly.js';
import { peerRevenueOf, recentRevenue } from '../src/core/health/signals-purchase.js';
import { churned, loadRetail, rfmAt, rocAuc } from './online-retail.js';

const CHOOSING = ['2011-04-01', '2011-05-01'];
const TEST = ['2011-06-01', '2011-07-01', '2011-08-01', '2011-09-01'];
const test = process.argv.includes('--test');
const cutoffs = test ? TEST : CHOOSING;

export interface Variant {
  name: string;
  weights?: Partial<HealthWeights>;
  config?: HealthConfigOverrides;
}

const off = { renewal: 0, threading: 0, champion: 0, decision_maker: 0, qbr: 0, nps: 0, escalations: 0, plan: 0 };
const variants: Variant[] = JSON.parse(process.env.VARIANTS ?? '[{"name":"current"}]');

/** FNV-1a of the id: half 0 or 1. */
function half(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 1;
}

const data = loadRetail();
const rows: string[] = [];
const sums = new Map<string, number[]>();
for (const cutoff of cutoffs) {
  const ids = rfmAt(data.byCustomer, cutoff).map((r) => r.id);
  const labels = ids.map((id) => churned(data.byCustomer.get(id)!, cutoff, addDays(cutoff, 90)));
  const peerRevenue = peerRevenueOf(ids.map((id) => recentRevenue(trailingMonthlyRevenue(data.byCustomer.get(id)!, cutoff, 12))));
  for (const v of variants) {
    const config = healthConfig(v.config ?? {});
    const risk = ids.map((id) => 100 - (healthOf({ id }, { transactions: data.byCustomer.get(id)!, historyStart: data.first, peerRevenue }, cutoff, { ...off, ...(v.weights ?? {}) }, config).score ?? 50));
    const all = rocAuc(risk, labels);
    const hs = [0, 1].map((k) => {
      const idx = ids.map((id, i) => (half(id) === k ? i : -1)).filter((i) => i >= 0);
      return rocAuc(idx.map((i) => risk[i]), idx.map((i) => labels[i]));
    });
    const s = sums.get(v.name) ?? [0, 0, 0];
    s[0] += all / cutoffs.length;
    s[1] += hs[0] / cutoffs.length;
    s[2] += hs[1] / cutoffs.length;
    sums.set(v.name, s);
  }
}
console.log(`cutoffs: ${cutoffs.join(', ')}\n| variant | mean AUC all | half A | half B |\n|---|---:|---:|---:|`);
for (const v of variants) {
  const s = sums.get(v.name)!;
  console.log(`| ${v.name} | ${s[0].toFixed(4)} | ${s[1].toFixed(4)} | ${s[2].toFixed(4)} |`);
}

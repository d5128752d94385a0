/**
 * Candidate signals computed beside the health score, recombined with different weights,
 * on the CHOOSING cutoffs only (with the customers' two hash halves). Exploration aid:
 * nothing here is used by the product.
 */
import { addDays, dayNumber } from '../src/core/health/days.js';
import { healthOf } from '../src/core/health/score.js';
import { healthConfig } from '../src/core/health/settings.js';
import { trailingMonthlyRevenue } from '../src/core/health/monthly.js';
import { occasions, peerRevenueOf, recentRevenue } from '../src/core/health/signals-purchase.js';
import { churned, loadRetail, rfmAt, rocAuc } from './online-retail.js';

const cutoffs = process.argv.includes('--test') ? ['2011-06-01', '2011-07-01', '2011-08-01', '2011-09-01'] : ['2011-04-01', '2011-05-01'];
const off = { renewal: 0, threading: 0, champion: 0, decision_maker: 0, qbr: 0, nps: 0, escalations: 0, plan: 0 };
function half(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 1;
}
type F = Record<string, number>;
const data = loadRetail();
const perCutoff: { ids: string[]; labels: boolean[]; f: F[] }[] = [];
const trendMonths = Number(process.env.TREND_MONTHS ?? 6);
for (const cutoff of cutoffs) {
  const ids = rfmAt(data.byCustomer, cutoff).map((r) => r.id);
  const labels = ids.map((id) => churned(data.byCustomer.get(id)!, cutoff, addDays(cutoff, 90)));
  const peerRevenue = peerRevenueOf(ids.map((id) => recentRevenue(trailingMonthlyRevenue(data.byCustomer.get(id)!, cutoff, 12))));
  const cfg = healthConfig({ trend: { months: trendMonths } });
  const asOf = dayNumber(cutoff);
  // occasions in the last 12 months, for a portfolio percentile
  const occ = ids.map((id) => {
    const days = data.byCustomer.get(id)!.filter((t) => t.amount > 0 && t.date < cutoff).map((t) => dayNumber(t.date));
    const uniq = [...new Set(days)].sort((a, b) => a - b);
    return occasions(uniq.filter((d) => d >= asOf - 365), 7).length;
  });
  const occSorted = Float64Array.from(occ).sort();
  const below = (x: number) => { let n = 0; for (const v of occSorted) if (v < x) n++; return n / occSorted.length; };
  const f = ids.map((id, i) => {
    const h = healthOf({ id }, { transactions: data.byCustomer.get(id)!, historyStart: data.first, peerRevenue }, cutoff, off, cfg);
    const get = (s: string) => h.signals.find((x) => x.id === s)?.score ?? NaN;
    const out: F = { recency: get('recency'), trend: get('trend'), regularity: get('regularity'), volume: get('volume') };
    const tr = h.signals.find((x) => x.id === 'trend');
    if (tr) { out.ratio = tr.value; for (const z of [0.25, 0.5, 0.75]) out['trendFull' + z] = Math.min(1, tr.value / z); }
    // repeat orders in both compared spans?
    if (tr) {
      const m = Number(tr.explanation.params.months);
      const txs = data.byCustomer.get(id)!.filter((t) => t.amount > 0 && t.date < cutoff);
      const recentFrom = addDays(cutoff, -Math.round(m * 30.44));
      const earlierFrom = addDays(cutoff, -Math.round(2 * m * 30.44));
      const rd = new Set(txs.filter((t) => t.date >= recentFrom).map((t) => t.date)).size;
      const ed = new Set(txs.filter((t) => t.date >= earlierFrom && t.date < recentFrom).map((t) => t.date)).size;
      out.trendRepeat = rd >= 1 && ed >= 2 ? out.trend : NaN;
      out.trendRepeat2 = rd + ed >= 3 ? out.trend : NaN;
      out.recentOrders = rd;
      out.earlierOrders = ed;
    } else out.trendRepeat = out.trendRepeat2 = NaN;
    out.occ = occ[i];
    out.freq = Math.min(1, below(occ[i]) / 0.75);
    return out;
  });
  perCutoff.push({ ids, labels, f });
}
export type Combo = { name: string; w: Record<string, number> };
const combos: Combo[] = JSON.parse(process.env.COMBOS!);
console.log(`cutoffs: ${cutoffs.join(', ')} (trend months ${trendMonths})\n| variant | mean AUC | half A | half B |\n|---|---:|---:|---:|`);
const res: [string, number, number, number][] = [];
for (const c of combos) {
  let a = 0, ha = 0, hb = 0;
  for (const pc of perCutoff) {
    const risk = pc.f.map((f) => {
      let sw = 0, ss = 0;
      for (const [k, w] of Object.entries(c.w)) if (w > 0 && Number.isFinite(f[k])) { sw += w; ss += w * f[k]; }
      return sw ? -ss / sw : -0.5;
    });
    a += rocAuc(risk, pc.labels) / perCutoff.length;
    for (const k of [0, 1]) {
      const idx = pc.ids.map((id, i) => (half(id) === k ? i : -1)).filter((i) => i >= 0);
      const v = rocAuc(idx.map((i) => risk[i]), idx.map((i) => pc.labels[i])) / perCutoff.length;
      if (k === 0) ha += v; else hb += v;
    }
  }
  res.push([c.name, a, ha, hb]);
}
const sortBy = process.env.SORT === 'A' ? 2 : 1;
if (process.env.SORT) res.sort((x, y) => (y[sortBy] as number) - (x[sortBy] as number));
for (const r of res.slice(0, Number(process.env.TOP ?? 1000))) console.log(`| ${r[0]} | ${r[1].toFixed(4)} | ${r[2].toFixed(4)} | ${r[3].toFixed(4)} |`);

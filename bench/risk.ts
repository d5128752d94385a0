/**
 * Does the explainable health score find the customers who stop buying, and is it fast
 * enough for a digest over a large portfolio?
 *
 *   npx tsx bench/risk.ts             # accuracy on Online Retail + timing
 *   npx tsx bench/risk.ts --no-timing # accuracy only
 *   ACRE_RETAIL_CSV=/path/invoices.csv npx tsx bench/risk.ts
 *
 * Accuracy: for each cutoff, every customer with a purchase before it is scored on
 * data before it; the label is "no purchase in the next 90 days". Risk = 100 − score.
 * Baselines in the same run: days since the last purchase, number of purchase days, and
 * a logistic regression on log recency/frequency/monetary (and one on recency/frequency
 * only) trained 90 days before the cutoff (whose labels are known at the cutoff) and
 * applied at the cutoff. The score is given the import's first date as historyStart, and
 * the 12-month revenue of every customer known at the cutoff as the portfolio its volume
 * is compared with (data before the cutoff only, like everything else it reads).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { addDays, isoOfDay, dayNumber } from '../src/core/health/days.js';
import { healthOf } from '../src/core/health/score.js';
import { trailingMonthlyRevenue } from '../src/core/health/monthly.js';
import { peerRevenueOf, recentRevenue } from '../src/core/health/signals-purchase.js';
import type { HealthActivity, HealthContact, PeerRevenue } from '../src/core/health/types.js';
import { explainEn } from '../src/core/health/explain-en.js';
import {
  churned,
  loadRetail,
  precisionAtTop,
  predictLogistic,
  retailCsvPath,
  rfmAt,
  rfmFeatures,
  rocAuc,
  trainLogistic,
  type Rfm,
  type Tx,
} from './online-retail.js';
import { seededRandom } from '../scripts/seeded-random.js';

const HORIZON = 90;
/** Used while choosing the score's settings; reported but kept apart from the test cutoffs. */
const TUNING_CUTOFFS = ['2011-04-01', '2011-05-01'];
const TEST_CUTOFFS = ['2011-06-01', '2011-07-01', '2011-08-01', '2011-09-01'];

interface Row {
  cutoff: string;
  customers: number;
  churnRate: number;
  auc: Record<Method, number>;
  p10: Record<Method, number>;
}
const methods = ['score', 'recency', 'frequency', 'logistic', 'logisticRF'] as const;
const methodNames: Record<Method, string> = { score: 'score', recency: 'recency', frequency: 'frequency', logistic: 'logistic RFM', logisticRF: 'logistic RF' };
type Method = (typeof methods)[number];

/** The portfolio as of a day: every customer's revenue of the 12 months before it. */
const peersAt = (byCustomer: Map<string, Tx[]>, ids: readonly string[], asOf: string): PeerRevenue =>
  peerRevenueOf(ids.map((id) => recentRevenue(trailingMonthlyRevenue(byCustomer.get(id)!, asOf, 12))));

function evaluate(byCustomer: Map<string, Tx[]>, cutoff: string, historyStart: string): Row {
  const until = addDays(cutoff, HORIZON);
  const train = addDays(cutoff, -HORIZON);
  const trainSet = rfmAt(byCustomer, train);
  const trainLabels = trainSet.map((r) => churned(byCustomer.get(r.id)!, train, cutoff));
  const model = trainLogistic(trainSet.map(rfmFeatures), trainLabels);
  const rf = (r: Rfm) => rfmFeatures(r).slice(0, 2);
  const modelRF = trainLogistic(trainSet.map(rf), trainLabels);
  const test = rfmAt(byCustomer, cutoff);
  const labels = test.map((r) => churned(byCustomer.get(r.id)!, cutoff, until));
  const peerRevenue = peersAt(byCustomer, test.map((r) => r.id), cutoff);
  const risk: Record<Method, number[]> = {
    score: test.map((r) => 100 - (healthOf({ id: r.id }, { transactions: byCustomer.get(r.id)!, historyStart, peerRevenue }, cutoff).score ?? 50)),
    recency: test.map((r) => r.recency),
    frequency: test.map((r) => -r.frequency),
    logistic: test.map((r) => predictLogistic(model, rfmFeatures(r))),
    logisticRF: test.map((r) => predictLogistic(modelRF, rf(r))),
  };
  const auc = {} as Record<Method, number>;
  const p10 = {} as Record<Method, number>;
  for (const m of methods) {
    auc[m] = rocAuc(risk[m], labels);
    p10[m] = precisionAtTop(risk[m], labels, 0.1);
  }
  return { cutoff, customers: test.length, churnRate: labels.filter(Boolean).length / labels.length, auc, p10 };
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(rows: Row[], withMean: boolean): string {
  const head = `| cutoff | customers | churn rate | ${methods.map((m) => `AUC ${methodNames[m]}`).join(' | ')} | ${methods.map((m) => `P@10% ${methodNames[m]}`).join(' | ')} |`;
  const sep = `|---|---:|---:|${methods.map(() => '---:').join('|')}|${methods.map(() => '---:').join('|')}|`;
  const line = (r: Row) =>
    `| ${r.cutoff} | ${r.customers} | ${pct(r.churnRate)} | ${methods.map((m) => f3(r.auc[m])).join(' | ')} | ${methods.map((m) => pct(r.p10[m])).join(' | ')} |`;
  const out = [head, sep, ...rows.map(line)];
  if (withMean && rows.length) {
    const mean = (get: (r: Row) => number) => rows.reduce((s, r) => s + get(r), 0) / rows.length;
    const m: Row = {
      cutoff: '**mean**',
      customers: Math.round(mean((r) => r.customers)),
      churnRate: mean((r) => r.churnRate),
      auc: Object.fromEntries(methods.map((k) => [k, mean((r) => r.auc[k])])) as Record<Method, number>,
      p10: Object.fromEntries(methods.map((k) => [k, mean((r) => r.p10[k])])) as Record<Method, number>,
    };
    out.push(line(m));
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- synthetic portfolio


const ASOF = '2026-11-25';
const START = dayNumber(ASOF) - 730;
const DATES = Array.from({ length: 760 }, (_, i) => isoOfDay(START + i));
const ROLES = ['decision_maker', 'sponsor', 'champion', 'influencer', 'user'] as const;
const KINDS = ['meeting', 'call', 'email', 'qbr', 'complaint', 'escalation', 'ticket'] as const;

interface SyntheticAccount {
  account: { id: string; nps?: number; renewalDate?: string; qbrCadenceMonths?: number; lastQbrDate?: string };
  transactions: Tx[];
  contacts: HealthContact[];
  activities: HealthActivity[];
  planCompleteness?: number;
}

/** 24 months of orders (rhythm 3–60 days, some accounts fading out), contacts, activities. */
function synthetic(n: number, seed: number): SyntheticAccount[] {
  const rnd = seededRandom(seed);
  const out: SyntheticAccount[] = [];
  for (let i = 0; i < n; i++) {
    const gap = 3 + Math.floor(rnd() * 57);
    const stopAt = rnd() < 0.2 ? Math.floor(rnd() * 730) : 760;
    const size = 100 + rnd() * 5000;
    const transactions: Tx[] = [];
    for (let d = Math.floor(rnd() * gap); d < Math.min(730, stopAt); d += Math.max(1, Math.round(gap * (0.5 + rnd())))) {
      transactions.push({ date: DATES[d], amount: Math.round(size * (0.3 + rnd() * 1.4)) });
      if (rnd() < 0.03) transactions.push({ date: DATES[d + 1], amount: -Math.round(size * 0.2) });
    }
    const contacts: HealthContact[] = [];
    const nc = Math.floor(rnd() * 6);
    for (let c = 0; c < nc; c++) {
      contacts.push({
        name: `Contact ${c}`,
        role: ROLES[Math.floor(rnd() * ROLES.length)],
        leftCompany: rnd() < 0.1,
        lastContactDate: DATES[Math.floor(rnd() * 730)],
      });
    }
    const activities: HealthActivity[] = [];
    const na = Math.floor(rnd() * 30);
    for (let a = 0; a < na; a++) activities.push({ date: DATES[Math.floor(rnd() * 730)], type: KINDS[Math.floor(rnd() * KINDS.length)] });
    out.push({
      account: {
        id: `A${i}`,
        nps: rnd() < 0.6 ? Math.round(rnd() * 200 - 100) : undefined,
        renewalDate: rnd() < 0.7 ? DATES[Math.floor(rnd() * 760)] : undefined,
        qbrCadenceMonths: rnd() < 0.5 ? 3 : undefined,
      },
      transactions,
      contacts,
      activities,
      planCompleteness: rnd() < 0.5 ? rnd() : undefined,
    });
  }
  return out;
}

function timing(n: number): string {
  const accounts = synthetic(n, 42 + n);
  const txs = accounts.reduce((s, a) => s + a.transactions.length, 0);
  const peerRevenue = peerRevenueOf(accounts.map((a) => recentRevenue(trailingMonthlyRevenue(a.transactions, ASOF, 12))));
  const inputs = accounts.map((a) => ({ ...a, peerRevenue }));
  if (global.gc) global.gc();
  const dataHeap = process.memoryUsage().heapUsed;
  let peakHeap = dataHeap;
  let signals = 0;
  let sum = 0;
  const t0 = performance.now();
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i];
    const h = healthOf(a.account, inputs[i], ASOF);
    signals += h.signals.length + h.missing.length;
    sum += h.score ?? 0;
    if ((i & 1023) === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const ms = performance.now() - t0;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const rss = process.resourceUsage().maxRSS / 1024;
  const perSignalUs = (ms * 1000) / signals;
  return `| ${n.toLocaleString('en')} | ${txs.toLocaleString('en')} | ${ms.toFixed(0)} | ${((ms * 1000) / n).toFixed(1)} | ${perSignalUs.toFixed(2)} | ${(dataHeap / 2 ** 20).toFixed(0)} | ${(peakHeap / 2 ** 20).toFixed(0)} | ${rss.toFixed(0)} | ${(sum / n).toFixed(1)} |`;
}

// ---------------------------------------------------------------- main

const args = new Set(process.argv.slice(2));
const path = retailCsvPath();
const t0 = performance.now();
const data = loadRetail(path);
console.log(`# Risk benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(
  `\n${path}: ${data.rows} invoices, ${data.byCustomer.size} customers, ${data.first} … ${data.last} (${data.skipped} rows without a customer skipped; loaded in ${(performance.now() - t0).toFixed(0)} ms)`,
);
console.log(`Label: no purchase in the ${HORIZON} days from the cutoff. Risk = 100 − health score.\n`);

const tuning = TUNING_CUTOFFS.map((c) => evaluate(data.byCustomer, c, data.first));
const test = TEST_CUTOFFS.map((c) => evaluate(data.byCustomer, c, data.first));
console.log('## Test cutoffs\n');
console.log(table(test, true));
const meanAuc = (m: Method) => test.reduce((s, r) => s + r.auc[m], 0) / test.length;
console.log(`\nMean AUC to four places: ${methods.map((m) => `${methodNames[m]} ${meanAuc(m).toFixed(4)}`).join(', ')}.`);
console.log('\n## Cutoffs used for choosing settings\n');
console.log(table(tuning, false));

const example = [...data.byCustomer.entries()].find(([, t]) => t.length > 8 && churned(t, '2011-06-01', '2011-09-01') && t[0].date < '2011-03-01');
if (example) {
  const peerRevenue = peersAt(data.byCustomer, rfmAt(data.byCustomer, '2011-06-01').map((r) => r.id), '2011-06-01');
  const h = healthOf({ id: example[0] }, { transactions: example[1], historyStart: data.first, peerRevenue }, '2011-06-01');
  console.log(`\nExample: customer ${h.accountId} on 2011-06-01 — ${h.score?.toFixed(0)} (${h.band}), did not buy in the next 90 days`);
  for (const s of h.signals) console.log(`  ${s.id.padEnd(11)} ${s.contribution.toFixed(1).padStart(5)} / ${s.weight.toFixed(1).padStart(4)}  ${explainEn(s)}`);
  console.log(`  missing: ${h.missing.join(', ')}`);
}

if (!args.has('--no-timing')) {
  console.log('\n## Speed (synthetic accounts, 24 months of transactions, contacts and activities)\n');
  console.log('| accounts | transactions | ms | µs / account | µs / signal | heap before scoring MB | peak heap MB | peak RSS MB | mean score |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const a of synthetic(2_000, 7)) healthOf(a.account, a, ASOF); // let the JIT settle first
  for (const n of [10_000, 100_000]) console.log(timing(n));
}

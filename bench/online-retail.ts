/**
 * The UCI Online Retail data set as accounts with transactions, and what the risk
 * benchmark measures on it: churn labels, RFM features, a logistic-regression
 * baseline, ROC AUC and precision at the top of the list.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { dayNumber } from '../src/core/health/days.js';

export interface Tx {
  date: string;
  amount: number;
}

/** The invoices file: ACRE_RETAIL_CSV, or ../shared/fixtures/online-retail/invoices.csv from the project root. */
export function retailCsvPath(): string {
  return process.env.ACRE_RETAIL_CSV ?? resolve(process.cwd(), '../shared/fixtures/online-retail/invoices.csv');
}

/**
 * Reads invoices.csv (invoice,customer_id,country,invoice_date,amount; one row per
 * invoice, dates 'YYYY-MM-DD hh:mm:ss', cancellations as negative amounts on 'C…'
 * invoices). Rows without a customer are skipped. Transactions come sorted by date.
 */
export function loadRetail(path = retailCsvPath()): { byCustomer: Map<string, Tx[]>; rows: number; skipped: number; first: string; last: string } {
  const records = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const byCustomer = new Map<string, Tx[]>();
  let skipped = 0;
  let first = '9999-99-99';
  let last = '0000-00-00';
  for (const r of records) {
    const id = (r.customer_id ?? '').trim();
    const amount = Number(r.amount);
    const date = (r.invoice_date ?? '').slice(0, 10);
    if (!id || !Number.isFinite(amount) || date.length !== 10) {
      skipped++;
      continue;
    }
    if (date < first) first = date;
    if (date > last) last = date;
    const list = byCustomer.get(id);
    if (list) list.push({ date, amount });
    else byCustomer.set(id, [{ date, amount }]);
  }
  for (const list of byCustomer.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { byCustomer, rows: records.length, skipped, first, last };
}

/** Recency, frequency and monetary value of a customer from its transactions before asOf. */
export interface Rfm {
  id: string;
  /** Days since the last purchase. */
  recency: number;
  /** Distinct days with a purchase. */
  frequency: number;
  /** Net revenue (sales minus cancellations). */
  monetary: number;
}

/** RFM of every customer with at least one purchase before asOf. */
export function rfmAt(byCustomer: Map<string, Tx[]>, asOf: string): Rfm[] {
  const asOfDay = dayNumber(asOf);
  const out: Rfm[] = [];
  for (const [id, txs] of byCustomer) {
    let last = '';
    let prev = '';
    let frequency = 0;
    let monetary = 0;
    for (const t of txs) {
      if (t.date >= asOf) break;
      monetary += t.amount;
      if (t.amount > 0) {
        if (t.date !== prev) frequency++;
        prev = t.date;
        last = t.date;
      }
    }
    if (frequency > 0) out.push({ id, recency: asOfDay - dayNumber(last), frequency, monetary });
  }
  return out;
}

/** True when the customer made no purchase in [from, from + days). */
export function churned(txs: readonly Tx[], from: string, until: string): boolean {
  for (const t of txs) if (t.amount > 0 && t.date >= from && t.date < until) return false;
  return true;
}

/** ROC AUC of scores against labels (true = positive), ties counted as half (Mann–Whitney). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Float64Array(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = r;
    i = j + 1;
  }
  let pos = 0;
  let sumPos = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) {
    pos++;
    sumPos += ranks[i];
  }
  const neg = labels.length - pos;
  return (sumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Share of positives among the top `fraction` by score. Ties at the cut are averaged
 * (each tied item counts with the positive rate of its tie group), so ties do not
 * flatter or punish a score by the order the items happen to come in.
 */
export function precisionAtTop(scores: readonly number[], labels: readonly boolean[], fraction = 0.1): number {
  const k = Math.max(1, Math.round(scores.length * fraction));
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let hits = 0;
  let i = 0;
  while (i < k) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    let pos = 0;
    for (let t = i; t <= j; t++) if (labels[idx[t]]) pos++;
    const take = Math.min(j + 1, k) - i;
    hits += (pos / (j - i + 1)) * take;
    i = j + 1;
  }
  return hits / k;
}

/** Features of the logistic regression: log recency, log frequency, log monetary. */
export const rfmFeatures = (r: Rfm): number[] => [Math.log1p(r.recency), Math.log(r.frequency), Math.log1p(Math.max(0, r.monetary))];

export interface Logistic {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** Logistic regression on standardised features by batch gradient descent (with a little L2). */
export function trainLogistic(x: number[][], y: readonly boolean[], iterations = 3000, rate = 0.5, l2 = 1e-4): Logistic {
  const d = x[0].length;
  const n = x.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
  for (const row of x) for (let j = 0; j < d; j++) std[j] += (row[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) || 1;
  const z = x.map((row) => row.map((v, j) => (v - mean[j]) / std[j]));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * z[i][j];
      const err = 1 / (1 + Math.exp(-s)) - (y[i] ? 1 : 0);
      gb += err;
      for (let j = 0; j < d; j++) gw[j] += err * z[i][j];
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < d; j++) w[j] -= rate * (gw[j] / n + l2 * w[j]);
  }
  return { mean, std, weights: w, bias: b };
}

/** Probability of the positive class. */
export function predictLogistic(m: Logistic, row: readonly number[]): number {
  let s = m.bias;
  for (let j = 0; j < row.length; j++) s += (m.weights[j] * (row[j] - m.mean[j])) / m.std[j];
  return 1 / (1 + Math.exp(-s));
}

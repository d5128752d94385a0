/**
 * How fast `acre import` takes a large CRM export: 100,000 transactions over 1,000
 * accounts, into a fresh SQLite store, against a baseline measured in the same run —
 * csv-parse reading the same file and nothing else.
 *
 * Run: npm run bench:import
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/core/ports.js';
import { importCsv } from '../src/store/import/index.js';

const ACCOUNTS = 1_000;
const TRANSACTIONS = Number(process.argv[2] ?? 100_000);

function writeExport(dir: string): void {
  const users = 'email,role\nkam@bench.example,kam\n';
  const accounts = ['id,name,owner_email,arr,currency', ...Array.from({ length: ACCOUNTS }, (_, i) => `a${i},Account ${i},kam@bench.example,${10_000 + i},EUR`)];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const tx = ['account_id,date,amount,currency,invoice'];
  for (let i = 0; i < TRANSACTIONS; i++) {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    tx.push(`a${i % ACCOUNTS},2025-${month}-${day},${(random() * 5_000).toFixed(2)},EUR,INV-${i}`);
  }
  writeFileSync(join(dir, 'users.csv'), users);
  writeFileSync(join(dir, 'accounts.csv'), `${accounts.join('\n')}\n`);
  writeFileSync(join(dir, 'transactions.csv'), `${tx.join('\n')}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'acre-bench-import-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'acre-bench-data-'));
  try {
    writeExport(dir);
    const baselineStart = performance.now();
    const rows = parse(readFileSync(join(dir, 'transactions.csv'), 'utf8'), { info: true }) as unknown[];
    const baselineMs = performance.now() - baselineStart;

    const app = await createApp(loadConfig({ ACRE_DATA_DIR: dataDir, ACRE_DEMO: 'off' }, join(dir, 'none.env')), { logger: silentLogger });
    const start = performance.now();
    const result = await importCsv(app.acre, [dir], { now: new Date() });
    const importMs = performance.now() - start;
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
    app.acre.refresh();
    const loadStart = performance.now();
    const loaded = await app.acre.portfolio();
    const loadMs = performance.now() - loadStart;
    await app.close();

    console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
    console.log(`rows: ${ACCOUNTS} accounts, ${TRANSACTIONS.toLocaleString('en')} transactions (${rows.length - 1} parsed)`);
    console.log(`baseline  csv-parse alone              ${baselineMs.toFixed(0).padStart(7)} ms`);
    console.log(`acre      import (parse, check, store) ${importMs.toFixed(0).padStart(7)} ms  (${(importMs / baselineMs).toFixed(1)}× the baseline, ${Math.round(TRANSACTIONS / (importMs / 1000)).toLocaleString('en')} rows/s)`);
    console.log(`acre      load the stored portfolio    ${loadMs.toFixed(0).padStart(7)} ms  (${loaded.data.transactions.length.toLocaleString('en')} transactions)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

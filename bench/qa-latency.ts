/**
 * Account Q&A latency: time from question to answer through `acre.handle`, on a
 * synthetic portfolio of 10,000 accounts (bench/portfolio-gen.ts), for an admin who
 * sees all of them and for a KAM with about 50, against the bare `/account <id>`
 * command in the same run.
 *
 *   npm run bench:qa-latency                     state on tmpfs (/dev/shm) when there is one
 *   npm run bench:qa-latency -- --store-dir DIR  state (SQLite) in DIR, e.g. on disk
 *   options: --accounts N (10000), --rounds N (1000 timed turns per row)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { visibleAccounts } from '../src/core/accounts/access.js';
import { nameIndexOf } from '../src/core/accounts/name-index.js';
import type { Input } from '../src/core/conversation.js';
import type { Account } from '../src/core/model.js';
import { FixedClock, silentLogger } from '../src/core/ports.js';
import { isEveryday } from '../src/core/qa/nlu/common-words.js';
import { tokenize } from '../src/core/qa/nlu/tokens.js';
import { BENCH_ADMIN, generatePortfolio, kamEmail } from './portfolio-gen.js';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ACCOUNTS = Number(option('accounts') ?? 10_000);
const ROUNDS = Number(option('rounds') ?? 1_000);
const WARM_UP = 100;
const TODAY = '2026-11-25';
const storeRoot = option('store-dir') ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

type Kind = 'account' | 'portfolio' | 'overview';
type Template = { kind: Kind; ask: (a: Account, b: Account) => string };

const short = (a: Account) => a.name.split(' ').slice(0, 2).join(' ');
const typo = (name: string) => name.replace(/([a-z])([a-z])/, '$2$1');

/** What a KAM types, about one of their accounts (sometimes misspelt, sometimes in Polish) or all of them. */
const templates: Template[] = [
  { kind: 'account', ask: (a) => `when does ${short(a)} renew?` },
  { kind: 'account', ask: (a) => `how much did ${short(a)} buy this year?` },
  { kind: 'account', ask: (a) => `who signs at ${short(a)}?` },
  { kind: 'account', ask: (a) => `${short(a)} revenue trend` },
  { kind: 'account', ask: (a) => `last order from ${a.name}` },
  { kind: 'account', ask: (a) => `how often does ${short(a)} order?` },
  { kind: 'account', ask: (a) => `${typo(short(a))} renewal` },
  { kind: 'account', ask: (a) => `kiedy odnowienie ${short(a)}?` },
  { kind: 'account', ask: (a) => `ile kupił ${short(a)} w zeszłym roku?` },
  { kind: 'account', ask: (a, b) => `compare ${short(a)} and ${short(b)}` },
  { kind: 'account', ask: (a) => `${short(a)} revenue by month` },
  { kind: 'account', ask: (a) => `contacts at ${short(a)} we haven't talked to in 60 days` },
  { kind: 'account', ask: (a) => `any escalations at ${short(a)}?` },
  { kind: 'portfolio', ask: () => 'renewals in the next 90 days' },
  { kind: 'portfolio', ask: () => "which accounts haven't ordered in 60 days?" },
  { kind: 'portfolio', ask: () => 'my accounts by ARR' },
  { kind: 'portfolio', ask: () => 'any escalations in the last 30 days?' },
  { kind: 'portfolio', ask: () => "who haven't we spoken to in 90 days?" },
  { kind: 'overview', ask: (a) => `tell me about ${short(a)}` },
];

function questions(accounts: readonly Account[], kind: Kind, count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const mine = templates.filter((t) => t.kind === kind);
  return Array.from({ length: count }, () => pick(mine).ask(pick(accounts), pick(accounts)));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(11);

/** Of the slowest 1% of turns: how many overlapped a collection, and the share of their time spent collecting. */
function tailReport(spans: { start: number; end: number }[], pauses: { start: number; end: number }[]): string {
  const slowest = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, Math.max(1, Math.ceil(spans.length / 100)));
  let withPause = 0;
  let inGc = 0;
  let total = 0;
  for (const s of slowest) {
    const overlap = pauses.reduce((sum, p) => sum + Math.max(0, Math.min(s.end, p.end) - Math.max(s.start, p.start)), 0);
    if (overlap > 0) withPause++;
    inGc += overlap;
    total += s.end - s.start;
  }
  return `${withPause} of ${slowest.length} turns had a GC pause; ${((100 * inGc) / total).toFixed(0)}% of their time was GC`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(storeRoot, 'acre-bench-qa-'));
  const clock = new FixedClock(new Date(`${TODAY}T10:00:00Z`));
  const app = await createApp(loadConfig({ ACRE_DATA_DIR: dataDir, ACRE_DEMO: 'off' }, join(dataDir, 'no.env')), { logger: silentLogger, clock });
  try {
    let t = performance.now();
    const data = generatePortfolio({ accounts: ACCOUNTS, today: TODAY });
    const generated = performance.now() - t;
    t = performance.now();
    const portfolio = await app.acre.replacePortfolio(data);
    const imported = performance.now() - t;
    const kam = kamEmail(3);
    const users = [
      { label: `admin (${ACCOUNTS.toLocaleString('en')} accts)`, email: BENCH_ADMIN },
      { label: `KAM (${visibleAccounts(portfolio, portfolio.user(kam)!).length} accts)`, email: kam },
    ];
    const load = loadavg()[0];

    // The name index of a user's accounts is built on their first question, once per import.
    t = performance.now();
    const index = nameIndexOf(visibleAccounts(portfolio, portfolio.user(BENCH_ADMIN)!));
    const indexBuilt = performance.now() - t;
    const probes = data.accounts.slice(0, 2_000).map((a) => tokenize(`when does ${short(a)} renew`));
    t = performance.now();
    for (const p of probes) index.mentions(p, isEveryday);
    const lookup = (performance.now() - t) / probes.length;

    console.log(`Account Q&A latency through acre.handle — ${ACCOUNTS.toLocaleString('en')} accounts, ${data.transactions.length.toLocaleString('en')} transactions, ${data.contacts.length.toLocaleString('en')} contacts`);
    console.log(`clock 2026-11-25; node ${process.version}; ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}; load average ${load.toFixed(1)} at start`);
    console.log(`state (conversation memory): SQLite in ${storeRoot}; portfolio generated in ${(generated / 1000).toFixed(1)} s, imported in ${(imported / 1000).toFixed(1)} s`);
    console.log(`admin's name index: built in ${indexBuilt.toFixed(0)} ms on the first question after an import; finding the accounts in a question: ${(lookup * 1000).toFixed(0)} µs\n`);
    console.log(`${'who'.padEnd(22)}${'what'.padEnd(30)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'p99'.padStart(11)}${'max'.padStart(11)}`);

    // Garbage-collection pauses, to tell which of the slowest turns waited for the collector.
    const pauses: { start: number; end: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
    });
    observer.observe({ entryTypes: ['gc'] });
    const tails: string[] = [];

    let turn = 0;
    for (const user of users) {
      const visible = visibleAccounts(portfolio, portfolio.user(user.email)!);
      const rows: [string, string[]][] = [
        ['/account <id> (baseline)', Array.from({ length: WARM_UP + ROUNDS }, (_, i) => `/account ${visible[(i * 7919) % visible.length].id}`)],
        ['questions about an account', questions(visible, 'account', WARM_UP + ROUNDS, 7)],
        ['questions across accounts', questions(visible, 'portfolio', WARM_UP + ROUNDS, 11)],
        ['"tell me about…" (overview)', questions(visible, 'overview', WARM_UP + ROUNDS, 13)],
      ];
      for (const [what, texts] of rows) {
        const times: number[] = [];
        const spans: { start: number; end: number }[] = [];
        pauses.length = 0;
        for (const [i, text] of texts.entries()) {
          const input: Input = { channel: 'console', identity: { email: user.email }, conversationId: `bench-${turn++ % 50}`, shared: false, text };
          // Each message reaches a server as its own event: let the event loop turn between them
          // (timers, I/O callbacks, collector tasks), as it does between two Slack requests.
          await new Promise((r) => setImmediate(r));
          const started = performance.now();
          await app.acre.handle(input);
          const ended = performance.now();
          if (i >= WARM_UP) {
            times.push(ended - started);
            spans.push({ start: started, end: ended });
          }
        }
        await new Promise((r) => setImmediate(r)); // the observer reports asynchronously
        tails.push(`${user.label.padEnd(22)}${what.padEnd(30)}${tailReport(spans, pauses)}`);
        times.sort((a, b) => a - b);
        console.log(`${user.label.padEnd(22)}${what.padEnd(30)}${ms(percentile(times, 50))}${ms(percentile(times, 95))}${ms(percentile(times, 99))}${ms(times[times.length - 1])}`);
      }
    }
    observer.disconnect();
    console.log(`\nThe slowest 1% of each row's turns, and how much of them was garbage collection:`);
    for (const line of tails) console.log(line);
    console.log(`\n${ROUNDS} timed turns per row after ${WARM_UP} warm-up turns; load average ${loadavg()[0].toFixed(1)} at the end.`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

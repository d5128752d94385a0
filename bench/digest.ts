/**
 * How long the weekly digest takes for a manager whose team covers 10,000 and 100,000
 * accounts (24 months of orders, contacts and activities each), and how much memory it
 * needs, against a baseline measured in the same run: the health score alone
 * (healthOf over every account, nothing else).
 *
 *   npm run bench:digest               # both sizes, each in its own process
 *   npm run bench:digest -- --size 10000
 *
 * Steps timed, each after the data is loaded (a Portfolio, as the app holds it):
 *  - baseline: healthOf for every account;
 *  - digest: weeklyDigestFor + digestReplies, last week's snapshot stored (the usual Monday);
 *  - digest without a snapshot: last week recomputed from the data (a fresh install);
 *  - snapshot: recordWeeklySnapshot, which the first digest of a week also does.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { healthOf } from '../src/core/health/index.js';
import type { Account, Activity, Contact, PortfolioData, Transaction, User } from '../src/core/model.js';
import { Portfolio } from '../src/core/portfolio.js';
import { defaultRiskSettings, digestRecipients, digestReplies, recordWeeklySnapshot, weeklyDigestFor } from '../src/core/risk/index.js';
import { abcXyzOf } from '../src/core/risk/portfolio-facts.js';
import { addDays } from '../src/core/dates.js';
// The store the digest reads snapshots and snoozes from, in memory: the benchmark times Acre, not a database.
import { memoryStore } from '../test/risk/helpers.js';
import { seededRandom } from '../scripts/seeded-random.js';

const AS_OF = '2026-11-23';
const SIZES = [10_000, 100_000];
const GOAL_MS: Record<number, number> = { 10_000: 200, 100_000: 2_000 };


const ROLES = ['decision_maker', 'sponsor', 'champion', 'influencer', 'user'] as const;
const KINDS = ['meeting', 'call', 'email', 'qbr', 'complaint', 'escalation', 'ticket'] as const;
const CURRENCIES = ['EUR', 'USD', 'GBP', 'PLN', 'CHF'];

/** `n` accounts under one KAM reporting to one manager: orders every 3–60 days, a fifth stopping at some point. */
function syntheticPortfolio(n: number): PortfolioData {
  const rnd = seededRandom(42 + n);
  const source = { file: 'bench.csv', importedAt: `${AS_OF}T00:00:00.000Z` };
  const users: User[] = [
    { email: 'manager@bench.example', role: 'manager', name: 'Manager', timezone: 'UTC', locale: 'en', custom: {}, source },
    { email: 'kam@bench.example', role: 'kam', name: 'Kam', managerEmail: 'manager@bench.example', timezone: 'UTC', locale: 'en', custom: {}, source },
  ];
  const accounts: Account[] = [];
  const transactions: Transaction[] = [];
  const contacts: Contact[] = [];
  const activities: Activity[] = [];
  const day = (d: number) => addDays(AS_OF, -d);
  for (let i = 0; i < n; i++) {
    const id = `A${i}`;
    const gap = 3 + Math.floor(rnd() * 57);
    const stopAt = rnd() < 0.2 ? Math.floor(rnd() * 700) : -1;
    const size = 100 + rnd() * 5000;
    accounts.push({
      id, name: `Account ${i}`, ownerEmail: 'kam@bench.example', teamEmails: [], currency: CURRENCIES[i % CURRENCIES.length],
      arr: Math.round(size * 365 / gap), renewalDate: rnd() < 0.7 ? day(-Math.floor(rnd() * 400)) : undefined,
      nps: rnd() < 0.6 ? Math.round(rnd() * 200 - 100) : undefined, qbrCadenceMonths: rnd() < 0.5 ? 3 : undefined,
      lastQbrDate: rnd() < 0.5 ? day(Math.floor(rnd() * 300)) : undefined, custom: {}, source,
    });
    for (let d = 730 - Math.floor(rnd() * gap); d > stopAt && d > 0; d -= Math.max(1, Math.round(gap * (0.5 + rnd())))) {
      transactions.push({ id: `${id}-t${d}`, accountId: id, date: day(d), amount: Math.round(size * (0.3 + rnd() * 1.4)), custom: {}, source });
    }
    for (let c = Math.floor(rnd() * 6); c > 0; c--) {
      contacts.push({
        id: `${id}-c${c}`, accountId: id, name: `Contact ${c}`, role: ROLES[Math.floor(rnd() * ROLES.length)], leftCompany: rnd() < 0.1,
        lastContactDate: day(Math.floor(rnd() * 400)), custom: {}, source,
      });
    }
    for (let a = Math.floor(rnd() * 20); a > 0; a--) {
      activities.push({ id: `${id}-a${a}`, accountId: id, date: day(Math.floor(rnd() * 700)), type: KINDS[Math.floor(rnd() * KINDS.length)], custom: {}, source });
    }
  }
  return { users, accounts, contacts, transactions, activities };
}

/**
 * The data as the app holds it: read back from the store, where the portfolio is kept as
 * JSON in chunks of 20,000 rows (src/store/portfolio-repository.ts). As generated, every
 * date here is a slice of a longer string (`toISOString().slice`), which V8 keeps as a
 * pointer into its parent: reading its digits costs more than in the flat strings JSON
 * gives, and the digest reads every date.
 */
function asStored(data: PortfolioData): PortfolioData {
  const roundTrip = <T>(rows: readonly T[]): T[] => {
    const out: T[] = [];
    for (let i = 0; i < rows.length; i += 20_000) for (const row of JSON.parse(JSON.stringify(rows.slice(i, i + 20_000))) as T[]) out.push(row);
    return out;
  };
  return { users: roundTrip(data.users), accounts: roundTrip(data.accounts), contacts: roundTrip(data.contacts), transactions: roundTrip(data.transactions), activities: roundTrip(data.activities) };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Waits until the process is idle: after a forced collection V8 goes on sweeping the heap
 * on its helper threads, and without this wait that work (hundreds of ms of CPU for the
 * 1.3 GB heap of 100,000 accounts) was counted against the step timed next. Idle means
 * under 2 ms of CPU in each of four 25 ms windows in a row; gives up after 3 s.
 */
async function settle(): Promise<void> {
  const deadline = performance.now() + 3_000;
  for (let quiet = 0; quiet < 4 && performance.now() < deadline; ) {
    const cpu0 = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 25));
    const cpu = process.cpuUsage(cpu0);
    quiet = cpu.user + cpu.system < 2_000 ? quiet + 1 : 0;
  }
}

/** Wall time, and the CPU time this process spent (GC helper threads included, so above the wall time on an idle machine with a core to spare). */
async function timeOnce<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T; heapMb: number }> {
  gc();
  await settle();
  const before = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value, heapMb: mb(process.memoryUsage().heapUsed - before) };
}

const REPEATS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs a step REPEATS times (each on fresh inputs from `prepare`), keeping the median wall and CPU times. */
async function timed<I, T>(prepare: () => I, run: (input: I) => Promise<T> | T): Promise<{ ms: number; cpuMs: number; heapMb: number; value: T }> {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const input = prepare();
    runs.push(await timeOnce(() => run(input)));
  }
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), heapMb: Math.max(...runs.map((r) => r.heapMb)), value: runs[0].value };
}

/** One size, in this process: prints one JSON line for the parent to tabulate. */
async function measure(n: number): Promise<void> {
  const data = asStored(syntheticPortfolio(n));
  const portfolio = new Portfolio(data);
  const manager = digestRecipients(portfolio, { defaultTimezone: 'UTC', defaultLocale: 'en' })[0];
  const settings = defaultRiskSettings;
  gc();
  const loadedMb = mb(process.memoryUsage().heapUsed);

  let historyStart = AS_OF;
  for (const t of data.transactions) if (t.date < historyStart) historyStart = t.date;
  const baseline = await timed(
    () => portfolio,
    (p) => {
      let sum = 0;
      for (const a of p.accounts.values()) {
        sum += healthOf(a, { transactions: p.transactionsOf(a.id), contacts: p.contactsOf(a.id), activities: p.activitiesOf(a.id), historyStart }, AS_OF).score ?? 0;
      }
      return sum;
    },
  );

  const classes = await timed(() => new Portfolio(data), (p) => abcXyzOf(p, AS_OF, settings).size);

  // The usual Monday: last week's snapshot is stored. Each run gets a new Portfolio, so nothing worked out before is reused.
  const store = memoryStore();
  await recordWeeklySnapshot(store, portfolio, addDays(AS_OF, -7), settings);
  const digest = await timed(
    () => new Portfolio(data),
    async (monday) => {
      const d = await weeklyDigestFor(manager, { portfolio: monday, store, settings, asOf: AS_OF });
      return { digest: d, replies: digestReplies(d, settings) };
    },
  );
  // A fresh install: no snapshot, so last week is recomputed from the data.
  const fresh = await timed(
    () => new Portfolio(data),
    async (cold) => digestReplies(await weeklyDigestFor(manager, { portfolio: cold, store: memoryStore(), settings, asOf: AS_OF }), settings),
  );
  const snapshot = await timed(() => new Portfolio(data), (p) => recordWeeklySnapshot(memoryStore(), p, AS_OF, settings));
  const { digest: d, replies } = digest.value;
  console.log(
    JSON.stringify({
      n,
      transactions: data.transactions.length,
      baselineMs: baseline.ms,
      baselineCpuMs: baseline.cpuMs,
      abcCpuMs: classes.cpuMs,
      digestMs: digest.ms,
      digestCpuMs: digest.cpuMs,
      digestHeapMb: digest.heapMb,
      freshMs: fresh.ms,
      snapshotMs: snapshot.ms,
      loadedMb,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      atRisk: d.totals.atRisk,
      watch: d.totals.watch,
      replyBytes: Buffer.byteLength(JSON.stringify(replies)),
      blocks: replies[0].blocks.length,
    }),
  );
}

interface Row {
  n: number; transactions: number; baselineMs: number; baselineCpuMs: number; abcCpuMs: number; digestMs: number; digestCpuMs: number; digestHeapMb: number; freshMs: number; snapshotMs: number;
  loadedMb: number; maxRssMb: number; atRisk: number; watch: number; replyBytes: number; blocks: number;
}

function main(): void {
  const sizeArg = process.argv.indexOf('--size');
  if (sizeArg > 0) {
    void measure(Number(process.argv[sizeArg + 1]));
    return;
  }
  const cpu = cpus();
  console.log(`# Digest benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu[0].model}, ${cpu.length} cores, ${mb(totalmem()) >> 10} GiB, Node ${process.version}\n`);
  console.log('Each size runs in its own process (peak RSS is per size). Times are for one manager whose team covers every account.\n');
  console.log(`Median of ${REPEATS} runs. CPU is the time this process spent, the collector's helper threads included: on a busy machine a steadier figure than wall time, on an idle one above it (the helpers run on another core). The goal column compares CPU time.\n`);
  const rows: Row[] = [];
  for (const n of SIZES) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(n)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`size ${n} failed:\n${child.stderr}`);
    rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Row);
  }
  const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
  const k = (n: number) => n.toLocaleString('en');
  console.log('| accounts | transactions | baseline: healthOf alone, CPU (wall) | ABC-XYZ alone, CPU | **digest**, snapshot stored, CPU (wall) | digest ÷ baseline, CPU | goal | digest without a snapshot, wall | weekly snapshot, wall |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const met = r.digestCpuMs <= GOAL_MS[r.n] ? 'met' : 'missed';
    console.log(
      `| ${k(r.n)} | ${k(r.transactions)} | ${ms(r.baselineCpuMs)} (${ms(r.baselineMs)}) | ${ms(r.abcCpuMs)} | **${ms(r.digestCpuMs)}** (${ms(r.digestMs)}) | ${(r.digestCpuMs / r.baselineCpuMs).toFixed(2)}× | ${met} (< ${ms(GOAL_MS[r.n])}) | ${ms(r.freshMs)} | ${ms(r.snapshotMs)} |`,
    );
  }
  console.log('\n| accounts | heap of the data | heap added by the digest | peak RSS | at risk / watch | the reply |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${k(r.n)} | ${r.loadedMb} MB | +${r.digestHeapMb} MB | ${r.maxRssMb} MB | ${k(r.atRisk)} / ${k(r.watch)} | ${r.blocks} blocks, ${(r.replyBytes / 1024).toFixed(1)} KB |`);
  }
}

main();

/**
 * How fast does Acre acknowledge a slash command, next to a Bolt app that does
 * nothing but acknowledge? Slack gives up after 3 seconds.
 *
 *   npm run bench:slack                      # 100 requests/s for 10 s against each
 *   npm run bench:slack -- --rate 50 --seconds 5
 *
 * Three processes on loopback: a fake Slack (it receives Acre's answers at the
 * response_url), Acre's Slack channel on the CRM fixture, and a bare Bolt app; this
 * process signs `/account <name>` requests as Slack does and sends them at a steady
 * rate (open loop: the next request does not wait for the last answer), to the bare
 * app and to Acre in alternating half-second phases. Acre's answers are let finish
 * before the next phase, so that neither target pays for the other's work. Latency
 * is from sending the request to reading the whole acknowledgement; requests still
 * open after 5 s count as errors. Each server's CPU time over its phases
 * (acknowledging, and for Acre answering too) is reported per request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const THIS_FILE = fileURLToPath(import.meta.url);
const REQUEST_TIMEOUT_MS = 5000;
const MAX_IN_FLIGHT = 1000;
const SIGNING_SECRET = 'bench-signing-secret';
const ROUNDS = 20;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  if (process.argv.includes('--role')) return serve(process.argv[process.argv.indexOf('--role') + 1]);
  const rate = arg('rate', 100);
  const seconds = arg('seconds', 10);
  const children: Child[] = [];
  // A run that hangs (a child that never starts) must not outlive its welcome.
  setTimeout(() => {
    console.error('the benchmark took longer than 5 minutes; stopping');
    for (const c of children) c.process.kill();
    process.exit(2);
  }, 5 * 60_000).unref();
  try {
    const fake = await child('fake', {}, children);
    const bare = await child('bare', {}, children);
    const acre = await child('acre', { SLACK_API_URL: `${fake.info.url}/api/` }, children);
    const responseUrl = `${fake.info.url}/response/bench`;
    let expected = 0;
    await load(bare.info.url, Math.min(rate, 50), 2, responseUrl); // warm-up
    expected += (await load(acre.info.url, Math.min(rate, 50), 2, responseUrl)).ok;
    await answersReach(fake.info.stats, expected, 20_000);
    // Alternate short phases, so that whatever else the machine does weighs on both alike.
    const bareRuns: LoadResult[] = [];
    const acreRuns: LoadResult[] = [];
    const cpuBefore = { bare: await cpuOf(bare.info.url), acre: await cpuOf(acre.info.url) };
    let drainMs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      bareRuns.push(await load(bare.info.url, rate, seconds / ROUNDS, responseUrl));
      const run = await load(acre.info.url, rate, seconds / ROUNDS, responseUrl);
      acreRuns.push(run);
      expected += run.ok;
      // Acre's answers finish before the bare app's next phase, which then has the machine to itself.
      drainMs = Math.max(drainMs, await answersReach(fake.info.stats, expected, 20_000));
    }
    const answered = (await stats(fake.info.stats)).responses;
    const cpuMs = { bare: (await cpuOf(bare.info.url)) - cpuBefore.bare, acre: (await cpuOf(acre.info.url)) - cpuBefore.acre };
    report(
      [
        { name: 'bare Bolt (ack only)', cpuMs: cpuMs.bare, ...merge(bareRuns) },
        { name: 'Acre', cpuMs: cpuMs.acre, ...merge(acreRuns) },
      ],
      { rate, seconds, answered, expected, drainMs },
    );
  } finally {
    for (const c of children) c.process.kill();
  }
}

/** Waits until the fake Slack has received `expected` answers, or `ms` passed; how long it took. */
async function answersReach(statsUrl: string | undefined, expected: number, ms: number): Promise<number> {
  const started = performance.now();
  while ((await stats(statsUrl)).responses < expected && performance.now() - started < ms) await pause(50);
  return performance.now() - started;
}

interface LoadResult {
  sent: number;
  ok: number;
  errors: number;
  over3s: number;
  latencies: number[];
}

/** Sends signed /account commands at `rate` per second for `seconds`, without waiting for answers. */
async function load(url: string, rate: number, seconds: number, responseUrl: string): Promise<LoadResult> {
  const { createHmac } = await import('node:crypto');
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const result: LoadResult = { sent: 0, ok: 0, errors: 0, over3s: 0, latencies: [] };
  const names = ['Bluefin', 'oakridge', 'Bluefin Shipping Ltd', 'oak'];
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= MAX_IN_FLIGHT) {
      result.errors++;
      continue;
    }
    const body = new URLSearchParams({
      token: 'legacy', team_id: 'T100NORTH', team_domain: 'northco', channel_id: 'C100DEALS', channel_name: 'deals', user_id: 'U100KATE', user_name: 'kate',
      command: '/account', text: names[i % names.length], api_app_id: 'A100ACRE', is_enterprise_install: 'false', response_url: responseUrl, trigger_id: `${i}.bench`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    inFlight++;
    result.sent++;
    const sentAt = performance.now();
    pending.push(
      fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          const ms = performance.now() - sentAt;
          if (res.status !== 200) result.errors++;
          else {
            result.ok++;
            result.latencies.push(ms);
            if (ms > 3000) result.over3s++;
          }
        })
        .catch(() => {
          result.errors++;
        })
        .finally(() => {
          inFlight--;
        }),
    );
  }
  await Promise.all(pending);
  return result;
}

function merge(runs: LoadResult[]): LoadResult {
  return runs.reduce((a, r) => ({ sent: a.sent + r.sent, ok: a.ok + r.ok, errors: a.errors + r.errors, over3s: a.over3s + r.over3s, latencies: [...a.latencies, ...r.latencies] }));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(results: (LoadResult & { name: string; cpuMs: number })[], run: { rate: number; seconds: number; answered: number; expected: number; drainMs: number }): void {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`Slack /account acknowledgement latency: ${run.rate} requests/s for ${run.seconds} s each (${ROUNDS} alternating phases), over loopback`);
  console.log(`${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores, ${cpu} · Node ${process.version} · ${os.platform()} ${os.release()}`);
  console.log('');
  console.log('| target | sent | acked 200 | errors | over 3 s | p50 ms | p99 ms | max ms | server CPU ms per request |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const p99s: number[] = [];
  for (const r of results) {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    p99s.push(percentile(sorted, 99));
    console.log(`| ${r.name} | ${r.sent} | ${r.ok} | ${r.errors} | ${r.over3s} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${(sorted.at(-1) ?? Number.NaN).toFixed(2)} | ${(r.cpuMs / Math.max(1, r.sent)).toFixed(2)} |`);
  }
  console.log('');
  const ratio = p99s[1] / p99s[0];
  console.log(`Acre p99 / bare Bolt p99: ${ratio.toFixed(2)}× (goal: within 1.5×) — ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
  console.log(`Acre's answers that reached the response_url: ${run.answered} of ${run.expected} acknowledged (warm-up included); the last of a phase arrived at most ${(run.drainMs / 1000).toFixed(1)} s after it ended`);
}

// ── the processes under test ────────────────────────────────────────────────

interface Child {
  process: ChildProcess;
  info: { url: string; stats?: string };
}

/** Starts this file in another role and waits for the line saying where it listens. */
function child(role: string, env: Record<string, string>, started: Child[]): Promise<Child> {
  const proc = spawn(process.execPath, [...process.execArgv, ...(process.env.BENCH_CPU_PROF && role === 'acre' ? ['--cpu-prof', '--cpu-prof-dir=/tmp/cpuprof'] : []), THIS_FILE, '--role', role], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`the ${role} process exited with ${code}`)));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      const c = { process: proc, info: JSON.parse(line.slice(6)) as Child['info'] };
      started.push(c);
      resolve(c);
    });
  });
}

async function serve(role: string): Promise<void> {
  // Exit normally when told to stop, so that a --cpu-prof profile gets written.
  process.once('SIGTERM', () => process.exit(0));
  const { createHttp, listen } = await import('../src/server.js');
  if (role === 'fake') {
    const { FakeSlack } = await import('../test/slack/fake-slack.js');
    const fake = await new FakeSlack().start();
    // Keep no log of calls: only their number matters here, and thousands of them would grow memory.
    let responses = 0;
    const http = createHttp();
    http.get('/stats', (_req, res) => {
      responses += fake.responses().length;
      fake.clear();
      res.json({ responses });
    });
    const statsServer = await listen(http, 0, '127.0.0.1');
    setInterval(() => {
      responses += fake.responses().length;
      fake.clear();
    }, 200).unref();
    ready({ url: fake.url, stats: `http://127.0.0.1:${(statsServer.address() as AddressInfo).port}` });
    return;
  }
  const http = createHttp();
  if (role === 'bare') {
    const { App, ExpressReceiver } = await import('@slack/bolt');
    const receiver = new ExpressReceiver({ signingSecret: SIGNING_SECRET, app: http, endpoints: '/slack/events' });
    const bolt = new App({ receiver, token: 'xoxb-bare', botId: 'BBARE', botUserId: 'UBARE', tokenVerificationEnabled: false });
    bolt.command(/.*/, async ({ ack }) => {
      await ack();
    });
  } else {
    const { testApp } = await import('../test/helpers/app.js');
    const { startSlack } = await import('../src/channels/slack/index.js');
    const app = await testApp({ data: 'crm', env: { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: process.env.SLACK_API_URL! } });
    await startSlack({ app, http });
  }
  // CPU time of this process, so the report can say what each acknowledged command costs.
  http.get('/bench/cpu', (_req, res) => {
    const { user, system } = process.cpuUsage();
    res.json({ ms: (user + system) / 1000 });
  });
  const server = await listen(http, 0, '127.0.0.1');
  ready({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

function ready(info: object): void {
  process.stdout.write(`READY ${JSON.stringify(info)}\n`);
}

async function cpuOf(url: string): Promise<number> {
  return ((await (await fetch(`${url}/bench/cpu`)).json()) as { ms: number }).ms;
}

/** How many answers the fake Slack has received at response_urls so far. */
async function stats(statsUrl: string | undefined): Promise<{ responses: number }> {
  return (await (await fetch(`${statsUrl}/stats`)).json()) as { responses: number };
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

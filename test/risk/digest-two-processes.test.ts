import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { CRM_FIXTURE } from '../helpers/app.js';
import { freePort, projectRoot } from '../helpers/cli.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { SIGNING_SECRET } from '../slack/signed.js';

/**
 * Two real `acre start` processes — two replicas, each with its own data folder — on one
 * real Redis, both starting just after a digest occurrence they missed: each catches it up
 * at start, and the manager gets the digest once. Redis database 11 is this test's own
 * and is emptied before and after.
 */
const redisUrl = process.env.REDIS_URL;
const MIA = 'U100MIA'; // the manager of the CRM fixture's users.csv

interface Replica {
  process: ChildProcess;
  log: string;
  dataDir: string;
}

const replicas: Replica[] = [];
let fake: FakeSlack | undefined;
let storeUrl = '';

async function emptyDatabase(): Promise<void> {
  const client = createClient({ url: storeUrl });
  await client.connect();
  await client.flushDb();
  await client.quit();
}

/** Waits until the replica logs a line containing `text`. */
function logged(replica: Replica, text: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (replica.log.includes(text)) return resolve();
    const timer = setTimeout(() => reject(new Error(`no ${text} within ${timeoutMs} ms:\n${replica.log}`)), timeoutMs);
    replica.process.stderr!.on('data', () => {
      if (replica.log.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** Stops a replica as a service manager would (SIGTERM), unless it has already ended. */
async function stop(replica: Replica): Promise<void> {
  const p = replica.process;
  if (p.exitCode !== null || p.signalCode !== null) return;
  const ended = new Promise((resolve) => p.once('exit', resolve));
  p.kill('SIGTERM');
  await ended;
}

const events = (replica: Replica, event: string) =>
  replica.log
    .split('\n')
    .filter((line) => line.includes(`"event":"${event}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

afterAll(async () => {
  for (const r of replicas) {
    await stop(r);
    rmSync(r.dataDir, { recursive: true, force: true });
  }
  await fake?.stop();
  if (storeUrl) await emptyDatabase();
});

describe.skipIf(!redisUrl)(`two acre processes on one Redis${redisUrl ? '' : ' (skipped: REDIS_URL is not set; .ci/run sets it to the local Redis on 6379)'}`, () => {
  it('send a digest occurrence both missed once, however they race for it', async () => {
    const url = new URL(redisUrl!);
    url.pathname = '/11';
    storeUrl = url.toString();
    await emptyDatabase();
    fake = await new FakeSlack().start();

    // An occurrence two minutes ago, daily in UTC: both replicas start after it, within the catch-up window.
    const slot = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 2 * 60_000);
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ACRE_STORE_URL: storeUrl,
      ACRE_DEMO: 'off',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-replicas',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      ACRE_DIGEST_CRON: `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`,
      ACRE_DIGEST_TIMEZONE: 'UTC',
    };
    const importDir = mkdtempSync(join(tmpdir(), 'acre-replica-import-'));
    const imported = spawnSync(process.execPath, [join(projectRoot, 'bin', 'acre.js'), 'import', CRM_FIXTURE], {
      cwd: projectRoot,
      env: { ...env, ACRE_DATA_DIR: importDir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    rmSync(importDir, { recursive: true, force: true });
    expect(imported.status, imported.stderr).toBe(0);

    // Both started at once, so that they reach the occurrence at about the same moment.
    for (const port of [await freePort(), await freePort()]) {
      const dataDir = mkdtempSync(join(tmpdir(), 'acre-replica-'));
      const child = spawn(process.execPath, [join(projectRoot, 'bin', 'acre.js'), 'start'], {
        cwd: projectRoot,
        env: { ...env, ACRE_DATA_DIR: dataDir, PORT: String(port) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const replica: Replica = { process: child, log: '', dataDir };
      child.stderr!.on('data', (chunk: Buffer) => (replica.log += chunk.toString()));
      replicas.push(replica);
    }
    await Promise.all(replicas.map((r) => logged(r, '"event":"jobs_started"')));

    const job = 'digest:UTC';
    const slotIso = slot.toISOString();
    // Exactly one replica ran the occurrence; the other found it claimed ('taken') or already done.
    const done = replicas.flatMap((r) => events(r, 'job_done').filter((e) => e.job === job && e.slot === slotIso));
    expect(done).toHaveLength(1);
    const sent = replicas.flatMap((r) => events(r, 'digest_sent').filter((e) => e.slot === slotIso));
    expect(sent).toHaveLength(1);
    expect(sent[0].sent).toEqual(['mia@northco.example']);
    for (const r of replicas) expect(r.log).toContain('"event":"listening"');

    const digests = fake.api('chat.postMessage').filter((c) => c.args.channel === MIA && String(c.args.text).includes('At-risk digest'));
    expect(digests).toHaveLength(1);

    // A replica restarted afterwards finds the occurrence done and sends nothing more.
    const late = replicas[0];
    await stop(late);
    expect(late.process.exitCode).toBe(0);
    const again = spawn(process.execPath, [join(projectRoot, 'bin', 'acre.js'), 'start'], {
      cwd: projectRoot,
      env: { ...env, ACRE_DATA_DIR: late.dataDir, PORT: String(await freePort()) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const restarted: Replica = { process: again, log: '', dataDir: mkdtempSync(join(tmpdir(), 'acre-replica-')) };
    again.stderr!.on('data', (chunk: Buffer) => (restarted.log += chunk.toString()));
    replicas.push(restarted);
    await logged(restarted, '"event":"jobs_started"');
    expect(events(restarted, 'digest_sent')).toEqual([]);
    expect(fake.api('chat.postMessage').filter((c) => c.args.channel === MIA && String(c.args.text).includes('At-risk digest'))).toHaveLength(1);
  }, 90_000);
});

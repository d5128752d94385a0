import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger, type Messenger } from '../../src/core/ports.js';
import { digestJobs } from '../../src/jobs/digest.js';
import { Scheduler, type OccurrenceReport, type SchedulerOptions } from '../../src/jobs/scheduler.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { backends } from '../store/backends.js';
import { demoWithTwoManagers, MARIA, NINA, recordingMessenger } from './helpers.js';

const HOUR = 3_600_000;
const [sqlite, redis] = backends();
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

/** An Acre with Maria (Warsaw) and Nina (New York) as managers, on the given store, at `now`. */
async function acreWithTwoManagers(now: string, env: Record<string, string> = {}, namespace?: string): Promise<TestApp> {
  const app = await testApp({ data: 'empty', env, ...(namespace ? { app: { namespace } } : {}) });
  opened.push(app);
  app.clock.set(new Date(now));
  if ((await app.acre.portfolio()).accounts.size === 0) await app.acre.replacePortfolio(demoWithTwoManagers());
  return app;
}

async function schedulerFor(app: TestApp, messenger: Messenger, options: Partial<SchedulerOptions> = {}): Promise<Scheduler> {
  const scheduler = new Scheduler({ store: app.store, clock: app.clock, logger: silentLogger, ...options });
  for (const job of await digestJobs({ app, messenger })) scheduler.add(job);
  return scheduler;
}

/** Moves the clock forward step by step with a scheduler pass each time, as the cron ticks would; returns what ran. */
async function walk(app: TestApp, scheduler: Scheduler, until: string, stepMs = HOUR): Promise<string[]> {
  const done: string[] = [];
  while (app.clock.now() < new Date(until)) {
    app.clock.advance(stepMs);
    for (const r of await scheduler.runDue()) if (r.outcome === 'done') done.push(`${r.job}@${r.slot}`);
  }
  return done;
}

const whom = (m: ReturnType<typeof recordingMessenger>) => m.sent.map((d) => (d.to.kind === 'user' ? d.to.email : `${d.to.channel}:${d.to.id}`));

describe('the weekly digest on the scheduler', () => {
  it('schedules one job per time zone among the recipients, at 08:00 on Mondays by default', async () => {
    const app = await acreWithTwoManagers('2026-11-23T00:00:00Z');
    const jobs = await digestJobs({ app, messenger: recordingMessenger() });
    expect(jobs.map((j) => [j.name, j.cron, j.timezone])).toEqual([
      ['digest:Europe/Warsaw', '0 8 * * 1', 'Europe/Warsaw'],
      ['digest:America/New_York', '0 8 * * 1', 'America/New_York'],
    ]);
  });

  it('sends each manager their digest at 08:00 their time, across the spring daylight-saving changes', async () => {
    const app = await acreWithTwoManagers('2026-02-28T00:00:00Z');
    const messenger = recordingMessenger();
    const done = await walk(app, await schedulerFor(app, messenger), '2026-04-01T00:00:00Z');
    // New York moves to EDT on 8 March (08:00 = 12:00Z), Warsaw to CEST on 29 March (08:00 = 06:00Z).
    expect(done).toEqual([
      'digest:Europe/Warsaw@2026-03-02T07:00:00.000Z',
      'digest:America/New_York@2026-03-02T13:00:00.000Z',
      'digest:Europe/Warsaw@2026-03-09T07:00:00.000Z',
      'digest:America/New_York@2026-03-09T12:00:00.000Z',
      'digest:Europe/Warsaw@2026-03-16T07:00:00.000Z',
      'digest:America/New_York@2026-03-16T12:00:00.000Z',
      'digest:Europe/Warsaw@2026-03-23T07:00:00.000Z',
      'digest:America/New_York@2026-03-23T12:00:00.000Z',
      'digest:Europe/Warsaw@2026-03-30T06:00:00.000Z',
      'digest:America/New_York@2026-03-30T12:00:00.000Z',
    ]);
    expect(whom(messenger)).toEqual(Array.from({ length: 5 }, () => [MARIA, NINA]).flat());
    expect(messenger.sent[8].text).toMatch(/^== At-risk digest — week of 30 Mar 2026 ==\nMaria Nowak and team · 11 accounts/);
  });

  it('and across the autumn ones, a week apart in Warsaw and New York', async () => {
    const app = await acreWithTwoManagers('2026-10-17T00:00:00Z');
    const messenger = recordingMessenger();
    const done = await walk(app, await schedulerFor(app, messenger), '2026-11-04T00:00:00Z', 30 * 60_000);
    expect(done).toEqual([
      'digest:Europe/Warsaw@2026-10-19T06:00:00.000Z',
      'digest:America/New_York@2026-10-19T12:00:00.000Z',
      'digest:Europe/Warsaw@2026-10-26T07:00:00.000Z',
      'digest:America/New_York@2026-10-26T12:00:00.000Z',
      'digest:Europe/Warsaw@2026-11-02T07:00:00.000Z',
      'digest:America/New_York@2026-11-02T13:00:00.000Z',
    ]);
    expect(messenger.sent).toHaveLength(6);
  });

  for (const backend of [sqlite, redis]) {
    const store: Record<string, string> = backend.name === 'redis' ? { ACRE_STORE_URL: process.env.REDIS_URL ?? '' } : {};
    it.skipIf(Boolean(backend.skipped))(
      `catches up a Monday missed while Acre was down, once, even across another restart (${backend.name}${backend.skipped ? `; skipped: ${backend.skipped}` : ''})`,
      async () => {
        const namespace = `catchup_${randomUUID().slice(0, 8)}`;
        const messenger = recordingMessenger();
        const reports: OccurrenceReport[][] = [];
        // Monday 12:30 in Warsaw: its 08:00 digest was missed; New York's 08:00 is still ahead.
        let app = await acreWithTwoManagers('2026-11-23T11:30:00Z', store, backend.name === 'redis' ? namespace : undefined);
        for (let restart = 0; restart < 2; restart++) {
          const scheduler = await schedulerFor(app, messenger);
          reports.push(await scheduler.start());
          await scheduler.stop();
          app.clock.advance(HOUR);
          if (backend.name === 'redis') {
            const next = await acreWithTwoManagers(app.clock.now().toISOString(), store, namespace);
            app = next;
          }
        }
        expect(reports).toEqual([[{ job: 'digest:Europe/Warsaw', slot: '2026-11-23T07:00:00.000Z', outcome: 'done' }], []]);
        expect(whom(messenger)).toEqual([MARIA]);
        app.clock.set(new Date('2026-11-23T13:00:30Z'));
        expect(await (await schedulerFor(app, messenger)).runDue()).toEqual([{ job: 'digest:America/New_York', slot: '2026-11-23T13:00:00.000Z', outcome: 'done' }]);
        expect(whom(messenger)).toEqual([MARIA, NINA]);
      },
    );
  }

  it.skipIf(Boolean(redis.skipped))(`lets only one of two processes on the same Redis send each digest${redis.skipped ? ` (skipped: ${redis.skipped})` : ''}`, async () => {
    const namespace = `replicas_${randomUUID().slice(0, 8)}`;
    const env = { ACRE_STORE_URL: process.env.REDIS_URL ?? '' };
    const messengers = [recordingMessenger(), recordingMessenger()];
    const apps = [await acreWithTwoManagers('2026-11-23T07:00:10Z', env, namespace), await acreWithTwoManagers('2026-11-23T07:00:10Z', env, namespace)];
    const schedulers = await Promise.all(apps.map((app, i) => schedulerFor(app, messengers[i], { electWithStore: true })));
    await Promise.all(schedulers.flatMap((s) => [s.runDue(), s.runDue()]));
    for (const app of apps) app.clock.set(new Date('2026-11-23T13:00:10Z'));
    await Promise.all(schedulers.flatMap((s) => [s.runDue(), s.runDue()]));
    for (const app of apps) app.clock.advance(HOUR);
    await Promise.all(schedulers.map((s) => s.runDue()));
    expect([...whom(messengers[0]), ...whom(messengers[1])].sort()).toEqual([MARIA, NINA]);
  });

  it('retries a failed send, reaching only the recipients still waiting', async () => {
    // The team channel is in Warsaw too, so one job sends to Maria and to the channel.
    const app = await acreWithTwoManagers('2026-11-23T07:00:30Z', { ACRE_TIMEZONE: 'Europe/Warsaw', ACRE_DIGEST_CHANNEL: 'slack:C0KAM' });
    const messenger = recordingMessenger(1);
    const scheduler = await schedulerFor(app, messenger, { attempts: 2, retryDelayMs: 1 });
    expect(await scheduler.runDue()).toEqual([{ job: 'digest:Europe/Warsaw', slot: '2026-11-23T07:00:00.000Z', outcome: 'done' }]);
    expect(messenger.attempts).toBe(3);
    expect(whom(messenger)).toEqual(['slack:C0KAM', MARIA]);
    expect(messenger.sent[0].text).toMatch(/^== At-risk digest — week of 23 Nov 2026 ==\nAll accounts · 15/);
  });

  it('leaves a failing occurrence to the next pass when every attempt fails', async () => {
    const app = await acreWithTwoManagers('2026-11-23T07:00:30Z');
    const messenger = recordingMessenger(2);
    const scheduler = await schedulerFor(app, messenger, { attempts: 2, retryDelayMs: 1 });
    expect(await scheduler.runDue()).toEqual([{ job: 'digest:Europe/Warsaw', slot: '2026-11-23T07:00:00.000Z', outcome: 'failed' }]);
    app.clock.advance(10 * 60_000);
    expect(await scheduler.runDue()).toEqual([{ job: 'digest:Europe/Warsaw', slot: '2026-11-23T07:00:00.000Z', outcome: 'done' }]);
    expect(whom(messenger)).toEqual([MARIA]);
  });
});

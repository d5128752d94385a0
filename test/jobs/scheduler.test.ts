import { afterAll, describe, expect, it } from 'vitest';
import { FixedClock, silentLogger } from '../../src/core/ports.js';
import { Scheduler, type JobSpec } from '../../src/jobs/scheduler.js';
import { backends } from '../store/backends.js';

const HOUR = 3_600_000;

/** A job that records the slots it ran for. */
function recorder(name: string, cronPattern: string, timezone: string, fail = 0): JobSpec & { slots: string[]; calls: number } {
  const job = {
    name, cron: cronPattern, timezone, slots: [] as string[], calls: 0,
    run: async (slot: Date) => {
      job.calls++;
      if (job.calls <= fail) throw new Error('the messenger is down');
      job.slots.push(slot.toISOString());
    },
  };
  return job;
}

/** Walks a fake clock forward hour by hour, with a scheduler pass at each step, as the cron ticks would. */
async function walk(scheduler: Scheduler, clock: FixedClock, until: Date, stepMs = HOUR): Promise<void> {
  while (clock.now() < until) {
    clock.advance(stepMs);
    await scheduler.runDue();
  }
}

const [sqlite, redis, postgres] = backends();
afterAll(() => sqlite.cleanup());

describe('the scheduler', () => {
  it('runs a weekly Monday 08:00 job once per Monday in Warsaw across the spring daylight-saving change', async () => {
    const store = await sqlite.open(`dst_${Math.random()}`);
    const clock = new FixedClock(new Date('2026-03-20T00:00:00Z'));
    const scheduler = new Scheduler({ store, clock, logger: silentLogger });
    const job = recorder('digest:Europe/Warsaw', '0 8 * * 1', 'Europe/Warsaw');
    scheduler.add(job);
    await walk(scheduler, clock, new Date('2026-04-07T00:00:00Z'));
    // 08:00 CET is 07:00Z; after the change on 29 March, 08:00 CEST is 06:00Z.
    expect(job.slots).toEqual(['2026-03-23T07:00:00.000Z', '2026-03-30T06:00:00.000Z', '2026-04-06T06:00:00.000Z']);
    await store.close();
  });

  it('follows New York through both daylight-saving changes', async () => {
    const store = await sqlite.open(`dst_ny_${Math.random()}`);
    const clock = new FixedClock(new Date('2026-10-24T00:00:00Z'));
    const scheduler = new Scheduler({ store, clock, logger: silentLogger });
    const job = recorder('digest:America/New_York', '0 8 * * 1', 'America/New_York');
    scheduler.add(job);
    await walk(scheduler, clock, new Date('2026-11-10T00:00:00Z'), 20 * 60_000);
    expect(job.slots).toEqual(['2026-10-26T12:00:00.000Z', '2026-11-02T13:00:00.000Z', '2026-11-09T13:00:00.000Z']);
    const march = new FixedClock(new Date('2026-03-07T00:00:00Z'));
    const spring = new Scheduler({ store, clock: march, logger: silentLogger });
    const springJob = recorder('digest:spring', '0 8 * * 1', 'America/New_York');
    spring.add(springJob);
    await walk(spring, march, new Date('2026-03-17T00:00:00Z'));
    expect(springJob.slots).toEqual(['2026-03-09T12:00:00.000Z', '2026-03-16T12:00:00.000Z']);
    await store.close();
  });

  it('catches up a Monday missed while Acre was down, once, even across another restart', async () => {
    const namespace = `restart_${Math.random()}`;
    const clock = new FixedClock(new Date('2026-11-23T11:30:00Z')); // Monday, 12:30 in Warsaw: the 08:00 run was missed
    for (let restart = 0; restart < 2; restart++) {
      const store = await sqlite.open(namespace);
      const scheduler = new Scheduler({ store, clock, logger: silentLogger });
      const job = recorder('digest:Europe/Warsaw', '0 8 * * 1', 'Europe/Warsaw');
      scheduler.add(job);
      const reports = await scheduler.start();
      await scheduler.stop();
      await store.close();
      expect(job.slots).toEqual(restart === 0 ? ['2026-11-23T07:00:00.000Z'] : []);
      expect(reports).toEqual(restart === 0 ? [{ job: 'digest:Europe/Warsaw', slot: '2026-11-23T07:00:00.000Z', outcome: 'done' }] : []);
      clock.advance(HOUR);
    }
  });

  it('does not replay occurrences older than the catch-up window', async () => {
    const store = await sqlite.open(`window_${Math.random()}`);
    const clock = new FixedClock(new Date('2026-11-24T09:00:00Z')); // Tuesday: Monday 08:00 Warsaw was 26 hours ago
    const scheduler = new Scheduler({ store, clock, logger: silentLogger, catchUpWindowMs: 24 * HOUR });
    const job = recorder('digest:Europe/Warsaw', '0 8 * * 1', 'Europe/Warsaw');
    scheduler.add(job);
    expect(await scheduler.runDue()).toEqual([]);
    expect(job.calls).toBe(0);
    await store.close();
  });

  it('retries a failing job, and a failure never stops the other jobs', async () => {
    const store = await sqlite.open(`failing_${Math.random()}`);
    const clock = new FixedClock(new Date('2026-11-25T09:00:30Z'));
    const scheduler = new Scheduler({ store, clock, logger: silentLogger, attempts: 2, retryDelayMs: 1 });
    const flaky = recorder('reminders:UTC', '0 9 * * *', 'UTC', 3);
    const steady = recorder('digest:UTC', '0 9 * * *', 'UTC');
    scheduler.add(flaky);
    scheduler.add(steady);
    expect(await scheduler.runDue()).toEqual([
      { job: 'reminders:UTC', slot: '2026-11-25T09:00:00.000Z', outcome: 'failed' },
      { job: 'digest:UTC', slot: '2026-11-25T09:00:00.000Z', outcome: 'done' },
    ]);
    clock.advance(10 * 60_000);
    expect(await scheduler.runDue()).toEqual([{ job: 'reminders:UTC', slot: '2026-11-25T09:00:00.000Z', outcome: 'done' }]);
    expect(flaky.slots).toEqual(['2026-11-25T09:00:00.000Z']);
    expect(steady.slots).toEqual(['2026-11-25T09:00:00.000Z']);
    await store.close();
  });

  it('refuses a pattern that is not cron, naming the job', () => {
    const scheduler = new Scheduler({ store: {} as never, clock: new FixedClock(new Date()), logger: silentLogger });
    expect(() => scheduler.add(recorder('digest:UTC', '0 8 * * Mondays', 'UTC'))).toThrow(/job digest:UTC: "0 8 \* \* Mondays" is not a cron pattern/);
  });

  for (const backend of [redis, postgres, sqlite]) {
    it.skipIf(Boolean(backend.skipped))(`lets only one of two processes sharing ${backend.name} send each occurrence${backend.skipped ? ` (skipped: ${backend.skipped})` : ''}`, async () => {
      const namespace = `replicas_${Math.random().toString(36).slice(2)}`;
      const clock = new FixedClock(new Date('2026-11-23T07:00:10Z'));
      const sent: string[] = [];
      const replicas = await Promise.all(
        ['a', 'b'].map(async (who) => {
          const store = await backend.open(namespace);
          const scheduler = new Scheduler({ store, clock, logger: silentLogger, electWithStore: backend.name === 'redis' });
          scheduler.add({ name: 'digest:Europe/Warsaw', cron: '0 8 * * 1', timezone: 'Europe/Warsaw', run: async (slot) => void sent.push(`${who}@${slot.toISOString()}`) });
          return { store, scheduler };
        }),
      );
      await Promise.all(replicas.flatMap((r) => [r.scheduler.runDue(), r.scheduler.runDue()]));
      clock.advance(HOUR);
      await Promise.all(replicas.map((r) => r.scheduler.runDue()));
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^[ab]@2026-11-23T07:00:00.000Z$/);
      for (const r of replicas) await r.store.close();
    });
  }
});

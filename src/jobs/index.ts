import type { AcreApp } from '../app.js';
import type { Messenger } from '../core/ports.js';
import { digestJobs } from './digest.js';
import { planReminderJobs } from './plan-reminders.js';
import { qbrReminderJobs } from './qbr-reminders.js';
import { Scheduler, type JobSpec } from './scheduler.js';

/** What a timed job needs: the app (data, store, clock, logs) and a way to reach people. */
export interface JobContext {
  app: AcreApp;
  messenger: Messenger;
}

/** A source of timed jobs (the weekly digest, QBR and open-item reminders…); one more line below adds one. */
export type JobFactory = (ctx: JobContext) => Promise<JobSpec[]>;

export const jobFactories: JobFactory[] = [
  digestJobs,
  qbrReminderJobs,
  planReminderJobs,
];

/** Starts every job: catches up what was missed while Acre was down, then runs on schedule. */
export async function startJobs(ctx: JobContext, factories: JobFactory[] = jobFactories): Promise<Scheduler> {
  const { app } = ctx;
  const scheduler = new Scheduler({
    store: app.store,
    clock: app.clock,
    logger: app.logger.child({ component: 'scheduler' }),
    catchUpWindowMs: app.config.ACRE_CATCH_UP_HOURS * 3_600_000,
    electWithStore: app.store.backend === 'redis',
  });
  for (const factory of factories) for (const job of await factory(ctx)) scheduler.add(job);
  const caughtUp = await scheduler.start();
  if (caughtUp.length) app.logger.info({ event: 'caught_up', occurrences: caughtUp }, 'ran occurrences missed while Acre was down');
  app.logger.info({ event: 'jobs_started', jobs: scheduler.jobNames() }, 'timed jobs scheduled');
  return scheduler;
}

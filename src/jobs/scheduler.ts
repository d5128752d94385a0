import cron, { type ScheduledTask } from 'node-cron';
import type { Clock, KeyValueStore, Logger } from '../core/ports.js';

/** A timed job: a cron pattern in a time zone, and what to do for each occurrence. */
export interface JobSpec {
  /** Unique and stable across restarts: occurrences are claimed under it. */
  name: string;
  cron: string;
  timezone: string;
  /** Does the work for one occurrence; `slot` is the scheduled instant, not the moment it runs. */
  run(slot: Date): Promise<void>;
}

export interface SchedulerOptions {
  store: KeyValueStore;
  clock: Clock;
  logger: Logger;
  /** Occurrences missed while Acre was down are caught up if they are at most this old. */
  catchUpWindowMs?: number;
  /** How long a replica may hold an occurrence while running it before another may try. */
  leaseMs?: number;
  /** Attempts within one pass before the occurrence is left for the next pass. */
  attempts?: number;
  retryDelayMs?: number;
  /** Also elect one replica per tick through node-cron's run coordinator (used with Redis). */
  electWithStore?: boolean;
  /** How often a pass looks for occurrences that failed or were missed, in minutes. */
  sweepMinutes?: number;
}

export interface OccurrenceReport {
  job: string;
  slot: string;
  outcome: 'done' | 'failed' | 'taken';
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Runs timed jobs so that each occurrence happens once, whatever the number of
 * replicas or restarts: an occurrence is marked done only after it succeeded, and
 * is run only by whoever claims its lease in the shared store. Missed occurrences
 * (Acre was down, the job failed) are found by stepping through the recent past
 * minute by minute with node-cron's own matcher, which knows time zones and
 * daylight-saving changes.
 */
export class Scheduler {
  private readonly jobs = new Map<string, { spec: JobSpec; matcher: ScheduledTask; scannedUntil: number; retry: Set<number> }>();
  private readonly tasks: ScheduledTask[] = [];
  private passes: Promise<unknown> = Promise.resolve();
  private readonly window: number;
  private readonly lease: number;

  constructor(private readonly options: SchedulerOptions) {
    this.window = options.catchUpWindowMs ?? DAY;
    this.lease = options.leaseMs ?? 10 * MINUTE;
  }

  add(spec: JobSpec): void {
    const check = cron.validateDetailed(spec.cron);
    if (!check.valid) throw new Error(`job ${spec.name}: "${spec.cron}" is not a cron pattern (${check.errors.map((e) => e.message).join('; ')})`);
    if (this.jobs.has(spec.name)) throw new Error(`job ${spec.name} is scheduled twice`);
    const matcher = cron.createTask(spec.cron, () => undefined, { timezone: spec.timezone, name: `match:${spec.name}` });
    void matcher.stop();
    this.jobs.set(spec.name, { spec, matcher, scannedUntil: 0, retry: new Set() });
  }

  /** The jobs added, in the order they were. */
  jobNames(): string[] {
    return [...this.jobs.keys()];
  }

  /** Catches up what was missed, then runs each job at its times and sweeps for failures. */
  async start(): Promise<OccurrenceReport[]> {
    const caughtUp = await this.runDue();
    const coordinator = this.options.electWithStore
      ? { distributed: true, runCoordinator: { shouldRun: (key: string, ttl: number) => this.options.store.claim(`cron:${key}`, ttl) } }
      : {};
    for (const { spec } of this.jobs.values()) {
      this.tasks.push(
        cron.schedule(spec.cron, () => this.enqueue(spec.name), { name: spec.name, timezone: spec.timezone, noOverlap: true, ...coordinator }),
      );
    }
    this.tasks.push(cron.schedule(`*/${this.options.sweepMinutes ?? 10} * * * *`, () => this.enqueue(), { name: 'sweep', noOverlap: true }));
    return caughtUp;
  }

  async stop(): Promise<void> {
    for (const task of this.tasks) await task.destroy();
    for (const { matcher } of this.jobs.values()) await matcher.destroy();
    this.tasks.length = 0;
    await this.passes;
  }

  /** One pass: every occurrence due in the catch-up window and not yet done is claimed and run. */
  async runDue(now: Date = this.options.clock.now(), only?: string): Promise<OccurrenceReport[]> {
    const reports: OccurrenceReport[] = [];
    const windowStart = now.getTime() - this.window;
    for (const job of this.jobs.values()) {
      if (only && job.spec.name !== only) continue;
      // The first pass looks back over the whole window; later ones only at what is new, plus what failed.
      const from = Math.max(windowStart, job.scannedUntil);
      const due = [...job.retry].filter((t) => t > windowStart).map((t) => new Date(t));
      due.push(...occurrencesBetween(job.matcher, new Date(from), now));
      job.scannedUntil = Math.max(job.scannedUntil, now.getTime());
      job.retry.clear();
      for (const slot of due) {
        const outcome = await this.runOnce(job.spec, slot);
        if (outcome === 'failed') job.retry.add(slot.getTime());
        if (outcome) reports.push({ job: job.spec.name, slot: slot.toISOString(), outcome });
      }
    }
    return reports;
  }

  private enqueue(only?: string): Promise<unknown> {
    this.passes = this.passes.then(() => this.runDue(this.options.clock.now(), only)).catch((err) => this.options.logger.error({ err }, 'scheduler pass failed'));
    return this.passes;
  }

  private async runOnce(spec: JobSpec, slot: Date): Promise<OccurrenceReport['outcome'] | undefined> {
    const { store, logger } = this.options;
    const id = `${spec.name}:${slot.toISOString()}`;
    if (await store.get(`job:done:${id}`)) return undefined;
    if (!(await store.claim(`job:lease:${id}`, this.lease))) return 'taken';
    if (await store.get(`job:done:${id}`)) return 'taken';
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await spec.run(slot);
        await store.set(`job:done:${id}`, { at: this.options.clock.now().toISOString() }, this.window * 2 + 7 * DAY);
        logger.info({ event: 'job_done', job: spec.name, slot: slot.toISOString(), attempt }, 'job occurrence done');
        return 'done';
      } catch (err) {
        logger.error({ err, event: 'job_failed', job: spec.name, slot: slot.toISOString(), attempt }, 'job occurrence failed');
        if (attempt < attempts) await new Promise((r) => setTimeout(r, (this.options.retryDelayMs ?? 1000) * attempt));
      }
    }
    // Let the next pass (the sweep, or a restart's catch-up) try again.
    await store.release(`job:lease:${id}`);
    return 'failed';
  }
}

/** The instants in (from, to] at which a cron pattern fires, found minute by minute. */
export function occurrencesBetween(matcher: Pick<ScheduledTask, 'match'>, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  let t = Math.floor(from.getTime() / MINUTE) * MINUTE + MINUTE;
  for (; t <= to.getTime(); t += MINUTE) {
    const candidate = new Date(t);
    if (matcher.match(candidate)) out.push(candidate);
  }
  return out;
}

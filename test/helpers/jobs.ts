import type { Messenger, Recipient } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import { plainText, type Reply } from '../../src/core/reply.js';
import type { JobFactory } from '../../src/jobs/index.js';
import { Scheduler } from '../../src/jobs/scheduler.js';
import type { TestApp } from './app.js';

const HOUR = 3_600_000;

export interface Sent {
  to: string;
  at: string;
  text: string;
  replies: Reply[];
}

/** A messenger that records what it was asked to send, and when by the app's clock. */
export function recordingMessenger(app: TestApp): Messenger & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    channel: 'test',
    sent,
    async send(to: Recipient, replies: Reply[]) {
      sent.push({ to: to.kind === 'user' ? to.email : to.id, at: app.clock.now().toISOString(), text: replies.map((r) => plainText(r)).join('\n'), replies });
      return { delivered: true };
    },
  };
}

/**
 * Starts one kind of job on a scheduler, as Acre does, and walks the fake clock hour by
 * hour to `until`; pass the scheduler back in to carry on from where it stopped.
 */
export async function runJobsUntil(app: TestApp, jobs: JobFactory, messenger: Messenger, until: string, scheduler?: Scheduler): Promise<Scheduler> {
  const s = scheduler ?? new Scheduler({ store: app.store, clock: app.clock, logger: silentLogger });
  if (!scheduler) {
    for (const job of await jobs({ app, messenger })) s.add(job);
    await s.runDue();
  }
  while (app.clock.now() < new Date(until)) {
    app.clock.advance(HOUR);
    await s.runDue();
  }
  return s;
}

import { describe, expect, it } from 'vitest';
import { AfterAck } from '../../src/channels/slack/after-ack.js';
import type { Logger } from '../../src/core/ports.js';

function recordingLogger(): Logger & { lines: object[] } {
  const lines: object[] = [];
  const logger: Logger & { lines: object[] } = {
    lines,
    debug: () => {},
    info: () => {},
    warn: (o) => void lines.push(o),
    error: (o) => void lines.push(o),
    child: () => logger,
  };
  return logger;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('answers after the acknowledgement', () => {
  it('starts no answer until the current turn of the event loop, where acknowledgements are sent, is over', async () => {
    const order: string[] = [];
    const queue = new AfterAck(recordingLogger());
    queue.later('answer', async () => void order.push('answer'));
    order.push('ack');
    await Promise.resolve();
    order.push('still acking');
    await queue.idle();
    expect(order).toEqual(['ack', 'still acking', 'answer']);
  });

  it('works on a few answers at a time, and on every one in the end', async () => {
    const queue = new AfterAck(recordingLogger(), { slots: 2 });
    let running = 0;
    let most = 0;
    let done = 0;
    for (let i = 0; i < 10; i++) {
      queue.later(`answer ${i}`, async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done++;
      });
    }
    await queue.idle();
    expect(most).toBe(2);
    expect(done).toBe(10);
  });

  it('logs an answer that failed and goes on with the next', async () => {
    const logger = recordingLogger();
    const queue = new AfterAck(logger, { slots: 1 });
    let after = false;
    queue.later('broken', async () => {
      throw new Error('Slack said no');
    });
    queue.later('next', async () => {
      after = true;
    });
    await queue.idle();
    expect(after).toBe(true);
    expect(logger.lines).toMatchObject([{ event: 'slack_answer_failed', what: 'broken' }]);
  });

  it('lets the next answer start when one is waiting on the network rather than computing', async () => {
    const queue = new AfterAck(recordingLogger(), { slots: 1, slotMs: 20 });
    const started: number[] = [];
    const t0 = Date.now();
    queue.later('slow (a language model)', async () => {
      started.push(Date.now() - t0);
      await new Promise((r) => setTimeout(r, 500));
    });
    queue.later('quick', async () => void started.push(Date.now() - t0));
    await queue.idle();
    expect(started[1]).toBeLessThan(300);
  });

  it('keeps to two answers at a time while they compute, by default', async () => {
    const queue = new AfterAck(recordingLogger());
    let running = 0;
    let most = 0;
    for (let i = 0; i < 5; i++) {
      queue.later(`answer ${i}`, async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
    }
    await queue.idle();
    expect(most).toBe(2);
  });
});

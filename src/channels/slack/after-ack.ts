import type { Logger } from '../../core/ports.js';

export interface AfterAckOptions {
  /** Answers worked on at once while they compute. Few keep a burst from stacking work ahead of the next acknowledgement. */
  slots?: number;
  /** An answer still running after this long is waiting on the network (a language model, Slack); it gives up its slot. */
  slotMs?: number;
  /** Answers in progress at most, waiting ones included. */
  ceiling?: number;
}

/**
 * Answers are worked out after Slack has its acknowledgement, and never at its
 * expense. Node has one thread: were every answer started at once, a burst of
 * commands would keep it busy and the next command's acknowledgement would wait
 * behind them, past Slack's 3 seconds. So answers queue here and start two at a time,
 * each only after pending requests have been read and acknowledged (setImmediate
 * runs after the poll phase). An answer that takes long is waiting, not computing,
 * so it lets the next one start. Under overload answers come later; acknowledgements
 * stay on time.
 */
export class AfterAck {
  private running = 0;
  private computing = 0;
  private readonly waiting: { what: string; job: () => Promise<void> }[] = [];
  private readonly drained: (() => void)[] = [];
  private readonly slots: number;
  private readonly slotMs: number;
  private readonly ceiling: number;

  constructor(
    private readonly logger: Logger,
    options: AfterAckOptions = {},
  ) {
    this.slots = options.slots ?? 2;
    this.slotMs = options.slotMs ?? 200;
    this.ceiling = options.ceiling ?? 32;
  }

  /** Runs `job` when its turn comes; a failure is logged once, here, since nobody awaits it. */
  later(what: string, job: () => Promise<void>): void {
    this.waiting.push({ what, job });
    if (this.waiting.length % 500 === 0) this.logger.warn({ event: 'slack_answers_queued', waiting: this.waiting.length }, 'answers are queueing up');
    this.pump();
  }

  /** Resolves when every queued answer has been sent: for shutdown and tests. */
  idle(): Promise<void> {
    if (!this.running && !this.waiting.length) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private pump(): void {
    while (this.computing < this.slots && this.running < this.ceiling && this.waiting.length) {
      const { what, job } = this.waiting.shift()!;
      this.running++;
      this.computing++;
      let holding = true;
      const release = () => {
        if (!holding) return;
        holding = false;
        this.computing--;
        this.pump();
      };
      const slotTimer = setTimeout(release, this.slotMs);
      setImmediate(() => {
        job()
          .catch((error: unknown) => this.logger.error({ event: 'slack_answer_failed', what, err: error }, 'a Slack answer failed'))
          .finally(() => {
            clearTimeout(slotTimer);
            this.running--;
            if (holding) release();
            else this.pump();
            if (!this.running && !this.waiting.length) for (const resolve of this.drained.splice(0)) resolve();
          });
      });
    }
  }
}

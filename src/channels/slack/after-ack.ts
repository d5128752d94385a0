import type { Logger } from '../../core/ports.js';

/**
 * Answers are worked out after Slack has its acknowledgement, and never at its
 * expense. Node has one thread: were every answer started at once, a burst of
 * commands would keep it busy and the next command's acknowledgement would wait
 * behind them, past Slack's 3 seconds. So answers queue here, a few at a time, each
 * started only after pending requests have been read and acknowledged
 * (setImmediate runs after the poll phase). Under overload answers come later;
 * acknowledgements stay on time.
 */
export class AfterAck {
  private running = 0;
  private readonly waiting: { what: string; job: () => Promise<void> }[] = [];
  private readonly drained: (() => void)[] = [];

  constructor(
    private readonly logger: Logger,
    /** Enough to overlap answers waiting on the store or Slack, few enough that their work cannot pile up. */
    private readonly concurrency = 4,
  ) {}

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
    while (this.running < this.concurrency && this.waiting.length) {
      const { what, job } = this.waiting.shift()!;
      this.running++;
      setImmediate(() => {
        job()
          .catch((error: unknown) => this.logger.error({ event: 'slack_answer_failed', what, err: error }, 'a Slack answer failed'))
          .finally(() => {
            this.running--;
            this.pump();
            if (!this.running && !this.waiting.length) for (const resolve of this.drained.splice(0)) resolve();
          });
      });
    }
  }
}

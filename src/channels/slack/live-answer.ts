import type { webApi } from '@slack/bolt';
import type { Progress } from '../../core/conversation.js';
import type { Logger } from '../../core/ports.js';
import { textReply, type Reply } from '../../core/reply.js';
import { send, slackMessagesOf, type Delivery, type Place } from './delivery.js';
import { renderReply, type SlackMessage } from './render/block-kit.js';

/**
 * chat.update is Tier 3 (about 50 a minute per workspace): one update a second per
 * answer keeps a few answers at once within it and still reads as live.
 */
export const UPDATE_EVERY_MS = 1000;

export interface LiveAnswerDeps {
  client: webApi.WebClient;
  place: Extract<Place, { kind: 'conversation' }>;
  delivery: Omit<Delivery, 'client'>;
  /** Sets the thread's status line ('' clears it). */
  setStatus(status: string): Promise<unknown>;
  /** A step of the work ("Looking up contacts…") as Slack's status line reads it, after the app's name. */
  statusOf(step: string): string;
  logger: Logger;
  updateEveryMs?: number;
}

/**
 * An answer shown while it is written, in Slack's assistant pane: the status follows
 * the work, the text is posted once it starts and updated at most once a second, and
 * the finished answer, rendered as usual, replaces it. A failed update only costs a
 * frame of the text; the finished answer always replaces it or, failing that, is posted
 * and the unfinished text removed.
 */
export class LiveAnswer implements Progress {
  private ts?: string;
  private latest = '';
  private shown = '';
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private sending?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private finished = false;
  private statuses: Promise<unknown> = Promise.resolve();
  private lastStatus?: string;
  private statusAfterPost = false;
  private readonly every: number;

  constructor(private readonly deps: LiveAnswerDeps) {
    this.every = deps.updateEveryMs ?? UPDATE_EVERY_MS;
  }

  readonly onStatus = (step: string): void => {
    if (this.finished || step === this.lastStatus) return;
    this.lastStatus = step;
    if (this.ts || this.sending) this.statusAfterPost = true;
    this.setStatus(this.deps.statusOf(step));
  };

  readonly onPartial = (textSoFar: string): void => {
    if (this.finished) return;
    this.latest = textSoFar;
    this.showLatest();
  };

  /** Sends the finished answer: its first message replaces the text shown so far, the rest follow. */
  async finish(replies: Reply[]): Promise<void> {
    let unfinished = await this.stop();
    const d: Delivery = { client: this.deps.client, ...this.deps.delivery };
    for await (const { message, onlyAsker } of slackMessagesOf(replies, this.deps.place, d)) {
      if (unfinished && !onlyAsker) {
        await this.replace(unfinished, message, d);
        unfinished = undefined;
      } else await send(message, this.deps.place, onlyAsker, d);
    }
    if (unfinished) await this.remove(unfinished);
  }

  /** No more frames: waits for the one in flight and gives the timestamp of the message showing the text, if one was posted. */
  private async stop(): Promise<string | undefined> {
    this.finished = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.sending;
    // Slack clears the status when Acre posts; one set after the post would spin on under the answer.
    if (this.statusAfterPost) this.setStatus('');
    await this.statuses;
    return this.ts;
  }

  private showLatest(): void {
    if (this.finished || this.sending || this.timer || !this.latest.trim() || this.latest === this.shown) return;
    const wait = this.lastSentAt + this.every - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.showLatest();
      }, wait);
      return;
    }
    this.sending = this.show(this.latest)
      .catch((error: unknown) => this.deps.logger.warn({ event: 'slack_live_update_failed', err: error }, 'an unfinished answer was not shown'))
      .finally(() => {
        // Counted from when Slack answered, so that two frames never reach it less than a second apart.
        this.lastSentAt = Date.now();
        this.sending = undefined;
        this.showLatest();
      });
  }

  private async show(text: string): Promise<void> {
    const { messages } = renderReply(textReply(text), this.deps.delivery.words);
    const message = messages[0];
    if (!message) return;
    const { channel, threadTs } = this.deps.place;
    if (this.ts) await this.deps.client.chat.update({ channel, ts: this.ts, text: message.text, blocks: message.blocks });
    else {
      // A status landing after the post would stay under the answer: Slack clears it only when Acre posts.
      await this.statuses;
      const posted = await this.deps.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
      this.ts = posted.ts;
    }
    this.shown = text;
  }

  private async replace(ts: string, message: SlackMessage, d: Delivery): Promise<void> {
    try {
      await d.client.chat.update({ channel: this.deps.place.channel, ts, text: message.text, blocks: message.blocks });
    } catch (error) {
      this.deps.logger.warn({ event: 'slack_live_final_update_failed', err: error }, 'the finished answer could not replace the unfinished one; posting it');
      await send(message, this.deps.place, false, d);
      await this.remove(ts);
    }
  }

  private async remove(ts: string): Promise<void> {
    await this.deps.client.chat
      .delete({ channel: this.deps.place.channel, ts })
      .catch((error: unknown) => this.deps.logger.warn({ event: 'slack_live_delete_failed', err: error }, 'an unfinished answer was left in the thread'));
  }

  private setStatus(status: string): void {
    // Only a nicety, in order: a refused status must not stop the answer.
    this.statuses = this.statuses
      .then(() => this.deps.setStatus(status))
      .catch((error: unknown) => this.deps.logger.debug({ event: 'slack_status_refused', err: error }, 'assistant status not set'));
  }
}

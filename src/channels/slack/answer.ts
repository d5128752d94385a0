import { setImmediate as afterPendingRequests } from 'node:timers/promises';
import type { webApi } from '@slack/bolt';
import type { Identity, Input } from '../../core/conversation.js';
import { deliver, type Place } from './delivery.js';
import type { LiveAnswer } from './live-answer.js';
import { identityOf, wordsFor } from './people.js';
import type { SlackRuntime } from './runtime.js';

/** A question as a listener has read it from Slack, before the core knows who asked. */
export interface Asked {
  input: Omit<Input, 'channel' | 'identity'>;
  userId: string;
  teamId?: string;
  /** When the listener already looked the person up. */
  identity?: Identity;
  place: Place;
  /** Where the answer can be shown while it is written (the assistant pane); it then replaces what was shown. */
  live?: LiveAnswer;
}

/** Where every listener ends: who is asking, the core's answer, delivered where it belongs. */
export async function answer(rt: SlackRuntime, client: webApi.WebClient, asked: Asked): Promise<void> {
  const identity = asked.identity ?? (await identityOf(rt, client, asked.userId, asked.teamId));
  const replies = await rt.acre.handle({ channel: 'slack', identity, ...asked.input, ...(asked.live ? { progress: asked.live } : {}) });
  // The core's work and the rendering are the long stretches; requests that came in meanwhile are acknowledged in between.
  await afterPendingRequests();
  if (asked.live) return asked.live.finish(replies);
  const { t } = await wordsFor(rt, identity);
  await deliver(replies, asked.place, { client, store: rt.store, words: t });
}

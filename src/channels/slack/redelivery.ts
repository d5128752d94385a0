import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { KeyValueStore, Logger } from '../../core/ports.js';
import { EventEnvelope } from './payloads.js';

/** Slack retries an event for about an hour and a half; a day keeps every retry of it out. */
const EVENT_CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Slack sends an event again (X-Slack-Retry-Num) when it thinks the first delivery
 * failed, and every replica may receive it: each event_id is claimed once, across
 * processes, and only the claimant answers it.
 */
export function onceForEachEvent(store: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    // Commands and button presses carry no event_id and are never redelivered: skip them cheaply.
    const envelope = 'event_id' in body ? EventEnvelope.safeParse(body) : undefined;
    if (envelope?.success) {
      const { event_id, team_id } = envelope.data;
      if (!(await store.claim(`slack:event:${team_id ?? '-'}:${event_id}`, EVENT_CLAIM_TTL_MS))) {
        logger.info({ event: 'slack_redelivery_skipped', eventId: event_id, retryNum: context.retryNum, retryReason: context.retryReason }, 'already handled this event');
        return;
      }
    }
    await next();
  };
}

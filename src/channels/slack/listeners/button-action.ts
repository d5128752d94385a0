import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Action } from '../../../core/reply.js';
import { answer } from '../answer.js';
import { ButtonPress } from '../payloads.js';
import { conversationIdOf, isDirectMessage } from '../places.js';
import { decodeAction } from '../render/actions.js';
import type { SlackRuntime } from '../runtime.js';

/**
 * A button that no feature owns: the core answers it with "that button has expired",
 * which is what happened when its stashed action is gone or the value is not ours.
 */
const EXPIRED: Action = { id: 'expired' };

/**
 * A press of one of Acre's buttons: the core gets back exactly the action it
 * rendered. Answers go through the message's response_url, privately when the button
 * sat in a private (ephemeral) message; a button on the App Home tab has no message,
 * so its answer goes to Acre's DM.
 */
export function buttonAction(rt: SlackRuntime) {
  return async ({ body, ack, respond, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = ButtonPress.safeParse(body);
    if (!parsed.success) {
      rt.logger.warn({ event: 'slack_bad_payload', kind: 'block_actions', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'button press ignored');
      return;
    }
    const press = parsed.data;
    rt.later('button', async () => {
      const action = (await decodeAction(press.actions[0].value, rt.store)) ?? EXPIRED;
      const userId = press.user.id;
      const teamId = press.team?.id;
      const channel = press.container.channel_id;
      if (channel && press.response_url) {
        const shared = !isDirectMessage(channel);
        const wasPrivate = press.container.is_ephemeral === true;
        await answer(rt, client, {
          input: { conversationId: conversationIdOf(channel, press.container.thread_ts), shared, action },
          userId,
          ...(teamId ? { teamId } : {}),
          // A button in a thread (an answer to @Acre) answers in that thread.
          place: { kind: 'response_url', respond, shared, privateByDefault: wasPrivate, ...(press.container.thread_ts ? { threadTs: press.container.thread_ts } : {}) },
        });
        // Once shared with the channel, the private copy with its "Share" button has done its job.
        if (action.id === 'share' && wasPrivate) await respond({ delete_original: true });
        return;
      }
      await answer(rt, client, {
        input: { conversationId: conversationIdOf(userId), shared: false, action },
        userId,
        ...(teamId ? { teamId } : {}),
        place: { kind: 'conversation', channel: userId, asker: userId, shared: false },
      });
    });
  };
}

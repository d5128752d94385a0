import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answer } from '../answer.js';
import { Mention } from '../payloads.js';
import { conversationIdOf, isDirectMessage, typedText } from '../places.js';
import type { SlackRuntime } from '../runtime.js';

/**
 * "@Acre how is Bluefin?" in a channel: answered in the mention's thread, where others
 * can read, so the core keeps personal detail to the asker (an ephemeral message).
 */
export function appMention(rt: SlackRuntime) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = Mention.safeParse(event);
    // A mention inside Acre's DM also arrives as a DM message, which answers it.
    if (!parsed.success || isDirectMessage(parsed.data.channel)) return;
    const { user, text, channel, ts, thread_ts } = parsed.data;
    const thread = thread_ts ?? ts;
    rt.later('mention', () =>
      answer(rt, client, {
        input: { conversationId: conversationIdOf(channel, thread), shared: true, text: typedText(text, context.botUserId) },
        userId: user,
        ...(context.teamId ? { teamId: context.teamId } : {}),
        place: { kind: 'conversation', channel, threadTs: thread, asker: user, shared: true },
      }),
    );
  };
}

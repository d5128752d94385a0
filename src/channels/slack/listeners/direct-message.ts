import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answer } from '../answer.js';
import { PersonMessage } from '../payloads.js';
import { conversationIdOf, typedText } from '../places.js';
import type { SlackRuntime } from '../runtime.js';

/** A message in Acre's DM: private, answered where it was asked (in its thread if it has one). */
export function directMessage(rt: SlackRuntime) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = PersonMessage.safeParse(event);
    if (!parsed.success || parsed.data.channel_type !== 'im') return;
    const { user, text, channel, thread_ts } = parsed.data;
    rt.later('direct message', () =>
      answer(rt, client, {
        input: { conversationId: conversationIdOf(channel, thread_ts), shared: false, text: typedText(text, context.botUserId) },
        userId: user,
        ...(context.teamId ? { teamId: context.teamId } : {}),
        place: { kind: 'conversation', channel, ...(thread_ts ? { threadTs: thread_ts } : {}), asker: user, shared: false },
      }),
    );
  };
}

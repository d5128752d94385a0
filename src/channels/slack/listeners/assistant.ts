import { Assistant, type AssistantConfig, type AssistantThreadStartedMiddleware, type AssistantUserMessageMiddleware } from '@slack/bolt';
import { z } from 'zod';
import type { KeyValueStore } from '../../../core/ports.js';
import { answer } from '../answer.js';
import { suggestedPrompts } from '../home/suggested-prompts.js';
import { LiveAnswer } from '../live-answer.js';
import { AssistantThreadStarted, PersonMessage } from '../payloads.js';
import { identityOf, wordsFor } from '../people.js';
import { conversationIdOf, typedText } from '../places.js';
import type { SlackRuntime } from '../runtime.js';
import { slackWords } from '../strings.js';

/** Slack's assistant pane: suggested prompts when a thread starts, a status while the core works, answers in the thread as they are written. */
export function assistantPane(rt: SlackRuntime): Assistant {
  return new Assistant({ threadContextStore: threadContexts(rt.store), threadStarted: threadStarted(rt), userMessage: userMessage(rt) });
}

export function threadStarted(rt: SlackRuntime): AssistantThreadStartedMiddleware {
  return async ({ event, setSuggestedPrompts, client, context }) => {
    const parsed = AssistantThreadStarted.safeParse(event);
    if (!parsed.success) return;
    const { user_id } = parsed.data.assistant_thread;
    rt.later('assistant thread', async () => {
      const identity = await identityOf(rt, client, user_id, context.teamId);
      await setSuggestedPrompts(await suggestedPrompts(rt, identity));
    });
  };
}

export function userMessage(rt: SlackRuntime): AssistantUserMessageMiddleware {
  return async ({ message, setStatus, client, context }) => {
    const parsed = PersonMessage.safeParse(message);
    if (!parsed.success || !parsed.data.thread_ts) return;
    const { user, text, channel, thread_ts } = parsed.data;
    rt.later('assistant message', async () => {
      const identity = await identityOf(rt, client, user, context.teamId);
      const { locale, t } = await wordsFor(rt, identity);
      // Only a nicety: a DM thread that is not the pane's refuses it, and the answer must still come.
      await setStatus(slackWords[locale].status).catch((error: unknown) => rt.logger.debug({ event: 'slack_status_refused', err: error }, 'assistant status not set'));
      const place = { kind: 'conversation', channel, threadTs: thread_ts, asker: user, shared: false } as const;
      const live = new LiveAnswer({ client, place, delivery: { store: rt.store, words: t }, setStatus, statusOf: slackWords[locale].working, logger: rt.logger });
      try {
        await answer(rt, client, {
          input: { conversationId: conversationIdOf(channel, thread_ts), shared: false, text: typedText(text, context.botUserId) },
          userId: user,
          identity,
          place,
          live,
        });
      } catch (error) {
        // Slack clears the status when Acre replies; without a reply it would spin on.
        await setStatus('').catch(() => undefined);
        throw error;
      }
    });
  };
}

const ThreadOf = z.union([
  z.object({ assistant_thread: z.object({ channel_id: z.string(), thread_ts: z.string(), context: z.record(z.string(), z.unknown()).optional() }) }),
  z.object({ channel: z.string(), thread_ts: z.string() }),
]);

/** Thread context lives weeks at most; a thread older than that starts afresh. */
const THREAD_CONTEXT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Where the person was in Slack when they opened the pane (the channel they were
 * viewing), kept in Acre's store. Bolt's default keeps it in memory and re-reads it
 * from the thread's first message, which needs more scopes and loses it on restart.
 */
export function threadContexts(store: KeyValueStore): NonNullable<AssistantConfig['threadContextStore']> {
  const keyOf = (payload: unknown) => {
    const thread = ThreadOf.safeParse(payload);
    if (!thread.success) return undefined;
    const t = thread.data;
    return 'assistant_thread' in t ? `slack:assistant:${t.assistant_thread.channel_id}:${t.assistant_thread.thread_ts}` : `slack:assistant:${t.channel}:${t.thread_ts}`;
  };
  return {
    get: async ({ payload }) => {
      const key = keyOf(payload);
      return (key && (await store.get<Record<string, string>>(key))) || {};
    },
    save: async ({ payload }) => {
      const key = keyOf(payload);
      const thread = ThreadOf.safeParse(payload);
      if (key && thread.success && 'assistant_thread' in thread.data) await store.set(key, thread.data.assistant_thread.context ?? {}, THREAD_CONTEXT_TTL_MS);
    },
  };
}

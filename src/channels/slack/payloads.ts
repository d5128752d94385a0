import { z } from 'zod';

/**
 * The parts of Slack's payloads a listener reads, checked at the edge. Bolt types
 * them, but nothing checks them at run time; a payload that does not match is not
 * one Acre answers (an edit, a bot's post, a new kind of element).
 */

export const SlashCommandPayload = z.object({
  command: z.string().regex(/^\/[^\s/]+$/, 'a slash command such as /account'),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  team_id: z.string().optional(),
});
export type SlashCommandPayload = z.infer<typeof SlashCommandPayload>;

/** A person's own message: edits, joins and bots' posts carry a subtype or a bot_id and are not questions. */
export const PersonMessage = z.object({
  type: z.literal('message'),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
  user: z.string().min(1),
  text: z.string().default(''),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});
export type PersonMessage = z.infer<typeof PersonMessage>;

export const Mention = z.object({
  type: z.literal('app_mention'),
  bot_id: z.undefined().optional(),
  user: z.string().min(1),
  text: z.string().default(''),
  channel: z.string().min(1),
  ts: z.string(),
  thread_ts: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const ButtonPress = z.object({
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  container: z.object({
    type: z.string(),
    channel_id: z.string().optional(),
    message_ts: z.string().optional(),
    thread_ts: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  actions: z.array(z.object({ type: z.literal('button'), action_id: z.string(), value: z.string().optional() })).min(1),
  response_url: z.string().url().optional(),
});
export type ButtonPress = z.infer<typeof ButtonPress>;

export const AssistantThreadStarted = z.object({
  type: z.literal('assistant_thread_started'),
  assistant_thread: z.object({ user_id: z.string().min(1), channel_id: z.string().min(1), thread_ts: z.string() }),
});

export const HomeOpened = z.object({ type: z.literal('app_home_opened'), user: z.string().min(1), tab: z.string().optional() });

/** The id Slack gives each event delivery, the same on every retry of it. */
export const EventEnvelope = z.object({ event_id: z.string().min(1), team_id: z.string().optional() });

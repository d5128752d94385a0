import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answer } from '../answer.js';
import { SlashCommandPayload } from '../payloads.js';
import { conversationIdOf, isDirectMessage } from '../places.js';
import type { SlackRuntime } from '../runtime.js';

/**
 * `/account bluefin` and every other command the manifest declares. Slack wants the
 * acknowledgement within 3 seconds, so it goes first and empty; the answer is queued
 * behind it and follows through the command's response_url, however long the core takes.
 */
export function slashCommand(rt: SlackRuntime) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = SlashCommandPayload.safeParse(command);
    if (!parsed.success) {
      rt.logger.warn({ event: 'slack_bad_payload', kind: 'command', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'slash command ignored');
      return;
    }
    const { command: name, text, user_id, channel_id, team_id } = parsed.data;
    const shared = !isDirectMessage(channel_id);
    rt.later(name, () =>
      answer(rt, client, {
        input: { conversationId: conversationIdOf(channel_id), shared, command: { name: name.slice(1).toLowerCase(), args: text.trim() } },
        userId: user_id,
        ...(team_id ? { teamId: team_id } : {}),
        place: { kind: 'response_url', respond, shared, privateByDefault: true },
      }),
    );
  };
}

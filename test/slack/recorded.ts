import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOT } from './fake-slack.js';

/**
 * Real Slack payloads recorded by Slack's SDKs, vercel/chat and Slack's docs
 * (shared/fixtures), with our workspace's ids put in: the NorthCo team, its people's
 * Slack ids from test/fixtures/crm/users.csv, and Acre's bot.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
type Json = Record<string, any>;
const load = (...path: string[]): Json => JSON.parse(readFileSync(join(FIXTURES, ...path), 'utf8')) as Json;
const clone = <T>(v: T): T => structuredClone(v);

export const NORTHCO = { team: BOT.teamId, app: 'A100ACRE', kate: 'U100KATE', piotr: 'U100PIOTR', mia: 'U100MIA', channel: 'C100DEALS', kateDm: 'D100KATE' } as const;

const vercelSlash = load('vercel-chat-replay-fixtures', 'slash-commands', 'slack.json');
const vercelDm = load('vercel-chat-replay-fixtures', 'dm', 'slack-direct.json');
const vercelActions = load('vercel-chat-replay-fixtures', 'actions-reactions', 'slack.json');
const docsMention = load('slack-payload-samples', 'slack-docs-examples', 'app_mention.event_callback.json');
const docsThreadStarted = load('slack-payload-samples', 'slack-docs-examples', 'assistant_thread_started.event_callback.json');
const docsContextChanged = load('slack-payload-samples', 'slack-docs-examples', 'assistant_thread_context_changed.event_callback.json');
const docsUrlVerification = load('slack-payload-samples', 'slack-docs-examples', 'url_verification.json');
const boltAssistant = load('slack-payload-samples', 'bolt-python-tests', 'test_events_assistant.json');
const javaHomeOpened = load('slack-payload-samples', 'java-slack-sdk-json-logs', 'events', 'AppHomeOpenedPayload.json');

const ourAuthorizations = [{ enterprise_id: null, team_id: NORTHCO.team, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }];

function asOurEvent(recorded: Json, eventId: string, event: Json): Json {
  const body = clone(recorded);
  delete body.enterprise_id;
  delete body.authed_users;
  delete body.authed_teams;
  return { ...body, token: 'legacy-verification-token', team_id: NORTHCO.team, api_app_id: NORTHCO.app, event_id: eventId, authorizations: ourAuthorizations, event: { ...body.event, ...event } };
}

/** A slash command's form fields (vercel/chat's recording of /test-feedback with arguments). */
export function slashCommandFields(o: { user: string; channel: string; command: string; text: string; responseUrl: string }): Record<string, string> {
  return { ...clone(vercelSlash.slashCommandWithArgs), team_id: NORTHCO.team, api_app_id: NORTHCO.app, user_id: o.user, user_name: o.user.toLowerCase(), channel_id: o.channel, channel_name: o.channel.startsWith('D') ? 'directmessage' : 'deals', command: o.command, text: o.text, response_url: o.responseUrl };
}

/** A message in Acre's DM (vercel/chat's recorded direct message). */
export function directMessage(o: { user: string; channel: string; text: string; eventId: string; ts?: string }): Json {
  const recorded = vercelDm.directDM as Json;
  const ts = o.ts ?? '1764064700.000100';
  return asOurEvent(recorded, o.eventId, { user: o.user, channel: o.channel, text: o.text, ts, event_ts: ts, team: NORTHCO.team, blocks: [], client_msg_id: `msg-${o.eventId}` });
}

/** "@Acre …" in a channel (Slack's documented app_mention example). */
export function appMention(o: { user: string; channel: string; text: string; eventId: string; ts?: string }): Json {
  const ts = o.ts ?? '1764064750.000200';
  return asOurEvent(docsMention, o.eventId, { user: o.user, channel: o.channel, text: o.text, ts, event_ts: ts });
}

/** A press of a button Acre rendered (vercel/chat's recorded block_actions), with the button as Acre sent it. */
export function buttonPress(o: { user: string; channel: string; responseUrl: string; button: Json; ephemeral: boolean; threadTs?: string }): Json {
  const body = clone(vercelActions.action as Json);
  return {
    ...body,
    user: { ...body.user, id: o.user, team_id: NORTHCO.team },
    api_app_id: NORTHCO.app,
    team: { id: NORTHCO.team, domain: 'northco' },
    channel: { id: o.channel, name: 'deals' },
    container: { type: 'message', message_ts: '1764064800.000001', channel_id: o.channel, is_ephemeral: o.ephemeral, ...(o.threadTs ? { thread_ts: o.threadTs } : {}) },
    message: { ...body.message, user: BOT.userId, ts: '1764064800.000001', ...(o.threadTs ? { thread_ts: o.threadTs } : { thread_ts: undefined }) },
    actions: [{ type: 'button', block_id: 'b1', action_id: o.button.action_id, text: o.button.text, value: o.button.value, action_ts: '1764064801.000001' }],
    response_url: o.responseUrl,
  };
}

/** A press of a button on Acre's Home tab: a view, not a message, so no channel and no response_url. */
export function buttonPressOnHome(o: { user: string; button: Json }): Json {
  const { channel: _channel, message: _message, response_url: _url, ...body } = buttonPress({ user: o.user, channel: 'unused', responseUrl: 'http://unused', button: o.button, ephemeral: false });
  return { ...body, container: { type: 'view', view_id: 'V100HOME' }, view: { id: 'V100HOME', type: 'home', team_id: NORTHCO.team } };
}

/** The person opened the assistant pane (Slack's documented assistant_thread_started). */
export function assistantThreadStarted(o: { user: string; channel: string; threadTs: string; eventId: string }): Json {
  const body = asOurEvent(docsThreadStarted, o.eventId, {});
  body.event.assistant_thread = { ...body.event.assistant_thread, user_id: o.user, channel_id: o.channel, thread_ts: o.threadTs, context: { channel_id: NORTHCO.channel, team_id: NORTHCO.team } };
  return body;
}

/** The person moved to another channel with the assistant pane open (Slack's documented assistant_thread_context_changed). */
export function assistantContextChanged(o: { user: string; channel: string; threadTs: string; viewing: string; eventId: string }): Json {
  const body = asOurEvent(docsContextChanged, o.eventId, {});
  body.event.assistant_thread = { ...body.event.assistant_thread, user_id: o.user, channel_id: o.channel, thread_ts: o.threadTs, context: { channel_id: o.viewing, team_id: NORTHCO.team } };
  return body;
}

/** A message typed in the assistant pane (bolt-python's recorded assistant user message). */
export function assistantMessage(o: { user: string; channel: string; threadTs: string; text: string; eventId: string }): Json {
  const recorded = boltAssistant.payloads.user_message_event_body as Json;
  return asOurEvent(recorded, o.eventId, { user: o.user, channel: o.channel, thread_ts: o.threadTs, parent_user_id: o.user, text: o.text, team: NORTHCO.team, user_team: NORTHCO.team, source_team: NORTHCO.team, ts: '1764064900.000300', event_ts: '1764064900.000300' });
}

/** The person opened Acre's Home tab (the Java SDK's app_home_opened shape, blanks filled). */
export function homeOpened(o: { user: string; eventId: string; tab?: string }): Json {
  const body = asOurEvent(javaHomeOpened, o.eventId, { user: o.user, channel: 'D100KATE', tab: o.tab ?? 'home', event_ts: '1764065000.000400' });
  delete body.event.view;
  body.type = 'event_callback';
  delete body.event_context;
  return body;
}

export const urlVerification = (): Json => clone(docsUrlVerification);

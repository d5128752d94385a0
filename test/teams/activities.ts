import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES } from './schemas.js';

export type Activity = Record<string, unknown> & {
  text?: string;
  value?: unknown;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string };
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name?: string };
};

function recorded<T>(path: string): T {
  return JSON.parse(readFileSync(join(SHARED_FIXTURES, path), 'utf8')) as T;
}

const dm = recorded<{ dmMessage: Activity }>('vercel-chat-replay-fixtures/dm/teams.json');
const channel = recorded<{ mention: Activity; conversationId: string; baseConversationId: string }>('vercel-chat-replay-fixtures/channel/teams.json');
const teamsNet = recorded<{ activities: { channel_reply_message: Activity } }>('teams-activity-samples/teams-net-TeamsActivityTests.json');

/** The recorded ids, for assertions. */
export const recordedIds = {
  personalConversation: dm.dmMessage.conversation.id,
  channelThread: channel.conversationId,
  channel: channel.baseConversationId,
  kateUserId: dm.dmMessage.from.id,
  piotrUserId: teamsNet.activities.channel_reply_message.from.id,
  piotrAad: teamsNet.activities.channel_reply_message.from.aadObjectId!,
  teamsNetChannelThread: teamsNet.activities.channel_reply_message.conversation.id,
};

let sequence = 0;

/** A recorded activity, sent through the given connector, with new text and a fresh id. */
function replay(activity: Activity, serviceUrl: string, patch: Partial<Activity>): Activity {
  const copy = structuredClone(activity);
  return { ...copy, id: `test-${++sequence}`, serviceUrl, ...patch };
}

/** Kate (mapped by AAD object id) writing in her personal chat with the bot (recorded in Teams). */
export function personalMessage(serviceUrl: string, text: string): Activity {
  return replay(dm.dmMessage, serviceUrl, { text });
}

/** Kate @mentioning the bot in a channel post (recorded in Teams, mention and all). */
export function channelMention(serviceUrl: string, text: string): Activity {
  const activity = replay(channel.mention, serviceUrl, {});
  return { ...activity, text: `<at>${activity.recipient.name}</at> ${text}` };
}

/** Piotr (no Teams id in users.csv: found by e-mail) @mentioning the bot in a thread (recorded by microsoft/teams.net). */
export function piotrMention(serviceUrl: string, text: string): Activity {
  const activity = replay(teamsNet.activities.channel_reply_message, serviceUrl, {});
  return { ...activity, text: `<at>${activity.recipient.name}</at> ${text}` };
}

/** A card button pressed: Teams posts the Action.Submit data as the `value` of a message without text. */
export function cardSubmit(from: Activity, value: unknown): Activity {
  const { text: _text, entities: _entities, ...rest } = replay(from, from.serviceUrl, {});
  return { ...rest, value } as Activity;
}

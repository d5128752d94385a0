import type { RespondFn, webApi } from '@slack/bolt';
import type { KeyValueStore } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { saveStashedActions } from './render/actions.js';
import { renderReply, type RenderWords, type SlackMessage } from './render/block-kit.js';

/** Where an answer goes. */
export type Place =
  /** A channel, DM or thread, posted to with the Web API; the asker is who may see private answers there. */
  | { kind: 'conversation'; channel: string; threadTs?: string; asker: string; shared: boolean }
  /**
   * A slash command's or a button's response_url: it needs no channel membership and
   * answers ephemerally anywhere. `privateByDefault` keeps everything but what the
   * core marks for everyone to the asker (slash commands: Slack cannot tell us whether
   * a DM is Acre's own or one between two people).
   */
  | { kind: 'response_url'; respond: RespondFn; shared: boolean; privateByDefault: boolean; threadTs?: string };

export interface Delivery {
  client: webApi.WebClient;
  /** For messages no event prompted: the workspace's bot token (an event's client already carries one). */
  token?: string;
  store: KeyValueStore;
  words: RenderWords;
}

/** Sends the core's replies to a place, each as one or more Slack messages, in order; personal ones only to the asker. */
export async function deliver(replies: Reply[], place: Place, d: Delivery): Promise<void> {
  for await (const { message, onlyAsker } of slackMessagesOf(replies, place, d)) await send(message, place, onlyAsker, d);
}

/** The Slack messages the replies become, in order, each saying whether only the asker may see it; button actions too long for Slack are stashed first. */
export async function* slackMessagesOf(replies: Reply[], place: Place, d: Delivery): AsyncGenerator<{ message: SlackMessage; onlyAsker: boolean }> {
  for (const reply of replies) {
    const { messages, stashes } = renderReply(reply, d.words);
    await saveStashedActions(d.store, stashes);
    const onlyAsker = onlyForAsker(reply, place);
    for (const message of messages) yield { message, onlyAsker };
  }
}

function onlyForAsker(reply: Reply, place: Place): boolean {
  if (reply.visibility === 'everyone') return false;
  if (place.kind === 'response_url' && place.privateByDefault) return true;
  return place.shared && reply.visibility === 'asker';
}

/** One message to a place: through the response_url, ephemerally to the asker, or posted. */
export async function send(message: SlackMessage, place: Place, onlyAsker: boolean, { client, token }: Delivery): Promise<void> {
  if (place.kind === 'response_url') {
    const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
    await place.respond({ response_type: onlyAsker ? 'ephemeral' : 'in_channel', replace_original: false, text: message.text, blocks: message.blocks, ...thread });
    return;
  }
  const extra = { ...(place.threadTs ? { thread_ts: place.threadTs } : {}), ...(token ? { token } : {}) };
  if (onlyAsker) await client.chat.postEphemeral({ channel: place.channel, user: place.asker, text: message.text, blocks: message.blocks, ...extra });
  else await client.chat.postMessage({ channel: place.channel, text: message.text, blocks: message.blocks, ...extra });
}

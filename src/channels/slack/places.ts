/** Slack's places as the core sees them. */

/** A DM channel id starts with D: only the person and Acre read it. Channels (C), groups and group DMs (G) are shared. */
export const isDirectMessage = (channelId: string) => channelId.startsWith('D');

/** Conversation memory is kept per place: a channel or DM, or one thread in it. */
export const conversationIdOf = (channel: string, threadTs?: string) => (threadTs ? `${channel}:${threadTs}` : channel);

/**
 * What a person typed, as the core reads it: Slack's markup for mentions, channels,
 * links and the three escaped characters turned back into text, and the mention of
 * Acre itself dropped ("@Acre how is Bluefin?" asks "how is Bluefin?").
 */
export function typedText(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  else out = out.replace(/^\s*<@[UWB][A-Z0-9]+(\|[^>]*)?>/, ' ');
  return out
    .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#C[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

import type { Activity } from 'botbuilder';
import type { Reply } from '../../core/reply.js';
import { CARD_CONTENT_TYPE } from './adaptive-card.js';
import { cardsFor, type CardOptions } from './card.js';
import { chunkText, messageMarkdown } from './markdown.js';
import { truncate } from './card-elements.js';

/** Teams' text messages share the ~28 KB limit; 8,000 characters stay under it whatever the script. */
const MAX_MESSAGE_CHARS = 8000;
const MAX_SUMMARY_CHARS = 120;

export type OutgoingMessage = Partial<Activity>;

/**
 * Replies as Teams messages. A reply that is only prose goes as a plain Markdown
 * message, which reads naturally in a chat; anything with structure (fields,
 * lists, buttons, sources) goes as an Adaptive Card with a text fallback for
 * clients that cannot draw cards.
 */
export function renderReplies(replies: Reply[], options: CardOptions): OutgoingMessage[] {
  return replies.flatMap((reply): OutgoingMessage[] => {
    if (!reply.blocks.length && !reply.attachment) return [];
    if (isProse(reply)) return proseMessages(reply);
    return cardsFor(reply, options).map((card) => ({
      type: 'message',
      // The preview Teams shows in notifications and the chat list, where a card would read "Sent a card".
      summary: truncate(card.fallbackText.split('\n')[0] ?? '', MAX_SUMMARY_CHARS),
      attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
    }));
  });
}

/** A one-line message, for notices of the Teams channel itself. */
export function textMessage(text: string): OutgoingMessage {
  return { type: 'message', text: messageMarkdown(text), textFormat: 'markdown' };
}

/**
 * A notice addressed to one person in a shared conversation: an @mention, so that
 * everyone reading the thread knows whom it is for and the person is notified.
 */
export function noticeFor(person: { id: string; name?: string }, text: string): OutgoingMessage {
  if (!person.name) return textMessage(text);
  const mention = `<at>${person.name}</at>`;
  return { ...textMessage(`${mention} ${text}`), entities: [{ type: 'mention', text: mention, mentioned: { id: person.id, name: person.name } }] };
}

function isProse(reply: Reply): boolean {
  return !reply.attachment && reply.blocks.every((b) => b.kind === 'text');
}

function proseMessages(reply: Reply): OutgoingMessage[] {
  const text = reply.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join('\n\n');
  return chunkText(text, MAX_MESSAGE_CHARS).map(textMessage);
}

import type { TurnContext } from 'botbuilder';
import { messagesFor } from '../../core/i18n/index.js';
import type { Locale } from '../../core/model.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { isShared, type IncomingActivity } from './activity.js';
import { emailField, type Person } from './identity.js';
import { noticesFor } from './notices.js';
import type { Outbox } from './outbox.js';
import type { ConversationReferences, Reference } from './references.js';
import { noticeFor, renderReplies, textMessage, type OutgoingMessage } from './render.js';

/** The conversation an input belongs to, as the core sees it. */
export interface Place {
  id: string;
  shared: boolean;
  /** Set when that conversation is not the one the activity came from: a button pressed in the personal chat on an answer about a channel. */
  elsewhere?: Reference;
}

export interface DeliveryDeps {
  references: ConversationReferences;
  outbox: Outbox;
  logger: Logger;
}

export interface Delivery {
  context: TurnContext;
  activity: IncomingActivity;
  place: Place;
  person: Person;
  locale: Locale;
}

/**
 * Sends the core's replies where they belong. In a personal chat, all of them
 * there. In a channel or group chat, what is for everyone goes in the thread, and
 * what is only for the asker goes to their personal chat (Teams has no private
 * message inside a channel), with a short note in the thread saying so.
 */
export async function deliver(replies: Reply[], d: Delivery, deps: DeliveryDeps): Promise<void> {
  const notices = noticesFor(d.locale);
  const options = { sourcesLabel: messagesFor(d.locale).sources, lang: d.locale };
  const forEveryone = d.place.shared ? replies.filter((r) => r.visibility !== 'asker') : replies;
  const forAsker = d.place.shared ? replies.filter((r) => r.visibility === 'asker') : [];
  if (forEveryone.length) {
    const messages = renderReplies(forEveryone, options);
    if (!d.place.elsewhere) await d.context.sendActivities(messages);
    else {
      const posted = await attempt(() => deps.outbox.post(d.place.elsewhere!, messages), deps.logger, 'teams_share_failed');
      await d.context.sendActivity(textMessage(posted ? notices.shared : notices.cannotShare));
    }
  }
  if (forAsker.length) {
    // Buttons on a private answer keep acting on the shared conversation it is about.
    const messages = renderReplies(forAsker, { ...options, origin: d.place.id });
    await deps.references.markAsked(d.person.userKey, d.place.id);
    if (!isShared(d.activity)) await d.context.sendActivities(messages);
    else {
      const sent = await sendPrivately(d, messages, deps);
      await d.context.sendActivity(noticeFor(d.activity.from, sent ? notices.answeredPrivately : notices.cannotReachPrivately));
    }
  }
}

async function sendPrivately(d: Delivery, messages: OutgoingMessage[], deps: DeliveryDeps): Promise<boolean> {
  const known = await deps.references.person({ userKey: d.person.userKey });
  if (known && (await attempt(() => deps.outbox.post(known, messages), deps.logger, 'teams_personal_chat_failed'))) return true;
  // No personal chat yet, or the stored one is gone: open one (Teams returns the existing chat if there is one).
  return attempt(async () => {
    const opened = await deps.outbox.openPersonalChat(d.activity, messages);
    await deps.references.rememberPerson(opened, { userKey: d.person.userKey, ...emailField(d.person) });
  }, deps.logger, 'teams_open_personal_chat_failed');
}

/** Runs a send whose failure has a fallback: logs why, and says whether it worked. */
async function attempt(send: () => Promise<void>, logger: Logger, event: string): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    logger.warn({ event, err: error }, 'a Teams send failed');
    return false;
  }
}

import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { KeyValueStore } from '../../core/ports.js';
import { channelOf } from './activity.js';

export type Reference = Partial<ConversationReference>;

/** Threads come and go; the channel itself and personal chats are kept until the app is removed. */
const THREAD_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** How long a privately delivered answer's buttons may still act on the conversation it came from. */
const ASKED_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const placeKey = (conversationId: string) => `teams:ref:conversation:${conversationId}`;
const personKey = (userKey: string) => `teams:ref:person:${userKey}`;
const emailKey = (email: string) => `teams:ref:email:${email.toLowerCase()}`;
const askedKey = (userKey: string, conversationId: string) => `teams:asked:${userKey}:${conversationId}`;

/**
 * Where Acre can write without being spoken to: the conversation references Teams
 * gives with every activity, kept in the store so that reminders and digests reach
 * people and channels after a restart and from any replica.
 */
export class ConversationReferences {
  constructor(private readonly store: KeyValueStore) {}

  /** Keeps the conversation an activity came from; a channel thread also stands for its channel. */
  async rememberPlace(activity: Partial<Activity>): Promise<Reference> {
    const reference = referenceOf(activity);
    const id = reference.conversation?.id;
    if (!id) return reference;
    const channel = channelOf(id);
    if (channel === id) {
      await this.store.set(placeKey(id), reference);
    } else {
      await this.store.set(placeKey(id), reference, THREAD_TTL_MS);
      await this.store.set(placeKey(channel), { ...reference, conversation: { ...reference.conversation, id: channel } });
    }
    return reference;
  }

  /** Keeps a personal chat as the way to reach this person, by Teams id and by e-mail. */
  async rememberPerson(reference: Reference, person: { userKey: string; email?: string }): Promise<void> {
    await this.store.set(personKey(person.userKey), reference);
    if (person.email) await this.store.set(emailKey(person.email), reference);
  }

  place(conversationId: string): Promise<Reference | undefined> {
    return this.store.get<Reference>(placeKey(conversationId));
  }

  /** The personal chat with someone: by their Teams id when known, else by e-mail. */
  async person(who: { userKey?: string; email?: string }): Promise<Reference | undefined> {
    const byId = who.userKey ? await this.store.get<Reference>(personKey(who.userKey)) : undefined;
    return byId ?? (who.email ? this.store.get<Reference>(emailKey(who.email)) : undefined);
  }

  /** Acre was removed from a conversation: it can no longer write there. */
  async forget(conversationId: string, person?: { userKey: string; email?: string }): Promise<void> {
    await this.store.delete(placeKey(conversationId));
    if (person) {
      await this.store.delete(personKey(person.userKey));
      if (person.email) await this.store.delete(emailKey(person.email));
    }
  }

  /** Records that this person was answered privately about a shared conversation, which their buttons may then act on. */
  async markAsked(userKey: string, conversationId: string): Promise<void> {
    await this.store.set(askedKey(userKey, conversationId), true, ASKED_TTL_MS);
  }

  /** Card data can be forged by a client, so a button may only act on a conversation its presser asked in. */
  async askedIn(userKey: string, conversationId: string): Promise<boolean> {
    return (await this.store.get<boolean>(askedKey(userKey, conversationId))) === true;
  }
}

/** A reference to the conversation, not to one message of it: the id of the message that happened to be last is of no use later. */
export function referenceOf(activity: Partial<Activity>): Reference {
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  return reference;
}

/**
 * "Ask the owner": a manager's button press becomes a direct message to the account's
 * KAM, in the KAM's language, with the score and the reasons. A turn only answers the
 * person who pressed; reaching someone else takes the messenger the chat channels
 * provide, which exists only once they run. The jobs layer hands it over when it starts
 * (app.ts builds the features before any channel is up), keyed by the app's store so
 * that two apps in one process never share one.
 */
import type { Turn } from '../conversation.js';
import { formatDate } from '../i18n/format.js';
import { messagesFor } from '../i18n/index.js';
import type { KeyValueStore, Messenger } from '../ports.js';
import { reply, type Reply } from '../reply.js';
import type { AccountHealth } from './account-health.js';
import { noteAsked, type Audience } from './curation.js';
import { reasonText, scoreText } from './wording.js';

const messengers = new WeakMap<KeyValueStore, Messenger>();

/** Lets "ask the owner" reach people through the running channels (called when jobs start). */
export function reachPeopleThrough(store: KeyValueStore, messenger: Messenger): void {
  messengers.set(store, messenger);
}

/** The question as the owner reads it: who asks, about which account, its score, its reasons. */
export function ownerQuestion(askerName: string, h: AccountHealth, ownerLocale: Turn['locale']): Reply {
  const t = messagesFor(ownerLocale);
  const name = h.account.name;
  return reply()
    .text(t.askOwnerText(askerName, name, scoreText(t, h.score, h.band)))
    .list(h.reasons.map((s) => reasonText(ownerLocale, s.explanation)), t.whyReasonsTitle)
    .buttons([
      { label: t.healthWhyButton, action: { id: 'ask', value: t.whyAsk(name) } },
      { label: t.healthOverviewButton, action: { id: 'ask', value: `/account ${h.account.id}` } },
    ])
    .context(t.healthHow(formatDate(h.asOf, ownerLocale)))
    .build();
}

/** Sends the owner the question and tells the asker what happened. */
export async function askOwner(turn: Turn, h: AccountHealth, audience: Audience): Promise<Reply[]> {
  const { t } = turn;
  const ownerEmail = h.account.ownerEmail.toLowerCase();
  const owner = turn.portfolio.user(ownerEmail);
  const ownerName = owner?.name ?? ownerEmail;
  if (ownerEmail === turn.user.email.toLowerCase()) return [reply().text(t.digestAskSelf(h.account.name)).onlyForAsker().build()];
  const messenger = messengers.get(turn.state);
  if (!messenger) return [reply().text(t.digestAskNoChannel(ownerName)).onlyForAsker().build()];
  const question = ownerQuestion(turn.user.name ?? turn.user.email, h, owner?.locale ?? turn.locale);
  const sent = await messenger.send({ kind: 'user', email: ownerEmail }, [question]);
  if (!sent.delivered) {
    turn.logger.warn({ event: 'ask_owner_failed', account: h.account.id, detail: sent.detail }, 'could not reach the owner');
    return [reply().text(t.digestAskFailed(ownerName, sent.detail ?? '?')).onlyForAsker().build()];
  }
  await noteAsked(turn.state, audience, h.account.id, turn.user.name ?? turn.user.email, h.asOf);
  return [reply().text(t.digestAskSent(ownerName, h.account.name)).onlyForAsker().build()];
}

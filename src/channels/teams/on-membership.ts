import type { TurnContext } from 'botbuilder';
import { IncomingActivity, isShared } from './activity.js';
import { deliver } from './delivery.js';
import type { TeamsDeps } from './deps.js';
import { emailField, personOf } from './identity.js';

/**
 * Acre added to or removed from a conversation (conversationUpdate,
 * installationUpdate). Keeps the conversation's reference so that Acre can write
 * there before anyone speaks to it, and greets a person who installs it for
 * themselves with the core's introduction.
 */
export async function onMembership(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const parsed = IncomingActivity.safeParse(context.activity);
  if (!parsed.success) return;
  const activity = parsed.data;
  const personal = !isShared(activity);
  if (activity.type === 'installationUpdate' && activity.action?.startsWith('remove')) {
    const person = personal ? await personOf(context, activity, deps) : undefined;
    await deps.references.forget(activity.conversation.id, person && { userKey: person.userKey, ...emailField(person) });
    return;
  }
  const here = await deps.references.rememberPlace(context.activity);
  if (!personal) return;
  const person = await personOf(context, activity, deps);
  await deps.references.rememberPerson(here, { userKey: person.userKey, ...emailField(person) });
  const acreJoined = activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
  if (!acreJoined) return;
  // An empty message is the core's cue for its introduction (or, to someone it does not know, how to get access).
  const place = { id: activity.conversation.id, shared: false };
  const replies = await deps.acre.handle({ channel: 'teams', identity: person.identity, conversationId: place.id, shared: false, text: '' });
  const locale = person.user?.locale ?? person.identity.locale ?? deps.defaultLocale;
  await deliver(replies, { context, activity, place, person, locale }, deps);
}

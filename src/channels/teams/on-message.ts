import type { TurnContext } from 'botbuilder';
import type { Input } from '../../core/conversation.js';
import { IncomingActivity, isShared, spokenText } from './activity.js';
import { actionOf, CardSubmit } from './card-submit.js';
import { deliver, type Place } from './delivery.js';
import type { TeamsDeps } from './deps.js';
import { emailField, personOf, type Person } from './identity.js';

/**
 * A message to Acre: typed in a personal chat, an @mention in a channel or group
 * chat, or a card button (Action.Submit arrives as a message with a `value`).
 * Translates it into the core's input, asks the core, and delivers the replies.
 */
export async function onMessage(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const parsed = IncomingActivity.safeParse(context.activity);
  if (!parsed.success) {
    deps.logger.warn({ event: 'teams_bad_activity', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'ignored a Teams message without the fields Acre needs');
    return;
  }
  const activity = parsed.data;
  const here = await deps.references.rememberPlace(context.activity);
  const person = await personOf(context, activity, deps);
  if (!isShared(activity)) await deps.references.rememberPerson(here, { userKey: person.userKey, ...emailField(person) });
  const said = await whatWasSaid(activity, person, deps);
  if (!said) return;
  const input: Input = { channel: 'teams', identity: person.identity, conversationId: said.place.id, shared: said.place.shared, ...said.content };
  // Teams shows "Acre is typing…" while the core works (the language model can take seconds); a refused indicator costs nothing.
  await context.sendActivity({ type: 'typing' }).catch((error: unknown) => deps.logger.debug({ event: 'teams_typing_refused', err: error }, 'typing indicator not sent'));
  const replies = await deps.acre.handle(input);
  const locale = person.user?.locale ?? person.identity.locale ?? deps.defaultLocale;
  await deliver(replies, { context, activity, place: said.place, person, locale }, deps);
}

type Said = { place: Place; content: Pick<Input, 'text'> | Pick<Input, 'action'> };

async function whatWasSaid(activity: IncomingActivity, person: Person, deps: TeamsDeps): Promise<Said | undefined> {
  const here: Place = { id: activity.conversation.id, shared: isShared(activity) };
  if (activity.value === undefined) return { place: here, content: { text: spokenText(activity) } };
  const submit = CardSubmit.safeParse(activity.value);
  if (!submit.success) {
    // Some other card's button (a message extension, a card forwarded from another app): not for Acre.
    deps.logger.debug({ event: 'teams_foreign_submit' }, 'ignored a card submit Acre did not make');
    return undefined;
  }
  return { place: await placeOf(submit.data.origin, here, person, deps), content: { action: actionOf(submit.data) } };
}

/** A button on a private answer acts on the shared conversation the answer was about, if its presser really asked there. */
async function placeOf(origin: string | undefined, here: Place, person: Person, deps: TeamsDeps): Promise<Place> {
  if (!origin || origin === here.id) return here;
  if (!(await deps.references.askedIn(person.userKey, origin))) {
    deps.logger.warn({ event: 'teams_unknown_origin', user: person.userKey }, 'a card named a conversation its presser was not answered about; acting here instead');
    return here;
  }
  const reference = await deps.references.place(origin);
  return reference ? { id: origin, shared: true, elsewhere: reference } : here;
}

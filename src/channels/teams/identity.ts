import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Acre } from '../../core/acre.js';
import type { Identity } from '../../core/conversation.js';
import type { Locale, User } from '../../core/model.js';
import type { KeyValueStore, Logger } from '../../core/ports.js';
import type { IncomingActivity } from './activity.js';

/** E-mail addresses change rarely; a day keeps the member look-up off most messages. */
const EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
/** Someone without an e-mail in Teams is asked again after a while, not on every message. */
const NO_EMAIL_TTL_MS = 10 * 60 * 1000;

/** The person behind an activity: their Teams key, what the core needs to know them, and who they are to Acre if known. */
export interface Person {
  /** The AAD object id when Teams sends one (stable across chats and channels), else the channel account id. */
  userKey: string;
  identity: Identity;
  user?: User;
}

export interface IdentityDeps {
  acre: Acre;
  store: KeyValueStore;
  logger: Logger;
}

/**
 * Maps the Teams user to Acre's: by `teams_user_id` (the AAD object id) in users.csv
 * first; failing that, by the e-mail Teams knows for them (TeamsInfo.getMember).
 * Someone matched by neither reaches the core unknown, and the core tells them how
 * to get access.
 */
export async function personOf(context: TurnContext, activity: IncomingActivity, deps: IdentityDeps): Promise<Person> {
  const userKey = activity.from.aadObjectId ?? activity.from.id;
  const identity: Identity = {
    teamsUserId: userKey,
    ...(activity.from.name ? { displayName: activity.from.name } : {}),
    ...localeOf(activity.locale),
    ...timezoneOf(activity.localTimezone),
  };
  const portfolio = await deps.acre.portfolio();
  const byId = deps.acre.identify(identity, portfolio);
  if (byId) return { userKey, identity: { ...identity, email: byId.email }, user: byId };
  const email = await emailOf(context, activity, deps);
  if (!email) return { userKey, identity };
  const withEmail = { ...identity, email };
  const user = deps.acre.identify(withEmail, portfolio);
  return { userKey, identity: withEmail, ...(user ? { user } : {}) };
}

/** The person's e-mail when Acre has one, as an optional field: for keying their personal chat. */
export function emailField(person: Person): { email?: string } {
  const email = person.user?.email ?? person.identity.email;
  return email ? { email } : {};
}

async function emailOf(context: TurnContext, activity: IncomingActivity, deps: IdentityDeps): Promise<string | undefined> {
  // Only Teams has a member roster; the Emulator and other channels do not.
  if (activity.channelId !== 'msteams') return undefined;
  const key = `teams:email:${activity.from.id}`;
  const cached = await deps.store.get<string>(key);
  if (cached !== undefined) return cached || undefined;
  let email = '';
  try {
    const member = await TeamsInfo.getMember(context, activity.from.id);
    email = (member.email ?? member.userPrincipalName ?? '').toLowerCase();
  } catch (error) {
    deps.logger.warn({ event: 'teams_member_lookup_failed', err: error }, 'could not read the Teams member to find their e-mail');
  }
  await deps.store.set(key, email, email ? EMAIL_TTL_MS : NO_EMAIL_TTL_MS);
  return email || undefined;
}

function localeOf(tag: string | undefined): { locale?: Locale } {
  const language = tag?.slice(0, 2).toLowerCase();
  return language === 'pl' || language === 'en' ? { locale: language } : {};
}

function timezoneOf(zone: string | undefined): { timezone?: string } {
  if (!zone) return {};
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return { timezone: zone };
  } catch {
    return {};
  }
}

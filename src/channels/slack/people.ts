import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Identity } from '../../core/conversation.js';
import { messagesFor, type Messages } from '../../core/i18n/index.js';
import type { Locale } from '../../core/model.js';
import type { SlackRuntime } from './runtime.js';

/** A Slack profile changes rarely; asking Slack once an hour per person keeps answers fast and within rate limits. */
const PROFILE_TTL_MS = 60 * 60 * 1000;

const UsersInfo = z.object({
  user: z.object({
    tz: z.string().optional(),
    locale: z.string().optional(),
    real_name: z.string().optional(),
    profile: z.object({ email: z.string().optional(), display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

type Profile = Pick<Identity, 'email' | 'displayName' | 'timezone' | 'locale'>;

/**
 * Who a Slack user is, as far as Slack can tell the core: their id (users.csv's
 * slack_user_id), and, when users.csv does not settle it, their e-mail, name, time
 * zone and locale from users.info. Someone in users.csv with a time zone and locale
 * costs no Web API call.
 */
export async function identityOf(rt: SlackRuntime, client: webApi.WebClient, slackUserId: string, teamId?: string): Promise<Identity> {
  const portfolio = await rt.acre.portfolio();
  const known = rt.acre.identify({ slackUserId }, portfolio);
  if (known?.timezone && known.locale) return { slackUserId };
  return { slackUserId, ...(await profileOf(rt, client, slackUserId, teamId)) };
}

/** The reader's language for what the channel itself writes around the core's replies. */
export async function wordsFor(rt: SlackRuntime, identity: Identity): Promise<{ locale: Locale; t: Messages }> {
  const user = rt.acre.identify(identity, await rt.acre.portfolio());
  const locale = user?.locale ?? identity.locale ?? rt.defaultLocale;
  return { locale, t: messagesFor(locale) };
}

async function profileOf(rt: SlackRuntime, client: webApi.WebClient, userId: string, teamId: string | undefined): Promise<Profile> {
  const key = `slack:profile:${teamId ?? '-'}:${userId}`;
  const cached = await rt.store.get<Profile>(key);
  if (cached) return cached;
  try {
    const parsed = UsersInfo.safeParse(await client.users.info({ user: userId, include_locale: true }));
    if (!parsed.success) return {};
    const { tz, locale, real_name, profile } = parsed.data.user;
    const found: Profile = {
      ...(profile?.email ? { email: profile.email.toLowerCase() } : {}),
      ...(profile?.display_name || profile?.real_name || real_name ? { displayName: profile?.display_name || profile?.real_name || real_name } : {}),
      ...(tz && isTimeZone(tz) ? { timezone: tz } : {}),
      ...(localeOf(locale) ? { locale: localeOf(locale) } : {}),
    };
    await rt.store.set(key, found, PROFILE_TTL_MS);
    return found;
  } catch (error) {
    // Without the profile the core still knows people by slack_user_id; others are told how to get access.
    rt.logger.warn({ event: 'slack_profile_unavailable', user: userId, err: error }, 'users.info failed');
    return {};
  }
}

/** Slack's "pl-PL" or "en-GB" as one of the languages Acre speaks; anything else is left to the default. */
function localeOf(slackLocale: string | undefined): Locale | undefined {
  const language = slackLocale?.slice(0, 2).toLowerCase();
  return language === 'pl' || language === 'en' ? language : undefined;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

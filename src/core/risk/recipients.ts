/**
 * Who gets the weekly digest: every manager in users.csv (anyone with the manager role
 * or with people reporting to them), about their own and their team's accounts, and
 * optionally a team channel, about every account.
 */
import { visibleAccounts } from '../accounts/access.js';
import type { Account, Locale, User } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { Recipient } from '../ports.js';
import { audienceOfChannel, audienceOfUser, type Audience } from './curation.js';

export type DigestRecipient =
  | { kind: 'manager'; user: User; timezone: string; locale: Locale }
  | { kind: 'channel'; channel: 'slack' | 'teams'; id: string; timezone: string; locale: Locale };

export interface RecipientOptions {
  /** The zone and language of anyone users.csv gives none. */
  defaultTimezone: string;
  defaultLocale: Locale;
  /** One zone for everyone, instead of each manager's own. */
  timezone?: string;
  /** A team channel that also gets the digest, in `timezone` or the default zone. */
  channel?: { channel: 'slack' | 'teams'; id: string };
}

/** Managers first, in users.csv order, then the team channel. */
export function digestRecipients(portfolio: Portfolio, options: RecipientOptions): DigestRecipient[] {
  const out: DigestRecipient[] = [];
  for (const user of portfolio.users.values()) {
    if (user.role !== 'manager' && portfolio.reportsOf(user.email).length === 0) continue;
    out.push({ kind: 'manager', user, timezone: options.timezone ?? user.timezone ?? options.defaultTimezone, locale: user.locale ?? options.defaultLocale });
  }
  if (options.channel) out.push({ kind: 'channel', ...options.channel, timezone: options.timezone ?? options.defaultTimezone, locale: options.defaultLocale });
  return out;
}

/** Recipients grouped by time zone: one scheduled job per zone sends to everyone in it. */
export function recipientsByZone(recipients: readonly DigestRecipient[]): Map<string, DigestRecipient[]> {
  const out = new Map<string, DigestRecipient[]>();
  for (const r of recipients) out.set(r.timezone, [...(out.get(r.timezone) ?? []), r]);
  return out;
}

/** Where the messenger delivers a recipient's digest. */
export const deliveryOf = (r: DigestRecipient): Recipient =>
  r.kind === 'manager' ? { kind: 'user', email: r.user.email } : { kind: 'channel', channel: r.channel, id: r.id };

export const audienceOf = (r: DigestRecipient): Audience => (r.kind === 'manager' ? audienceOfUser(r.user.email) : audienceOfChannel(r.channel, r.id));

/** The accounts a recipient's digest covers: a manager's own and their team's; a team channel's, all of them. */
export const accountsCoveredBy = (portfolio: Portfolio, r: DigestRecipient): Account[] =>
  r.kind === 'manager' ? visibleAccounts(portfolio, r.user) : [...portfolio.accounts.values()];

/** A short name for logs and the CLI: the manager's e-mail or slack:C123. */
export const recipientName = (r: DigestRecipient): string => (r.kind === 'manager' ? r.user.email : `${r.channel}:${r.id}`);

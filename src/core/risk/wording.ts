/** How health reads in a reply: score and band, the change since last week, a reason, the sources. */
import { sourceOf } from '../accounts/facts.js';
import type { Explanation, SignalId } from '../health/index.js';
import { explainSignal } from '../i18n/risk-signals.js';
import type { Messages } from '../i18n/index.js';
import { formatDate } from '../i18n/format.js';
import type { Account, Locale } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { Source } from '../reply.js';
import type { WeekChange } from './account-health.js';
import type { ShownBand } from './band-rule.js';

/** "45/100 · at risk", or "not enough data" without a score. */
export function scoreText(t: Messages, score: number | null, band: ShownBand): string {
  return score === null ? t.healthBands.unknown : t.healthScore(Math.round(score), t.healthBands[band]);
}

/** "▼4 since 18 Nov 2026 (weekly snapshot)"; undefined without a change to tell. */
export function changeText(t: Messages, locale: Locale, change: Pick<WeekChange, 'delta' | 'since' | 'basis'> | undefined): string | undefined {
  if (!change || change.delta === null) return undefined;
  return t.healthChange(t.healthDelta(Math.round(change.delta)), formatDate(change.since, locale), change.basis);
}

/** "▼4" alone, for one-line listings. */
export function deltaOnly(t: Messages, change: Pick<WeekChange, 'delta'> | undefined): string {
  return change && change.delta !== null && Math.round(change.delta) !== 0 ? ` ${t.healthDelta(Math.round(change.delta))}` : '';
}

export function reasonText(locale: Locale, explanation: Explanation): string {
  return explainSignal(explanation, locale);
}

export function signalName(t: Messages, id: SignalId): string {
  return t.healthSignalNames[id];
}

/** The first name to put on an "Ask …" button: users.csv's name, else the e-mail's local part. */
export function firstNameOf(owner: { email: string; name?: string }): string {
  return owner.name?.split(/\s+/)[0] || owner.email.split('@')[0];
}

/** Where an account's health comes from: the account's fields, and the files of its orders, contacts and activities. */
export function healthSources(portfolio: Portfolio, account: Account, locale: Locale): Source[] {
  const sources = [sourceOf(account.source, ['renewal_date', 'nps', 'qbr_cadence_months', 'last_qbr_date'].filter((f) => fieldPresent(account, f)), locale)];
  const transactions = portfolio.transactionsOf(account.id);
  if (transactions.length) sources.push(sourceOf(transactions[transactions.length - 1].source, ['date', 'amount'], locale));
  const contacts = portfolio.contactsOf(account.id);
  if (contacts.length) sources.push(sourceOf(contacts[0].source, ['role', 'last_contact_date', 'left_company'], locale));
  const activities = portfolio.activitiesOf(account.id);
  if (activities.length) sources.push(sourceOf(activities[activities.length - 1].source, ['date', 'type'], locale));
  return sources;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Account;
const fieldPresent = (account: Account, column: string) => account[camel(column)] !== undefined;

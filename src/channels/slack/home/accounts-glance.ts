import type { Acre } from '../../../core/acre.js';
import { visibleAccounts } from '../../../core/accounts/access.js';
import { sourceOf } from '../../../core/accounts/facts.js';
import type { Identity } from '../../../core/conversation.js';
import { daysBetween, todayIn } from '../../../core/dates.js';
import { formatDate, formatMoney, messagesFor, type Messages } from '../../../core/i18n/index.js';
import type { Account, Locale, User } from '../../../core/model.js';
import { qbrCalendarOf } from '../../../core/qbr/calendar.js';
import { qbrChangesIn } from '../../../core/qbr/changes.js';
import { qbrSource } from '../../../core/qbr/sources.js';
import { reply, textReply, type Reply, type Source } from '../../../core/reply.js';
import { slackWords } from '../strings.js';

/** Two blocks an account, within the Home tab's 100 with room for the heading and the tail. */
const ACCOUNTS_SHOWN = 40;

export interface GlanceDeps {
  acre: Acre;
  defaultLocale: Locale;
  defaultTimezone: string;
}

/** Whom the glance is for, and what they may see: the unknown are told how to get access. */
export interface Reader {
  user?: User;
  locale: Locale;
  timezone: string;
  t: Messages;
  accounts: Account[];
}

/**
 * The person's accounts, soonest renewal first. Built from core data because the core
 * has no such summary yet (see the report: a core `portfolioGlance(user)` would serve
 * Teams as well).
 */
export async function readerOf(deps: GlanceDeps, identity: Identity): Promise<Reader> {
  const portfolio = await deps.acre.portfolio();
  const user = deps.acre.identify(identity, portfolio);
  const locale = user?.locale ?? identity.locale ?? deps.defaultLocale;
  // visibleAccounts shares its list between callers (the core indexes it): sort a copy.
  const accounts = user ? [...visibleAccounts(portfolio, user)].sort(bySoonestRenewal) : [];
  return { ...(user ? { user } : {}), locale, timezone: user?.timezone ?? identity.timezone ?? deps.defaultTimezone, t: messagesFor(locale), accounts };
}

/** The App Home tab: each account the person covers with its renewal, next QBR and ARR, and a button for its overview. */
export async function accountsGlance(deps: GlanceDeps, identity: Identity): Promise<Reply> {
  const { user, locale, timezone, t, accounts } = await readerOf(deps, identity);
  if (!user) return textReply(t.unknownUser(identity.email ?? identity.displayName ?? identity.slackUserId ?? '?'));
  const w = slackWords[locale];
  const today = todayIn(deps.acre.clock.now(), timezone);
  const glance = reply().heading(w.homeTitle).context(w.homeIntro(formatDate(today, locale)));
  if (!accounts.length) return glance.text(t.noAccounts).build();
  const portfolio = await deps.acre.portfolio();
  const changes = await qbrChangesIn(deps.acre.state);
  const sources: Source[] = [sourceOf(accounts[0].source, ['renewal_date', 'next_qbr_date', 'arr'], locale)];
  for (const account of accounts.slice(0, ACCOUNTS_SHOWN)) {
    // The QBR calendar's next date: one booked in chat counts (and is cited), one cancelled in chat does not.
    const nextQbr = qbrCalendarOf(account, portfolio.activitiesOf(account.id), today, changes[account.id]).next;
    const source = nextQbr && nextQbr.origin.kind !== 'import' ? qbrSource(nextQbr.origin, t, locale) : undefined;
    if (source && !sources.some((s) => s.ref === source.ref && s.asOf === source.asOf)) sources.push(source);
    glance.text(accountLine(account, nextQbr?.date, today, t, locale)).buttons([{ label: w.overview, action: { id: 'ask', value: `/account ${account.id}` } }]);
  }
  if (accounts.length > ACCOUNTS_SHOWN) glance.context(`${t.moreItems(accounts.length - ACCOUNTS_SHOWN)}. ${w.askAboutOthers}`);
  return glance.sources(sources).build();
}

function accountLine(account: Account, nextQbr: string | undefined, today: string, t: Messages, locale: Locale): string {
  const title = [`**${account.name}**`, account.tier ? t.tiers[account.tier] : '', account.arr !== undefined ? `${t.arr} ${formatMoney(account.arr, account.currency, locale)}` : '']
    .filter(Boolean)
    .join(' · ');
  const renewal = account.renewalDate ? t.renewalIn(account.renewalDate, daysBetween(today, account.renewalDate), locale) : '—';
  return `${title}\n${t.renewal}: ${renewal} · ${t.nextQbr}: ${nextQbr ? formatDate(nextQbr, locale) : t.notScheduled}`;
}

const bySoonestRenewal = (a: Account, b: Account) =>
  (a.renewalDate ?? '9999') < (b.renewalDate ?? '9999') ? -1 : (a.renewalDate ?? '9999') > (b.renewalDate ?? '9999') ? 1 : a.name.localeCompare(b.name);

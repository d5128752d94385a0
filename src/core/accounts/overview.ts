import type { Turn } from '../conversation.js';
import { addDays, addMonths, daysBetween, todayIn } from '../dates.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import type { Account } from '../model.js';
import { reply, type Reply, type Source } from '../reply.js';
import { qbrCalendarOf } from '../qbr/calendar.js';
import { qbrSource } from '../qbr/sources.js';
import { scoreAccount, storedHealthInputs } from '../risk/account-health.js';
import { defaultRiskSettings } from '../risk/settings.js';
import { scoreText } from '../risk/wording.js';
import { accountFieldsPresent, keyContacts, lastOrderOf, revenueBetween, sourceOf } from './facts.js';

const CONTACTS_SHOWN = 5;
const ACTIVITIES_SHOWN = 5;

/**
 * An account at a glance: owner, tier, ARR, renewal, QBRs, key contacts and recent
 * activity, each with its source. QBRs and health are those of "when was the last QBR?"
 * and "how healthy is…?": with what was recorded in chat and the configured weights.
 */
export async function accountOverview(turn: Turn, account: Account): Promise<Reply> {
  const { t, locale, portfolio } = turn;
  const today = todayIn(turn.now, turn.timezone);
  const sources: Source[] = [
    sourceOf(account.source, accountFieldsPresent(account, ['ownerEmail', 'tier', 'arr', 'renewalDate', 'lastQbrDate', 'nextQbrDate', 'nps']), locale),
  ];
  const owner = portfolio.user(account.ownerEmail);
  const activities = portfolio.activitiesOf(account.id).filter((a) => a.date <= today);
  const stored = await storedHealthInputs(turn.state, [account.id]);
  const calendar = qbrCalendarOf(account, activities, today, stored.qbr?.get(account.id));
  const lastQbr = calendar.last;
  const nextQbr = calendar.next;
  const yearAgo = addMonths(today, -12);
  const revenue = revenueBetween(portfolio, account.id, yearAgo, addDays(today, 1));
  const lastOrder = lastOrderOf(portfolio, account.id, today);
  const health = scoreAccount(portfolio, account, today, turn.riskSettings ?? defaultRiskSettings, stored);

  const fields = [
    { label: t.owner, value: owner?.name ? `${owner.name} (${account.ownerEmail})` : account.ownerEmail },
    { label: t.tier, value: account.tier ? t.tiers[account.tier] : '' },
    { label: t.industry, value: account.industry ?? '' },
    { label: t.region, value: account.region ?? '' },
    { label: t.arr, value: account.arr !== undefined ? formatMoney(account.arr, account.currency, locale) : '' },
    { label: t.renewal, value: account.renewalDate ? t.renewalIn(account.renewalDate, daysBetween(today, account.renewalDate), locale) : '' },
    { label: t.lastQbr, value: lastQbr ? formatDate(lastQbr.date, locale) : '—' },
    { label: t.nextQbr, value: nextQbr ? formatDate(nextQbr.date, locale) : t.notScheduled },
    { label: t.nps, value: account.nps !== undefined ? String(account.nps) : '' },
    { label: t.healthField, value: health && health.score !== null ? `${scoreText(t, health.score, health.band)}${health.reasons[0] ? ` — ${t.healthSignalNames[health.reasons[0].id].toLowerCase()}` : ''}` : '' },
    { label: t.healthClassField, value: health?.abcXyz && health.tier ? t.healthClassValue(health.abcXyz.abc, health.abcXyz.xyz, t.tiers[health.tier.tier], t.tierReasons[health.tier.reason.key] ?? '') : '' },
    { label: t.revenue12m, value: revenue.orders ? `${formatMoney(revenue.total, account.currency, locale)} · ${t.orders(revenue.orders)}` : '' },
    { label: t.lastOrder, value: lastOrder ? `${formatDate(lastOrder.date, locale)} · ${formatMoney(lastOrder.amount, lastOrder.currency ?? account.currency, locale)}` : '' },
  ];
  for (const qbr of [lastQbr, nextQbr]) {
    const source = qbr && qbr.origin.kind !== 'import' ? qbrSource(qbr.origin, t, locale) : undefined;
    if (source && !sources.some((s) => s.ref === source.ref)) sources.push(source);
  }
  if (revenue.orders || lastOrder) sources.push(sourceOf((lastOrder ?? portfolio.transactionsOf(account.id)[0]).source, ['date', 'amount'], locale));

  const contacts = keyContacts(portfolio.contactsOf(account.id));
  const contactLines = contacts.slice(0, CONTACTS_SHOWN).map((c) => {
    const parts = [`**${c.name}**`];
    if (c.title) parts.push(c.title);
    if (c.role) parts.push(t.roles[c.role]);
    if (c.leftCompany) parts.push(`_${t.leftCompany}_`);
    else if (c.lastContactDate) parts.push(t.lastContact(c.lastContactDate, locale));
    return parts.join(' · ');
  });
  if (contacts.length > CONTACTS_SHOWN) contactLines.push(t.moreItems(contacts.length - CONTACTS_SHOWN));
  if (contacts.length) sources.push(sourceOf(contacts[0].source, ['role', 'last_contact_date', 'left_company'], locale));

  const recent = activities.slice(-ACTIVITIES_SHOWN).reverse();
  const activityLines = recent.map((a) => `${formatDate(a.date, locale)} · ${t.activityTypes[a.type]}${a.summary ? ` — ${a.summary}` : ''}`);
  if (recent.length) sources.push(sourceOf(recent[0].source, ['date', 'type', 'summary'], locale));

  return reply()
    .heading(account.name)
    .fields(fields)
    .list(contactLines.length ? contactLines : [t.noContacts], t.keyContacts)
    .list(activityLines.length ? activityLines : [t.noActivity], t.recentActivity)
    .sources(sources)
    .build();
}

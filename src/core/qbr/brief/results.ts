import { sourceOf } from '../../accounts/facts.js';
import { addDays, daysBetween } from '../../dates.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import type { Activity, ActivityType } from '../../model.js';
import type { ReplyBuilder, Source } from '../../reply.js';
import type { BriefContext } from './context.js';

const MONTHS_SHOWN = 6;
const ACTIVITIES_SHOWN = 6;
const intlLocale = { en: 'en-GB', pl: 'pl-PL' } as const;

export const isEscalation = (a: Pick<Activity, 'type'>) => a.type === 'escalation' || a.type === 'complaint';

/** Revenue per calendar month from `since` to today, oldest first, months without orders included. */
export function revenueByMonth(c: Pick<BriefContext, 'portfolio' | 'account' | 'since' | 'today'>): { month: string; total: number; orders: number }[] {
  const months = new Map<string, { total: number; orders: number }>();
  for (let m = c.since.slice(0, 7); m <= c.today.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) months.set(m, { total: 0, orders: 0 });
  for (const tx of c.portfolio.transactionsOf(c.account.id)) {
    if (tx.date < c.since || tx.date > c.today) continue;
    const entry = months.get(tx.date.slice(0, 7));
    if (entry) {
      entry.total += tx.amount;
      entry.orders++;
    }
  }
  return [...months].map(([month, v]) => ({ month, ...v }));
}

const monthName = (month: string, locale: 'en' | 'pl') =>
  new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`));

/** Results since the last QBR: revenue by month, activities, escalations and complaints. */
export function resultsSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account, today } = c;
  const since = formatDate(c.since, locale);
  b.heading(c.sinceLastQbr ? t.qbr.brief.resultsSinceLastQbr(since) : t.qbr.brief.resultsSinceDays(daysBetween(c.since, today)));

  const months = revenueByMonth(c);
  const anyRevenue = months.some((m) => m.orders > 0);
  // A long gap since the last QBR shows its latest months one by one and the earlier ones as one line.
  const earlier = months.slice(0, -MONTHS_SHOWN);
  const shown = months.slice(-MONTHS_SHOWN);
  const line = (label: string, total: number, orders: number) =>
    `${label}: ${orders ? `${formatMoney(total, account.currency, locale)} · ${t.orders(orders)}` : t.qbr.brief.noOrders}`;
  // One earlier month is named alone ("May 2026"), not as a range from itself to itself.
  const earlierLabel = earlier.length === 1 ? monthName(earlier[0].month, locale) : earlier.length ? `${monthName(earlier[0].month, locale)} – ${monthName(earlier.at(-1)!.month, locale)}` : '';
  const earlierLine = earlier.length ? [line(earlierLabel, earlier.reduce((s, m) => s + m.total, 0), earlier.reduce((s, m) => s + m.orders, 0))] : [];
  b.list(
    anyRevenue ? [...earlierLine, ...shown.map((m) => line(monthName(m.month, locale), m.total, m.orders))] : [t.qbr.brief.noRevenueSince(since)],
    t.qbr.brief.revenueByMonth,
  );

  const activities = c.activitiesSince;
  const counts = new Map<ActivityType, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const tally = [...counts].sort((x, y) => y[1] - x[1]).map(([type, n]) => `${t.activityTypes[type]}: ${n}`).join(' · ');
  const notable = activities.filter((a) => a.type !== 'email' && !isEscalation(a)).slice(-ACTIVITIES_SHOWN).reverse();
  b.list(
    activities.length
      ? [tally, ...notable.map((a) => `${formatDate(a.date, locale)} · ${t.activityTypes[a.type]}${a.summary ? ` — ${a.summary}` : ''}`)]
      : [t.qbr.brief.noActivitySince(since)],
    t.qbr.brief.activities(activities.length),
  );

  const escalations = activities.filter(isEscalation).reverse();
  b.list(
    escalations.length
      ? escalations.map((a) => `${formatDate(a.date, locale)} · ${t.activityTypes[a.type]}${a.summary ? ` — ${a.summary}` : ''}`)
      : [t.qbr.brief.noEscalationsSince(since)],
    t.qbr.brief.escalations,
  );

  const transactions = c.portfolio.transactionsOf(account.id);
  const sources: Source[] = [];
  if (transactions.length) sources.push(sourceOf(transactions[0].source, ['date', 'amount'], locale));
  const anyActivity = c.portfolio.activitiesOf(account.id)[0];
  if (anyActivity) sources.push(sourceOf(anyActivity.source, ['date', 'type', 'summary'], locale));
  if (!sources.length) sources.push({ ref: t.qbr.brief.nothingImported });
  b.sources(sources);
}

import { accountFieldsPresent, revenueBetween, sourceOf } from '../../accounts/facts.js';
import { addDays, daysBetween } from '../../dates.js';
import type { Signal } from '../../health/index.js';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format.js';
import { explainSignal } from '../../i18n/risk-signals.js';
import type { ReplyBuilder, Source } from '../../reply.js';
import type { AccountHealth } from '../../risk/account-health.js';
import { presentSources, qbrSource } from '../sources.js';
import { statusLine } from '../wording.js';
import type { BriefContext } from './context.js';

/** A signal must have moved at least this many points to be named as what moved the score. */
const MOVED_POINTS = 1;
const MOVES_SHOWN = 3;

/** Revenue since `since` against the same number of days before it, as a fraction (+0.12 = 12% up). */
export function revenueTrend(c: Pick<BriefContext, 'portfolio' | 'account' | 'since' | 'today'>): { total: number; orders: number; change?: number } {
  const end = addDays(c.today, 1);
  const days = daysBetween(c.since, end);
  const recent = revenueBetween(c.portfolio, c.account.id, c.since, end);
  const before = revenueBetween(c.portfolio, c.account.id, addDays(c.since, -days), c.since);
  return { ...recent, ...(before.total > 0 ? { change: recent.total / before.total - 1 } : {}) };
}

/** The signals whose points changed most between two health readings, biggest move first. */
export function healthMoves(then: AccountHealth, now: AccountHealth): { signal: Signal; delta: number }[] {
  const before = new Map(then.health.signals.map((s) => [s.id, s.contribution]));
  return now.health.signals
    .map((signal) => ({ signal, delta: signal.contribution - (before.get(signal.id) ?? 0) }))
    .filter((m) => Math.abs(m.delta) >= MOVED_POINTS)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, MOVES_SHOWN);
}

/** Snapshot: owner, ARR, revenue and its trend since the last QBR, renewal, the QBR calendar, health and what moved it. */
export function snapshotSection(b: ReplyBuilder, c: BriefContext): void {
  const { t, locale, account, portfolio, calendar, today } = c;
  const money = (n: number) => formatMoney(n, account.currency, locale);
  const owner = portfolio.user(account.ownerEmail);
  const revenue = revenueTrend(c);
  const now = c.health.now;
  const then = c.health.atLastQbr;
  const score = now.score === null ? undefined : Math.round(now.score);
  const delta = score !== undefined && then?.score !== null && then?.score !== undefined ? score - Math.round(then.score) : undefined;
  const sinceDate = formatDate(c.since, locale);

  b.heading(t.qbr.brief.snapshot).fields([
    { label: t.owner, value: owner?.name ?? account.ownerEmail },
    { label: t.tier, value: account.tier ? t.tiers[account.tier] : '' },
    { label: t.arr, value: account.arr !== undefined ? money(account.arr) : t.qbr.brief.notOnRecord },
    {
      label: c.sinceLastQbr ? t.qbr.brief.revenueSinceLastQbr(sinceDate) : t.qbr.brief.revenueSinceDays(daysBetween(c.since, today)),
      value: revenue.orders
        ? `${money(revenue.total)} · ${t.orders(revenue.orders)}${revenue.change !== undefined ? ` · ${t.qbr.brief.trendVsBefore(formatPercent(revenue.change, locale))}` : ''}`
        : t.qbr.brief.noRevenue,
    },
    { label: t.renewal, value: account.renewalDate ? t.renewalIn(account.renewalDate, daysBetween(today, account.renewalDate), locale) : t.qbr.brief.notOnRecord },
    { label: t.lastQbr, value: calendar.last ? formatDate(calendar.last.date, locale) : t.qbr.brief.noneOnRecord },
    { label: t.nextQbr, value: statusLine(calendar, t, locale) },
    {
      label: t.healthField,
      value: score === undefined
        ? t.healthBands.unknown
        : `${t.healthScore(score, t.healthBands[now.band])}${delta !== undefined ? ` · ${t.qbr.brief.sinceLastQbrDelta(t.healthDelta(delta))}` : ''}`,
    },
  ]);

  const moves = then ? healthMoves(then, now) : [];
  const lines = moves.length
    ? moves.map((m) => `${t.healthSignalNames[m.signal.id]} ${t.healthDelta(Math.round(m.delta))} — ${explainSignal(m.signal.explanation, locale)}`)
    : now.reasons.map((s) => `${t.healthSignalNames[s.id]} — ${explainSignal(s.explanation, locale)}`);
  if (score !== undefined) b.list(lines.length ? lines : [t.qbr.brief.healthSteady], then ? t.qbr.brief.whatMovedHealth(sinceDate) : t.qbr.brief.whatWeighsOnHealth);

  const transactions = portfolio.transactionsOf(account.id);
  const sources: (Source | undefined)[] = [
    sourceOf(account.source, accountFieldsPresent(account, ['ownerEmail', 'tier', 'arr', 'renewalDate']), locale),
    transactions.length ? sourceOf(transactions[0].source, ['date', 'amount'], locale) : undefined,
    qbrSource(calendar.last?.origin, t, locale),
    qbrSource(calendar.next?.origin, t, locale),
    score !== undefined ? { ref: t.qbr.brief.healthSource, asOf: formatDate(today, locale) } : undefined,
  ];
  b.sources(presentSources(sources));
}

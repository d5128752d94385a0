/**
 * Answers about health: one account's score with every signal, why an account is at
 * risk and what would help, the user's accounts at risk, and what changed this week.
 */
import type { Turn } from '../conversation.js';
import { daysBetween, todayIn } from '../dates.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { lostPoints, type SignalId } from '../health/index.js';
import { reply, type Reply } from '../reply.js';
import type { AccountHealth, HealthSummary } from './account-health.js';
import { bandRank } from './band-rule.js';
import { isSnoozed, type CurationBook } from './curation.js';
import { changeText, deltaOnly, healthSources, reasonText, scoreText, signalName } from './wording.js';

const round = (x: number) => Math.round(x * 10) / 10;
const LISTED = 15;

/** "how healthy is Globex?": score, band, change, ABC-XYZ and tier, then every signal with its points. */
export function accountHealthReply(turn: Turn, h: AccountHealth): Reply {
  const { t, locale } = turn;
  const name = h.account.name;
  if (h.score === null) return reply().heading(t.healthHeading(name)).text(t.healthNoScore(name)).sources(healthSources(turn.portfolio, h.account, locale)).build();
  const r = reply().heading(t.healthHeading(name));
  r.fields([
    { label: t.healthField, value: `**${scoreText(t, h.score, h.band)}**` },
    { label: t.healthChangeField, value: changeText(t, locale, h.change) ?? '' },
    { label: t.healthClassField, value: h.abcXyz && h.tier ? t.healthClassValue(h.abcXyz.abc, h.abcXyz.xyz, t.tiers[h.tier.tier], t.tierReasons[h.tier.reason.key] ?? h.tier.tier) : '' },
    { label: t.healthCoverageField, value: t.healthCoverage(Math.round(h.health.coverage * 100)) },
  ]);
  if (h.band !== h.health.band && h.critical[0]) r.text(t.healthCapped(reasonText(locale, h.critical[0].explanation)));
  const signals = [...h.health.signals].sort((a, b) => lostPoints(b) - lostPoints(a));
  r.list(
    signals.map((s) => t.healthSignalLine(signalName(t, s.id), round(s.contribution), round(s.weight), reasonText(locale, s.explanation))),
    t.healthSignalsTitle,
  );
  r.list(
    h.health.missing.map((id) => `**${signalName(t, id)}** — ${reasonText(locale, h.health.missingReasons[id] ?? { key: id, params: {} })}`),
    t.healthMissingTitle,
  );
  return r
    .buttons([
      { label: t.healthWhyButton, action: { id: 'ask', value: t.whyAsk(name) } },
      { label: t.healthOverviewButton, action: { id: 'ask', value: `/account ${h.account.id}` } },
    ])
    .context(t.healthHow(formatDate(h.asOf, locale)))
    .sources(healthSources(turn.portfolio, h.account, locale))
    .build();
}

/** "why is Initech at risk?": what pulls the score down, with the points each costs, and what would help. */
export function whyReply(turn: Turn, h: AccountHealth): Reply {
  const { t, locale } = turn;
  const name = h.account.name;
  if (h.score === null) return reply().text(t.healthNoScore(name)).build();
  const score = scoreText(t, h.score, h.band);
  const weak = h.health.signals.filter((s) => s.score < 0.6 || h.critical.includes(s)).sort((a, b) => lostPoints(b) - lostPoints(a));
  const lines = weak.slice(0, 5).map((s) => t.whyReasonLine(reasonText(locale, s.explanation), round(lostPoints(s))));
  const r = reply();
  if (bandRank(h.band) <= 0) {
    r.text(t.whyNotAtRisk(name, score));
    const weakest = [...h.health.signals].sort((a, b) => lostPoints(b) - lostPoints(a)).filter((s) => lostPoints(s) >= 0.5).slice(0, 2);
    if (weakest.length) r.list(weakest.map((s) => t.whyReasonLine(reasonText(locale, s.explanation), round(lostPoints(s)))), t.whyWeakestTitle);
    else r.text(t.whyNothingWeak);
  } else {
    r.heading(t.whyHeading(name, score));
    const change = changeText(t, locale, h.change);
    if (change) r.context(change);
    if (h.band !== h.health.band) r.text(t.whyCapped(Math.round(h.score)));
    r.list(lines, t.whyReasonsTitle);
    const steps = [...new Set(weak.slice(0, 3).map((s) => s.id as SignalId))].map((id) => t.healthNextSteps[id]);
    r.list(steps, t.whyNextStepsTitle);
  }
  return r
    .context(t.healthHow(formatDate(h.asOf, locale)))
    .sources(healthSources(turn.portfolio, h.account, locale))
    .build();
}

/** "/at-risk": the user's accounts at risk and on watch, largest ARR first, each with its main reason. */
export function atRiskReply(turn: Turn, healths: readonly HealthSummary[], book: CurationBook, rankedArr: (h: HealthSummary) => number, ownerName?: string): Reply {
  const { t, locale } = turn;
  const poor = healths.filter((h) => bandRank(h.band) > 0).sort((a, b) => bandRank(b.band) - bandRank(a.band) || rankedArr(b) - rankedArr(a));
  if (!poor.length) return reply().text(ownerName ? t.atRiskNoneOf(ownerName, healths.length) : t.atRiskNone(healths.length)).build();
  const atRisk = poor.filter((h) => h.band === 'at_risk').length;
  const line = (h: HealthSummary) => {
    const parts = [`**${h.account.name}** ${scoreText(t, h.score, h.band)}${deltaOnly(t, h.change)}`];
    if (h.account.arr !== undefined) parts.push(formatMoney(h.account.arr, h.account.currency, locale));
    const snoozed = book[h.account.id];
    if (isSnoozed(snoozed, h.asOf)) parts.push(`_${t.atRiskSnoozed(formatDate(snoozed!.snoozedUntil!, locale))}_`);
    const first = h.reasons[0];
    return `${parts.join(' · ')}${first ? ` — ${reasonText(locale, first.explanation)}` : ''}`;
  };
  const shown = poor.slice(0, LISTED).map(line);
  if (poor.length > LISTED) shown.push(t.moreItems(poor.length - LISTED));
  const top = poor[0];
  return reply()
    .heading(ownerName ? t.atRiskHeadingOf(ownerName) : t.atRiskHeading)
    .text(t.atRiskSummary(atRisk, poor.length - atRisk, healths.length))
    .list(shown)
    .buttons(poor.slice(0, 3).map((h) => ({ label: `${t.healthWhyButton} ${h.account.name}`, action: { id: 'ask', value: t.whyAsk(h.account.name) } })))
    .context(t.healthHow(formatDate(top.asOf, locale)))
    .build();
}

/** "How is my team doing?": the accounts the asker sees, by owner, most at risk first, with the ARR at risk in the reporting currency. */
export function teamReply(turn: Turn, healths: readonly HealthSummary[], rankedArr: (h: HealthSummary) => number, reportingCurrency: string): Reply {
  const { t, locale } = turn;
  const byOwner = new Map<string, { n: number; atRisk: number; watch: number; healthy: number; arr: number }>();
  for (const h of healths) {
    const key = h.account.ownerEmail.toLowerCase();
    const row = byOwner.get(key) ?? { n: 0, atRisk: 0, watch: 0, healthy: 0, arr: 0 };
    row.n++;
    if (h.band === 'at_risk') (row.atRisk++, (row.arr += rankedArr(h)));
    else if (h.band === 'watch') row.watch++;
    else if (h.band === 'healthy') row.healthy++;
    byOwner.set(key, row);
  }
  const rows = [...byOwner].sort((a, b) => b[1].atRisk - a[1].atRisk || b[1].arr - a[1].arr || b[1].watch - a[1].watch || a[0].localeCompare(b[0]));
  const nameOf = (email: string) => turn.portfolio.user(email)?.name ?? email;
  return reply()
    .heading(t.teamHeading)
    .list(rows.map(([email, r]) => t.teamLine(nameOf(email), r.n, r.atRisk, r.watch, r.healthy, formatMoney(r.arr, reportingCurrency, locale))))
    .context(t.teamHow)
    .context(t.healthHow(formatDate(healths[0]?.asOf ?? todayIn(turn.now, turn.timezone), locale)))
    .build();
}

/** "Which of my renewals are at risk?": accounts renewing within `days` that are not healthy, soonest first. */
export function renewalsAtRiskReply(turn: Turn, healths: readonly HealthSummary[], days: number): Reply {
  const { t, locale } = turn;
  const renewing = healths
    .map((h) => ({ h, inDays: h.account.renewalDate ? daysBetween(h.asOf, h.account.renewalDate) : -1 }))
    .filter((x) => x.inDays >= 0 && x.inDays <= days);
  const poor = renewing.filter((x) => bandRank(x.h.band) > 0).sort((a, b) => a.inDays - b.inDays || a.h.account.name.localeCompare(b.h.account.name));
  if (!poor.length) return reply().text(t.renewalsAtRiskNone(days, renewing.length)).build();
  const line = ({ h }: (typeof poor)[number]) => {
    const parts = [`**${h.account.name}** ${scoreText(t, h.score, h.band)}`, turn.t.renewalIn(h.account.renewalDate!, daysBetween(h.asOf, h.account.renewalDate!), locale)];
    if (h.account.arr !== undefined) parts.push(formatMoney(h.account.arr, h.account.currency, locale));
    const first = h.reasons[0];
    return `${parts.join(' · ')}${first ? ` — ${reasonText(locale, first.explanation)}` : ''}`;
  };
  const shown = poor.slice(0, LISTED).map(line);
  if (poor.length > LISTED) shown.push(t.moreItems(poor.length - LISTED));
  return reply()
    .heading(t.renewalsAtRiskHeading(days))
    .text(t.renewalsAtRiskSummary(poor.length, renewing.length))
    .list(shown)
    .buttons(poor.slice(0, 3).map(({ h }) => ({ label: `${t.healthWhyButton} ${h.account.name}`, action: { id: 'ask', value: t.whyAsk(h.account.name) } })))
    .context(t.healthHow(formatDate(poor[0].h.asOf, locale)))
    .build();
}

/** "what changed this week?": accounts that moved band or by the settings' points, grouped by how. */
export function changesReply(turn: Turn, healths: readonly HealthSummary[], changePoints: number): Reply {
  const { t, locale } = turn;
  const since = healths.map((h) => h.change?.since ?? '').reduce((a, b) => (b > a ? b : a), '');
  const r = reply().heading(t.changesHeading(since ? formatDate(since, locale) : '—'));
  let anyMoved = false;
  for (const kind of ['new', 'worse', 'recovered', 'better'] as const) {
    const moved = healths.filter((h) => h.change?.kind === kind).sort((a, b) => (a.change!.delta ?? 0) - (b.change!.delta ?? 0));
    if (!moved.length) continue;
    anyMoved = true;
    const lines = moved.slice(0, LISTED).map((h) => {
      const was = h.change!.previousScore === null ? t.healthBands.unknown : scoreText(t, h.change!.previousScore, h.change!.previousBand);
      const first = h.reasons[0];
      return `**${h.account.name}** ${was} → ${scoreText(t, h.score, h.band)}${first && kind !== 'recovered' && kind !== 'better' ? ` — ${reasonText(locale, first.explanation)}` : ''}`;
    });
    if (moved.length > LISTED) lines.push(t.moreItems(moved.length - LISTED));
    r.list(lines, t.changesTitles[kind]);
  }
  if (!anyMoved) r.text(t.changesNone(healths.length, changePoints));
  const basis = new Set(healths.map((h) => h.change?.basis).filter(Boolean));
  if (since && basis.size) r.context(t.digestCompared(formatDate(since, locale), basis.size > 1 ? 'mixed' : (basis.values().next().value as 'snapshot' | 'recomputed')));
  return r.build();
}

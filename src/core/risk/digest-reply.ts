/**
 * The weekly digest as one reply, compact enough for Slack (50 blocks, 3,000 characters
 * a text) and Teams (a card of about 28 KB) whatever the size of the portfolio: the
 * first accounts get a card with buttons, the next a line each, the rest a count.
 */
import { formatDate, formatMoney } from '../i18n/format.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { reply, type Button, type Reply } from '../reply.js';
import type { DigestAccount, WeeklyDigest } from './digest.js';
import { weekStartOf } from './snapshots.js';
import type { RiskSettings } from './settings.js';
import { deltaOnly, firstNameOf, reasonText, scoreText } from './wording.js';

/** Characters a text block may hold here: Slack's 3,000 less room for the renderer's markup. */
const TEXT_BUDGET = 2800;
const LINE_BUDGET = 240;
const NAMES_LISTED = 10;
/** Weeks the snooze button snoozes for; other lengths by typing "snooze <account> for N weeks". */
export const SNOOZE_BUTTON_WEEKS = 2;

/** What a digest button carries back: the account, whose digest it was, and for a snooze how long. */
export interface DigestActionValue {
  account: string;
  audience: string;
  weeks?: number;
}

export const encodeDigestAction = (v: DigestActionValue): string => JSON.stringify(v);

export function decodeDigestAction(value: string | undefined): DigestActionValue | undefined {
  try {
    const v = JSON.parse(value ?? '') as Partial<DigestActionValue>;
    if (typeof v.account !== 'string' || typeof v.audience !== 'string') return undefined;
    return { account: v.account, audience: v.audience, ...(typeof v.weeks === 'number' && v.weeks > 0 ? { weeks: Math.min(52, Math.round(v.weeks)) } : {}) };
  } catch {
    return undefined;
  }
}

export function digestReplies(digest: WeeklyDigest, settings: Pick<RiskSettings, 'digestCards' | 'digestListed' | 'renewalDays'>): Reply[] {
  const t = messagesFor(digest.locale);
  const locale = digest.locale;
  const date = (iso: string) => formatDate(iso, locale);
  const r = reply().heading(t.digestTitle(date(weekStartOf(digest.asOf))));
  const who = digest.recipient.kind === 'manager' ? t.digestForManager(digest.recipient.name ?? digest.recipient.email, digest.totals.accounts) : t.digestForChannel(digest.totals.accounts);
  r.context(who);

  const { totals, changes } = digest;
  if (totals.atRisk + totals.watch === 0) r.text(t.digestAllHealthy(totals.accounts));
  else r.text(`${t.digestSummary(totals.atRisk, formatMoney(totals.atRiskArr, digest.reportingCurrency, locale), totals.watch, totals.healthy)}\n${t.digestWeekSummary(changes.new.length, changes.worse.length, changes.recovered.length)}`);

  const cards = digest.attention.slice(0, settings.digestCards);
  let band: string | undefined;
  for (const a of cards) {
    if (a.band !== band) r.heading(a.band === 'at_risk' ? t.digestAtRiskTitle : t.digestWatchTitle);
    band = a.band;
    r.text(clip(cardText(t, locale, a, date), TEXT_BUDGET)).buttons(cardButtons(t, a, digest.audience));
  }
  const rest = digest.attention.slice(cards.length);
  if (rest.length) r.list(fitLines(rest.slice(0, settings.digestListed).map((a) => oneLine(t, locale, a)), rest.length, t), t.digestMoreTitle);

  const { renewals } = digest;
  const renewalLine = (a: DigestAccount) => `**${a.name}** — ${t.digestRenewal(date(a.renewal!.date), a.renewal!.inDays)} · ${scoreText(t, a.score, a.band)} · ${ownerOf(a)}`;
  if (renewals.length) r.list(fitLines(renewals.slice(0, settings.digestListed).map(renewalLine), renewals.length, t), t.digestRenewalsTitle(settings.renewalDays));

  const week = [
    changes.new.length ? t.digestNew(names(changes.new, (a) => `${a.name} (${t.healthBands[a.band]})`, t)) : '',
    changes.worse.length ? t.digestWorse(names(changes.worse, (a) => `${a.name}${deltaOnly(t, a.change)}`, t)) : '',
    changes.recovered.length ? t.digestRecovered(names(changes.recovered, (a) => a.name, t)) : '',
  ].filter(Boolean);
  if (week.length) r.list(week.map((l) => clip(l, TEXT_BUDGET / 3)), t.digestChangesTitle);
  if (digest.acknowledged.length) r.context(clip(t.digestAcknowledged(names(digest.acknowledged, (a) => a.name, t)), TEXT_BUDGET));
  if (digest.snoozed.length) r.context(clip(t.digestSnoozed(names(digest.snoozed, (s) => t.digestUntil(s.name, date(s.until)), t)), TEXT_BUDGET));

  r.divider();
  const example = digest.attention[0] ?? digest.acknowledged[0];
  const footer = [digest.comparedWith ? t.digestCompared(date(digest.comparedWith.since), digest.comparedWith.basis) : '', example ? t.digestFooter(t.whyAsk(example.name)) : ''];
  r.context(footer.filter(Boolean).join(' '));
  return [r.build()];
}

function cardText(t: Messages, locale: WeeklyDigest['locale'], a: DigestAccount, date: (iso: string) => string): string {
  const head = `**${a.name}** · ${scoreText(t, a.score, a.band)}${deltaOnly(t, a.change)}`;
  const grid = a.abc && a.xyz && a.suggestedTier ? t.digestGrid(a.abc, a.xyz, t.tiers[a.suggestedTier]) : '';
  const facts = [a.arr !== undefined ? `ARR ${formatMoney(a.arr, a.currency, locale)}` : '', t.digestOwner(ownerOf(a)), grid, a.renewal ? t.digestRenewal(date(a.renewal.date), a.renewal.inDays) : '']
    .filter(Boolean)
    .join(' · ');
  const reasons = a.reasons.map((x) => `• ${clip(reasonText(locale, x.explanation), LINE_BUDGET)}`);
  const asked = a.asked ? [`_${t.digestAsked(a.asked.by, date(a.asked.on))}_`] : [];
  return [head, facts, ...reasons, ...asked].join('\n');
}

function cardButtons(t: Messages, a: DigestAccount, audience: string): Button[] {
  const value = (weeks?: number) => encodeDigestAction({ account: a.accountId, audience, ...(weeks ? { weeks } : {}) });
  return [
    { label: t.digestAck, action: { id: 'digest.ack', value: value() } },
    { label: t.digestSnooze(SNOOZE_BUTTON_WEEKS), action: { id: 'digest.snooze', value: value(SNOOZE_BUTTON_WEEKS) } },
    { label: t.digestAsk(firstNameOf(a.owner)), action: { id: 'digest.ask', value: value() }, style: 'primary' },
  ];
}

function oneLine(t: Messages, locale: WeeklyDigest['locale'], a: DigestAccount): string {
  const parts = [`**${a.name}** ${scoreText(t, a.score, a.band)}${deltaOnly(t, a.change)}`];
  if (a.arr !== undefined) parts.push(formatMoney(a.arr, a.currency, locale));
  parts.push(ownerOf(a));
  const first = a.reasons[0];
  return clip(`${parts.join(' · ')}${first ? ` — ${reasonText(locale, first.explanation)}` : ''}`, LINE_BUDGET);
}

const ownerOf = (a: DigestAccount) => a.owner.name ?? a.owner.email;

/** Lines that fit one text block, with "…and N more" for what did not make it. */
function fitLines(lines: string[], total: number, t: Messages): string[] {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 4 > TEXT_BUDGET - 40) break;
    out.push(line);
    used += line.length + 4;
  }
  if (total > out.length) out.push(t.moreItems(total - out.length));
  return out;
}

/** The first few as a comma-separated list, worded only for those shown, and how many more. */
function names<T>(list: readonly T[], word: (item: T) => string, t: Messages): string {
  const shown = list.slice(0, NAMES_LISTED).map(word).join(', ');
  return list.length > NAMES_LISTED ? `${shown} ${t.moreItems(list.length - NAMES_LISTED)}` : shown;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

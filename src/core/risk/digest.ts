/**
 * The weekly at-risk digest as data: which accounts need a manager's attention, ranked
 * by the ARR they put at risk, what changed since last week, renewals coming up on
 * accounts in poor health, and what the reader already acknowledged or snoozed. Channels
 * get it as a reply (digest-reply.ts); `acre digest --json` prints it as it is.
 */
import { dayNumber } from '../health/days.js';
import type { Explanation, SignalId } from '../health/index.js';
import type { Locale } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { KeyValueStore } from '../ports.js';
import { scoreAccount, storedHealthInputs, type HealthSummary, type StoredHealthInputs, type WeekChange } from './account-health.js';
import { bandRank, type ShownBand } from './band-rule.js';
import { acknowledgementHolds, curationOf, isSnoozed, type Audience, type Curation } from './curation.js';
import { accountsCoveredBy, audienceOf, type DigestRecipient } from './recipients.js';
import { inReportingCurrency, type RiskSettings } from './settings.js';
import { abcXyzOf, peerRevenueIn } from './portfolio-facts.js';
import { changeOf, LastWeek } from './snapshots.js';
import { lostPoints } from '../health/index.js';

export interface DigestReason {
  signal: SignalId;
  /** The message key and values; worded in the reader's language only where it is shown (thousands cost time). */
  explanation: Explanation;
  lostPoints: number;
  critical: boolean;
}

export interface DigestAccount {
  accountId: string;
  name: string;
  owner: { email: string; name?: string };
  arr?: number;
  currency: string;
  /** ARR in the reporting currency, which the ranking uses. */
  rankedArr: number;
  score: number | null;
  band: ShownBand;
  change?: WeekChange;
  reasons: DigestReason[];
  renewal?: { date: string; inDays: number };
  abc?: string;
  xyz?: string;
  suggestedTier?: string;
  acknowledged?: { by: string; on: string };
  asked?: { by: string; on: string };
}

export interface WeeklyDigest {
  audience: Audience;
  recipient: { kind: 'manager'; email: string; name?: string } | { kind: 'channel'; channel: 'slack' | 'teams'; id: string };
  locale: Locale;
  /** Health as of this day: data dated before it. */
  asOf: string;
  comparedWith: { basis: WeekChange['basis'] | 'mixed'; since: string } | null;
  reportingCurrency: string;
  totals: { accounts: number; healthy: number; watch: number; atRisk: number; unknown: number; atRiskArr: number; watchArr: number };
  /** Not healthy, neither snoozed nor acknowledged (unless worse since): at risk first, then watch, each by ARR. */
  attention: DigestAccount[];
  /** Not healthy and acknowledged, no worse since. */
  acknowledged: DigestAccount[];
  changes: { new: DigestAccount[]; worse: DigestAccount[]; recovered: DigestAccount[] };
  /** Renewing within the settings' window while not healthy, soonest first. */
  renewals: DigestAccount[];
  snoozed: { accountId: string; name: string; until: string; by?: string }[];
}

export interface DigestContext {
  portfolio: Portfolio;
  store: KeyValueStore;
  settings: RiskSettings;
  /** Health as of this day (YYYY-MM-DD): the day the digest is for, in the recipient's zone. */
  asOf: string;
  /** What health reads from the store (QBRs recorded in chat), when the caller has read it already. */
  stored?: StoredHealthInputs;
}

/** Health already worked out for every account as of the digest's day, shared by the digests of one run. */
export type ScoredAccounts = ReadonlyMap<string, HealthSummary>;

/** The weekly digest of one recipient: a manager (their team's accounts) or a team channel (all accounts). */
export async function weeklyDigestFor(recipient: DigestRecipient, ctx: DigestContext, scored?: ScoredAccounts): Promise<WeeklyDigest> {
  const { portfolio, store, settings, asOf } = ctx;
  const accounts = accountsCoveredBy(portfolio, recipient);
  const stored = ctx.stored ?? (await storedHealthInputs(store));
  const lastWeek = await LastWeek.read(store, portfolio, asOf, settings, stored);
  const classes = abcXyzOf(portfolio, asOf, settings);
  const audience = audienceOf(recipient);
  const owners = ownersIn(portfolio);
  // A Map: looking thousands of ids up in a plain object costs more (and could hit its prototype).
  const book = new Map(Object.entries(await curationOf(store, audience)));

  const totals = { accounts: accounts.length, healthy: 0, watch: 0, atRisk: 0, unknown: 0, atRiskArr: 0, watchArr: 0 };
  const attention: DigestAccount[] = [];
  const acknowledged: DigestAccount[] = [];
  const changes: WeeklyDigest['changes'] = { new: [], worse: [], recovered: [] };
  const renewals: DigestAccount[] = [];
  const snoozed: WeeklyDigest['snoozed'] = [];
  // Where last week's figures came from: one basis, or several ('mixed').
  let basis: WeekChange['basis'] | undefined;
  let mixed = false;
  let since = '';
  const asOfDay = dayNumber(asOf);

  const options = { classes, peers: peerRevenueIn(portfolio, asOf, settings), ...stored };
  // One pass, keeping only what the digest shows: a healthy, unchanged account leaves nothing behind.
  for (const account of accounts) {
    const h = scored?.get(account.id) ?? scoreAccount(portfolio, account, asOf, settings, options);
    // The change goes beside the health rather than into a copy of it: one object fewer per account.
    const change = changeOf(h, lastWeek.of(account), settings.changePoints);
    const rankedArr = rankedArrOf(h, settings);
    if (h.band === 'healthy') totals.healthy++;
    else if (h.band === 'watch') (totals.watch++, (totals.watchArr += rankedArr));
    else if (h.band === 'at_risk') (totals.atRisk++, (totals.atRiskArr += rankedArr));
    else totals.unknown++;
    if (basis === undefined) basis = change.basis;
    else if (change.basis !== basis) mixed = true;
    if (change.since > since) since = change.since;
    // Most digests have nothing acknowledged or snoozed: no lookup of every id in an empty book.
    const curation = book.size ? book.get(h.account.id) : undefined;
    if (isSnoozed(curation, asOf)) {
      snoozed.push({ accountId: h.account.id, name: h.account.name, until: curation!.snoozedUntil!, ...(curation!.snoozedBy ? { by: curation!.snoozedBy } : {}) });
      continue;
    }
    const kind = change.kind;
    const noted = kind === 'new' || kind === 'worse' || kind === 'recovered';
    if (!noted && bandRank(h.band) <= 0) continue;
    const entry = digestAccount(h, change, curation, owners, rankedArr, asOf, asOfDay);
    if (noted) changes[kind].push(entry);
    if (bandRank(h.band) <= 0) continue;
    if (acknowledgementHolds(curation, h, settings.changePoints)) acknowledged.push(entry);
    else attention.push(entry);
    if (entry.renewal && entry.renewal.inDays <= settings.renewalDays) renewals.push(entry);
  }

  attention.sort(byBandThenArr);
  acknowledged.sort(byBandThenArr);
  for (const list of Object.values(changes)) list.sort(byBandThenArr);
  renewals.sort((a, b) => a.renewal!.inDays - b.renewal!.inDays || b.rankedArr - a.rankedArr);
  snoozed.sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : a.name.localeCompare(b.name)));

  return {
    audience,
    recipient:
      recipient.kind === 'manager'
        ? { kind: 'manager', email: recipient.user.email, ...(recipient.user.name ? { name: recipient.user.name } : {}) }
        : { kind: 'channel', channel: recipient.channel, id: recipient.id },
    locale: recipient.locale,
    asOf,
    comparedWith: basis ? { basis: mixed ? 'mixed' : basis, since } : null,
    reportingCurrency: settings.reportingCurrency,
    totals,
    attention,
    acknowledged,
    changes,
    renewals,
    snoozed,
  };
}

/** At risk before watch; within a band, the larger ARR first; then by name, so the order is stable. */
function byBandThenArr(a: DigestAccount, b: DigestAccount): number {
  return bandRank(b.band) - bandRank(a.band) || b.rankedArr - a.rankedArr || a.name.localeCompare(b.name);
}

const rankedArrOf = (h: HealthSummary, settings: RiskSettings): number =>
  h.account.arr !== undefined ? Math.round(inReportingCurrency(h.account.arr, h.account.currency, settings)) : 0;

/** An account as the digest lists it; owners are looked up once per digest (`owners`). */
function digestAccount(h: HealthSummary, change: WeekChange, curation: Curation | undefined, owners: (email: string) => DigestAccount['owner'], rankedArr: number, asOf: string, asOfDay: number): DigestAccount {
  const { account } = h;
  const entry: DigestAccount = {
    accountId: account.id,
    name: account.name,
    owner: owners(account.ownerEmail),
    currency: account.currency,
    rankedArr,
    // Whole points, as every answer shows them: rounding a one-decimal figure again would turn 44.46 into 45 here and 44 elsewhere.
    score: h.score === null ? null : Math.round(h.score),
    band: h.band,
    reasons: h.reasons.map((s) => ({ signal: s.id, explanation: s.explanation, lostPoints: Math.round(lostPoints(s) * 10) / 10, critical: h.critical.includes(s) })),
  };
  if (account.arr !== undefined) entry.arr = account.arr;
  entry.change = change;
  const inDays = account.renewalDate ? dayNumber(account.renewalDate) - (h.asOf === asOf ? asOfDay : dayNumber(h.asOf)) : -1;
  if (account.renewalDate && inDays >= 0) entry.renewal = { date: account.renewalDate, inDays };
  if (h.abcXyz) [entry.abc, entry.xyz] = [h.abcXyz.abc, h.abcXyz.xyz];
  if (h.tier) entry.suggestedTier = h.tier.tier;
  if (curation?.acknowledged) entry.acknowledged = { by: curation.acknowledged.by, on: curation.acknowledged.on };
  if (curation?.asked) entry.asked = curation.asked;
  return entry;
}

/** The owner of each account, as users.csv names them, looked up once per e-mail. */
function ownersIn(portfolio: Portfolio): (email: string) => DigestAccount['owner'] {
  const known = new Map<string, DigestAccount['owner']>();
  return (email) => {
    let owner = known.get(email);
    if (!owner) {
      const name = portfolio.user(email)?.name;
      known.set(email, (owner = name ? { email, name } : { email }));
    }
    return owner;
  };
}

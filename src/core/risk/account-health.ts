/**
 * The health service: an account's explainable score as the rest of Acre uses it — the
 * score and signals from the health module, the band after the critical-signal rule,
 * the reasons worth saying first, and where the account sits in the ABC-XYZ grid.
 */
import type { Turn } from '../conversation.js';
import { todayIn } from '../dates.js';
import { defaultHealthConfig, healthConfig, healthOf, reasonsOf, suggestTier, type Abc, type AbcXyz, type Xyz, type Health, type HealthConfig, type HealthInputs, type PeerRevenue, type Signal, type TierSuggestion } from '../health/index.js';
import type { Account } from '../model.js';
import { Portfolio } from '../portfolio.js';
import type { KeyValueStore } from '../ports.js';
import { qbrCalendarOf, withQbrCalendar } from '../qbr/calendar.js';
import { qbrChangesIn, type QbrChange } from '../qbr/changes.js';
import { planProgressIn, type PlanProgress } from '../plan/progress.js';
import { cappedBand, criticalSignals, type ShownBand } from './band-rule.js';
import { abcXyzOf, historyStartOf, peerRevenueIn } from './portfolio-facts.js';
import { defaultRiskSettings, inReportingCurrency, type RiskSettings } from './settings.js';

/** How an account's health moved since last week. */
export interface WeekChange {
  /** Where last week's figures come from: the stored weekly snapshot, or the data recomputed a week back. */
  basis: 'snapshot' | 'recomputed';
  /** The day last week's health was taken as of. */
  since: string;
  previousScore: number | null;
  previousBand: ShownBand;
  /** Points gained (positive) or lost (negative); null when either score is unknown. */
  delta: number | null;
  kind: 'new' | 'worse' | 'better' | 'recovered' | 'steady';
}

export interface AccountHealth {
  account: Account;
  /** The score module's result: score, signals with weights and contributions, missing signals. */
  health: Health;
  score: number | null;
  /** The band shown: the score's band, capped by critical signals. */
  band: ShownBand;
  /** Signals that keep the account out of "healthy" on their own, worst first. */
  critical: Signal[];
  /** The signals to mention first: critical ones, then those that lost most points (at most three). */
  reasons: Signal[];
  abcXyz?: AbcXyz;
  tier?: TierSuggestion;
  /** Data dated before this day was used. */
  asOf: string;
  change?: WeekChange;
}

/** What health reads from the store besides the imported data: QBRs booked, held or re-cadenced in chat, and how far each plan has got. */
export interface StoredHealthInputs {
  // A Map rather than the stored object: every account of a portfolio is looked up in it.
  qbr?: ReadonlyMap<string, QbrChange>;
  plan?: PlanProgress;
}

/** Reads the stored inputs once, for scoring many accounts (or only the given ones). */
export async function storedHealthInputs(store: KeyValueStore, only?: readonly string[]): Promise<StoredHealthInputs> {
  const [changes, plan] = await Promise.all([qbrChangesIn(store).then(Object.entries), planProgressIn(store, only)]);
  return { ...(changes.length ? { qbr: new Map(changes) } : {}), ...(plan ? { plan } : {}) };
}

export interface ScoreOptions extends StoredHealthInputs {
  /** Leave ABC-XYZ out (last week's figures need none). */
  classify?: boolean;
  /** The portfolio's ABC-XYZ classes, when the caller has them already. */
  classes?: ReadonlyMap<string, AbcXyz>;
  /** The portfolio's revenues volume compares with, as of the same day, when the caller has them already. */
  peers?: PeerRevenue;
}

/**
 * What a list of many accounts keeps of each: enough to rank them, give three reasons and
 * compare with last week. Dropping every signal's detail keeps a 100,000-account digest
 * from holding a million objects the garbage collector must walk again and again.
 */
export type HealthSummary = Omit<AccountHealth, 'health'>;

/** The summary of an account's health (or a copy of one), with the change since last week when given. */
export function summaryOf(h: HealthSummary, change: WeekChange | undefined = h.change): HealthSummary {
  return { account: h.account, score: h.score, band: h.band, critical: h.critical, reasons: h.reasons, abcXyz: h.abcXyz, tier: h.tier, asOf: h.asOf, change };
}

export interface HealthOptions {
  /** Only data dated before this day counts (YYYY-MM-DD); default: today for the asker. */
  asOf?: string;
  settings?: RiskSettings;
}

/**
 * One account's health as of a day, with its ABC-XYZ class among all accounts of the
 * portfolio. With `qbr`, QBRs recorded in chat count as the QBR calendar has them.
 */
export function scoreAccount(
  portfolio: Portfolio,
  account: Account,
  asOf: string,
  settings: RiskSettings = defaultRiskSettings,
  options: ScoreOptions = {},
): AccountHealth {
  const health = healthIn(portfolio, account, asOf, settings, options);
  const critical = criticalSignals(health, settings.critical);
  const reasons = critical.slice(0, 3);
  if (reasons.length < 3) for (const s of reasonsOf(health, 3)) if (reasons.length < 3 && !reasons.includes(s)) reasons.push(s);
  const abcXyz = options.classify === false ? undefined : (options.classes ?? abcXyzOf(portfolio, asOf, settings)).get(account.id);
  return {
    account,
    health,
    score: health.score,
    band: cappedBand(health, critical),
    critical,
    reasons,
    abcXyz,
    tier: abcXyz ? TIERS[abcXyz.abc][abcXyz.xyz] : undefined,
    asOf,
  };
}

const configs = new WeakMap<RiskSettings, HealthConfig>();

/** The health module's settings for these risk settings: its defaults unless the trend's order minimum differs. */
function healthConfigOf(settings: RiskSettings): HealthConfig | undefined {
  const n = settings.trendMinOrders;
  if (n === undefined || (n === defaultHealthConfig.trend.minRecentOrders && n === defaultHealthConfig.trend.minEarlierOrders)) return undefined;
  let c = configs.get(settings);
  if (!c) configs.set(settings, (c = healthConfig({ trend: { minRecentOrders: n, minEarlierOrders: n } })));
  return c;
}

/** The health module's result for an account, with the portfolio's facts and QBRs recorded in chat. */
function healthIn(portfolio: Portfolio, account: Account, asOf: string, settings: RiskSettings, options: ScoreOptions): Health {
  const qbr = options.qbr?.get(account.id);
  const { transactions, contacts, activities } = portfolio.recordsOf(account.id);
  const inputs: HealthInputs = {
    transactions,
    contacts,
    activities,
    historyStart: historyStartOf(portfolio),
    peerRevenue: options.peers ?? peerRevenueIn(portfolio, asOf, settings),
    currencyRate: inReportingCurrency(1, account.currency, settings),
    planCompleteness: options.plan?.completeness(account, asOf),
  };
  const scored = qbr ? withQbrCalendar(account, qbrCalendarOf(account, activities, asOf, qbr)) : account;
  // Without overrides the health module uses its own defaults as they are, instead of merging them per account.
  return healthOf(scored, inputs, asOf, hasOverrides(settings.weights) ? settings.weights : undefined, healthConfigOf(settings));
}

/**
 * Only the score and the band shown, exactly as scoreAccount has them: what last week's
 * figures and the weekly snapshot keep of every account, without its reasons or class.
 */
export function scoreAndBand(
  portfolio: Portfolio,
  account: Account,
  asOf: string,
  settings: RiskSettings = defaultRiskSettings,
  options: ScoreOptions = {},
): Pick<AccountHealth, 'score' | 'band'> {
  const health = healthIn(portfolio, account, asOf, settings, options);
  // The rule caps only a healthy score: other bands need not look for critical signals.
  const band = health.band === 'healthy' ? cappedBand(health, criticalSignals(health, settings.critical)) : health.band;
  return { score: health.score, band };
}

/**
 * The suggested tier of each class pair, worked out once: nine answers shared by every
 * account instead of a new one per account (frozen, so that no reader changes one for all).
 */
const TIERS = Object.fromEntries(
  (['A', 'B', 'C'] as const).map((abc) => [abc, Object.fromEntries((['X', 'Y', 'Z'] as const).map((xyz) => [xyz, frozen(suggestTier(abc, xyz))]))]),
) as Record<Abc, Record<Xyz, TierSuggestion>>;

function frozen(t: TierSuggestion): TierSuggestion {
  Object.freeze(t.reason.params);
  Object.freeze(t.reason);
  return Object.freeze(t);
}

function hasOverrides(weights: object): boolean {
  for (const _ in weights) return true;
  return false;
}

/** The health of each of the given accounts, in their order. */
export function portfolioHealth(
  portfolio: Portfolio,
  accounts: readonly Account[],
  asOf: string,
  settings: RiskSettings = defaultRiskSettings,
  stored: StoredHealthInputs = {},
): AccountHealth[] {
  const options = { classes: abcXyzOf(portfolio, asOf, settings), peers: peerRevenueIn(portfolio, asOf, settings), ...stored };
  return accounts.map((a) => scoreAccount(portfolio, a, asOf, settings, options));
}

/** Like portfolioHealth, keeping only the summary of each account. */
export function portfolioSummaries(
  portfolio: Portfolio,
  accounts: readonly Account[],
  asOf: string,
  settings: RiskSettings = defaultRiskSettings,
  stored: StoredHealthInputs = {},
): HealthSummary[] {
  const options = { classes: abcXyzOf(portfolio, asOf, settings), peers: peerRevenueIn(portfolio, asOf, settings), ...stored };
  return accounts.map((a) => summaryOf(scoreAccount(portfolio, a, asOf, settings, options)));
}

/** Today in the asker's time zone: health as of it uses everything dated before today. */
export const todayFor = (turn: Pick<Turn, 'now' | 'timezone'>): string => todayIn(turn.now, turn.timezone);

/** An account's health from the imported data alone, as of a day (in a conversation, features score with `scoreAccount` and `storedHealthInputs`). */
export function healthFor(portfolio: Portfolio, accountId: string, options: HealthOptions & { asOf: string }): AccountHealth | undefined {
  const account = portfolio.accounts.get(accountId);
  return account ? scoreAccount(portfolio, account, options.asOf, options.settings ?? defaultRiskSettings) : undefined;
}

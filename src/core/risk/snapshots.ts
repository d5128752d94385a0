/**
 * Weekly snapshots of every account's health, so that "since last week" compares with
 * what was known then: an import overwrites NPS, contacts and dates without history,
 * and recomputing last week from today's data would miss those changes. Without a
 * snapshot (a fresh install, a date in the past) last week is recomputed from the data
 * dated before it, and the change says so.
 */
import { addDays, dayNumber } from '../dates.js';
import type { Account } from '../model.js';
import type { Portfolio } from '../portfolio.js';
import type { KeyValueStore } from '../ports.js';
import { scoreAndBand, type AccountHealth, type ScoreOptions, type StoredHealthInputs, type WeekChange } from './account-health.js';
import { peerRevenueIn } from './portfolio-facts.js';
import { bandRank, type ShownBand } from './band-rule.js';
import type { RiskSettings } from './settings.js';

/** What is stored per week: parallel arrays keep 100,000 accounts to a couple of megabytes. */
interface StoredSnapshot {
  asOf: string;
  ids: string[];
  scores: (number | null)[];
  /** One letter per account: h(ealthy), w(atch), a(t risk), u(nknown). */
  bands: string;
}

/** What comparing with last week needs of an account's health now. */
type Scored = Pick<AccountHealth, 'account' | 'score' | 'band' | 'asOf'>;

export interface PastHealth {
  score: number | null;
  band: ShownBand;
  basis: WeekChange['basis'];
  since: string;
}

const SNAPSHOT_TTL_MS = 400 * 86_400_000;
const letters: Record<ShownBand, string> = { healthy: 'h', watch: 'w', at_risk: 'a', unknown: 'u' };
const bandOfLetter: Record<string, ShownBand> = { h: 'healthy', w: 'watch', a: 'at_risk', u: 'unknown' };

/** The Monday of the week a day falls in (weeks run Monday to Sunday). */
export function weekStartOf(date: string): string {
  const weekday = (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  return addDays(date, -weekday);
}

const snapshotKey = (weekStart: string) => `risk:snapshot:${weekStart}`;

/**
 * Stores the health of every account as of `asOf` as its week's snapshot, unless the
 * week has one already (the first digest of the week takes it). True when it stored one.
 * `scored` may pass health already worked out for some accounts, to save scoring them again.
 */
export async function recordWeeklySnapshot(
  store: KeyValueStore,
  portfolio: Portfolio,
  asOf: string,
  settings: RiskSettings,
  scored: readonly Scored[] = [],
  stored: StoredHealthInputs = {},
): Promise<boolean> {
  const key = snapshotKey(weekStartOf(asOf));
  if (await store.get<StoredSnapshot>(key)) return false;
  const known = new Map(scored.filter((h) => h.asOf === asOf).map((h) => [h.account.id, h]));
  const ids: string[] = [];
  const scores: (number | null)[] = [];
  let bands = '';
  // One options object for every account (and the peers looked up once), not a spread copy per account.
  const options: ScoreOptions = { classify: false, peers: peerRevenueIn(portfolio, asOf, settings), ...stored };
  for (const account of portfolio.accounts.values()) {
    const h = known.get(account.id) ?? scoreAndBand(portfolio, account, asOf, settings, options);
    ids.push(account.id);
    scores.push(h.score === null ? null : Math.round(h.score * 10) / 10);
    bands += letters[h.band];
  }
  await store.set<StoredSnapshot>(key, { asOf, ids, scores, bands }, SNAPSHOT_TTL_MS);
  return true;
}

/**
 * Health a week before a day: from the snapshot of that week when there is one and it
 * holds the account, otherwise recomputed from the data dated before then. The snapshot
 * is read once; an account's figures are looked up (or recomputed) when asked for.
 */
export class LastWeek {
  private constructor(
    private readonly snapshot: StoredSnapshot | undefined,
    private readonly index: ReadonlyMap<string, number>,
    private readonly recompute: (account: Account) => PastHealth,
  ) {}

  static async read(store: KeyValueStore, portfolio: Portfolio, asOf: string, settings: RiskSettings, stored: StoredHealthInputs = {}): Promise<LastWeek> {
    const weekAgo = addDays(asOf, -7);
    const found = await store.get<StoredSnapshot>(snapshotKey(weekStartOf(weekAgo)));
    const snapshot = found && found.asOf < asOf ? found : undefined;
    const index = new Map<string, number>();
    if (snapshot) for (let i = 0; i < snapshot.ids.length; i++) index.set(snapshot.ids[i], i);
    let options: ScoreOptions | undefined;
    return new LastWeek(snapshot, index, (account) => {
      // Worked out on the first account the snapshot lacks: with a snapshot, last week's sizes are never needed.
      options ??= { classify: false, peers: peerRevenueIn(portfolio, weekAgo, settings), ...stored };
      const h = scoreAndBand(portfolio, account, weekAgo, settings, options);
      return { score: h.score, band: h.band, basis: 'recomputed', since: weekAgo };
    });
  }

  of(account: Account): PastHealth {
    const i = this.index.get(account.id);
    const s = this.snapshot;
    if (i === undefined || !s) return this.recompute(account);
    return { score: s.scores[i], band: bandOfLetter[s.bands[i]] ?? 'unknown', basis: 'snapshot', since: s.asOf };
  }
}

/** Each account's health a week before `asOf` (see LastWeek), by account id. */
export async function lastWeekOf(
  store: KeyValueStore,
  portfolio: Portfolio,
  accounts: readonly Account[],
  asOf: string,
  settings: RiskSettings,
  stored: StoredHealthInputs = {},
): Promise<Map<string, PastHealth>> {
  const lastWeek = await LastWeek.read(store, portfolio, asOf, settings, stored);
  return new Map(accounts.map((a) => [a.id, lastWeek.of(a)]));
}

/**
 * How an account moved: "new" when it entered a poorer band that is not healthy, "recovered"
 * when it went back to healthy, "worse"/"better" for a move of at least `changePoints`
 * (or a band) within the poorer bands, "steady" otherwise.
 */
export function changeOf(now: Pick<AccountHealth, 'score' | 'band'>, before: PastHealth, changePoints: number): WeekChange {
  const delta = now.score !== null && before.score !== null ? now.score - before.score : null;
  const r = bandRank(now.band);
  const was = bandRank(before.band);
  let kind: WeekChange['kind'] = 'steady';
  if (r > 0 && r > Math.max(was, 0)) kind = 'new';
  else if (r === 0 && was > 0) kind = 'recovered';
  else if (r > 0 && r < was) kind = 'better';
  else if (delta !== null && delta <= -changePoints) kind = 'worse';
  else if (delta !== null && delta >= changePoints) kind = 'better';
  return { basis: before.basis, since: before.since, previousScore: before.score, previousBand: before.band, delta, kind };
}

/** The accounts' health (full or summaries) with the change since last week filled in. */
export async function withWeeklyChange<H extends Scored>(
  store: KeyValueStore,
  portfolio: Portfolio,
  healths: readonly H[],
  asOf: string,
  settings: RiskSettings,
  stored: StoredHealthInputs = {},
): Promise<H[]> {
  const lastWeek = await LastWeek.read(store, portfolio, asOf, settings, stored);
  return healths.map((h) => ({ ...h, change: changeOf(h, lastWeek.of(h.account), settings.changePoints) }));
}

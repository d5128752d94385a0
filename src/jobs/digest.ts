/**
 * The weekly at-risk digest on the scheduler: one job per time zone among the
 * recipients (ACRE_DIGEST_CRON, Mondays 08:00 by default, in each manager's own zone
 * unless ACRE_DIGEST_TIMEZONE sets one for all). The scheduler makes each occurrence
 * run once across replicas and restarts; within an occurrence, each recipient is
 * marked as sent, so a retry after a failed send reaches only those still waiting.
 */
import type { AcreApp } from '../app.js';
import { riskSettingsOf, type Config } from '../config.js';
import { todayIn } from '../core/dates.js';
import type { Portfolio } from '../core/portfolio.js';
import type { Messenger } from '../core/ports.js';
import {
  deliveryOf,
  digestRecipients,
  digestReplies,
  portfolioSummaries,
  reachPeopleThrough,
  storedHealthInputs,
  recipientName,
  recipientsByZone,
  recordWeeklySnapshot,
  accountsCoveredBy,
  weeklyDigestFor,
  type DigestRecipient,
  type RecipientOptions,
  type RiskSettings,
  type StoredHealthInputs,
} from '../core/risk/index.js';
import type { JobFactory } from './index.js';
import type { JobSpec } from './scheduler.js';

const SENT_TTL_MS = 21 * 86_400_000;

/** Who gets a digest, as the configuration says. */
export function recipientOptionsOf(config: Config): RecipientOptions {
  return {
    defaultTimezone: config.ACRE_TIMEZONE,
    defaultLocale: config.ACRE_LOCALE,
    ...(config.ACRE_DIGEST_TIMEZONE ? { timezone: config.ACRE_DIGEST_TIMEZONE } : {}),
    ...(config.ACRE_DIGEST_CHANNEL ? { channel: config.ACRE_DIGEST_CHANNEL } : {}),
  };
}

/** The digest jobs, one per time zone of the recipients known at start. */
export const digestJobs: JobFactory = async ({ app, messenger }) => {
  reachPeopleThrough(app.store, messenger);
  const settings = riskSettingsOf(app.config);
  const zones = [...recipientsByZone(digestRecipients(await app.acre.portfolio(), recipientOptionsOf(app.config))).keys()];
  return zones.map(
    (zone): JobSpec => ({
      name: `digest:${zone}`,
      cron: app.config.ACRE_DIGEST_CRON,
      timezone: zone,
      run: async (slot) => {
        const report = await sendWeeklyDigests(app, messenger, settings, { zone, slot });
        app.logger.info({ event: 'digest_sent', zone, slot: slot.toISOString(), ...report }, 'weekly digests sent');
      },
    }),
  );
};

export interface DigestRun {
  /** Only the recipients in this zone (the job's); all of them when absent. */
  zone?: string;
  /** The scheduled instant: the digest is as of its date in the zone, and sends are recorded under it. */
  slot: Date;
  /** These recipients instead of the configured ones, e.g. from `acre digest --send --for`. */
  recipients?: DigestRecipient[];
  /** Health as of this day instead of the slot's date. */
  asOf?: string;
}

/**
 * Builds and sends the digests of one run; records the week's health snapshot first.
 * Throws when any recipient could not be reached, after sending to all the others,
 * so that the scheduler retries; those already reached are skipped on the retry.
 */
export async function sendWeeklyDigests(app: AcreApp, messenger: Messenger, settings: RiskSettings, run: DigestRun): Promise<{ sent: string[]; skipped: string[] }> {
  // Another replica may have imported new data since this one last read it.
  app.acre.refresh();
  const portfolio = await app.acre.portfolio();
  const recipients = (run.recipients ?? digestRecipients(portfolio, recipientOptionsOf(app.config))).filter((r) => !run.zone || r.timezone === run.zone);
  const sent: string[] = [];
  const skipped: string[] = [];
  const failed: string[] = [];
  const byDay = new Map<string, DigestRecipient[]>();
  for (const r of recipients) {
    const asOf = run.asOf ?? todayIn(run.slot, r.timezone);
    byDay.set(asOf, [...(byDay.get(asOf) ?? []), r]);
  }
  const stored = await storedHealthInputs(app.store);
  for (const [asOf, group] of byDay) {
    const scored = scoreFor(portfolio, group, asOf, settings, stored);
    await recordWeeklySnapshot(app.store, portfolio, asOf, settings, [...scored.values()], stored);
    for (const r of group) {
      const key = `digest:sent:${run.slot.toISOString()}:${recipientName(r).toLowerCase()}`;
      if (await app.store.get(key)) {
        skipped.push(recipientName(r));
        continue;
      }
      const digest = await weeklyDigestFor(r, { portfolio, store: app.store, settings, asOf, stored }, scored);
      const result = await messenger.send(deliveryOf(r), digestReplies(digest, settings));
      if (result.delivered) {
        await app.store.set(key, { at: app.clock.now().toISOString() }, SENT_TTL_MS);
        sent.push(recipientName(r));
      } else failed.push(`${recipientName(r)}: ${result.detail ?? 'not delivered'}`);
    }
  }
  if (failed.length) throw new Error(`weekly digest not delivered to ${failed.join('; ')}`);
  return { sent, skipped };
}

/** Health of every account the group's digests cover, scored once for all of them. */
function scoreFor(portfolio: Portfolio, group: readonly DigestRecipient[], asOf: string, settings: RiskSettings, stored: StoredHealthInputs) {
  const accounts = new Map(group.flatMap((r) => accountsCoveredBy(portfolio, r)).map((a) => [a.id, a]));
  return new Map(portfolioSummaries(portfolio, [...accounts.values()], asOf, settings, stored).map((h) => [h.account.id, h]));
}

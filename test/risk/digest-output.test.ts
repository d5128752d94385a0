/**
 * The digest and the health of every account, exactly as a reader gets them, on the demo
 * portfolio and on a synthetic one, held against a recorded copy. Work on speed must leave
 * every figure, band, reason and ranking as it was; a change meant to move them updates
 * the recording (`npx vitest run test/risk/digest-output.test.ts -u`) and says why.
 */
import { describe, expect, it } from 'vitest';
import type { PortfolioData } from '../../src/core/model.js';
import { Portfolio } from '../../src/core/portfolio.js';
import { defaultRiskSettings, digestRecipients, digestReplies, portfolioHealth, portfolioSummaries, recordWeeklySnapshot, weeklyDigestFor } from '../../src/core/risk/index.js';
import { demoWithTwoManagers, memoryStore, syntheticPortfolio } from './helpers.js';

const AS_OF = '2026-11-23';
const WEEK_AGO = '2026-11-16';
const options = { defaultTimezone: 'UTC', defaultLocale: 'en' as const };

/** Every digest of a Monday (last week's snapshot stored, and not), with its replies. */
async function digestsOf(data: PortfolioData) {
  const settings = defaultRiskSettings;
  const withSnapshot = memoryStore();
  await recordWeeklySnapshot(withSnapshot, new Portfolio(data), WEEK_AGO, settings);
  const out = [];
  for (const store of [withSnapshot, memoryStore()]) {
    const portfolio = new Portfolio(data);
    for (const recipient of digestRecipients(portfolio, options)) {
      const digest = await weeklyDigestFor(recipient, { portfolio, store, settings, asOf: AS_OF });
      out.push({ digest, replies: digestReplies(digest, settings) });
    }
  }
  return out;
}

// JSON, so that what is compared is what `acre digest --json` and `acre health --json` print.
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('what the digest and the health answers say', () => {
  it('on the demo portfolio: every account in full, every digest', async () => {
    const data = demoWithTwoManagers();
    const portfolio = new Portfolio(data);
    const health = portfolioHealth(portfolio, [...portfolio.accounts.values()], AS_OF).map((h) => ({ ...h, account: h.account.id }));
    await expect(JSON.stringify(asJson({ health, digests: await digestsOf(data) }), null, 1)).toMatchFileSnapshot('recorded/demo-digest.json');
  });

  it('on 300 synthetic accounts, a third of which stopped buying: every score, band and reason', async () => {
    const data = syntheticPortfolio(300);
    const portfolio = new Portfolio(data);
    const summaries = portfolioSummaries(portfolio, [...portfolio.accounts.values()], AS_OF).map((h) => [
      h.account.id,
      h.score,
      h.band,
      h.reasons.map((s) => [s.id, s.score, s.explanation.key]),
      h.abcXyz?.abc,
      h.abcXyz?.xyz,
    ]);
    const ids = (list: { accountId: string }[]) => list.map((a) => a.accountId);
    const digests = (await digestsOf(data)).map(({ digest: d }) => ({
      totals: d.totals,
      attention: d.attention.map((a) => [a.accountId, a.score, a.band, a.change?.kind, a.change?.delta, a.reasons.map((r) => r.lostPoints)]),
      changes: [ids(d.changes.new), ids(d.changes.worse), ids(d.changes.recovered)],
      renewals: ids(d.renewals),
    }));
    await expect(JSON.stringify(asJson({ summaries, digests }), null, 0).replaceAll('],[', '],\n[')).toMatchFileSnapshot('recorded/synthetic-digest.json');
  });
});

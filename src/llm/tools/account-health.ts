import { z } from 'zod';
import { explainSignal } from '../../core/i18n/risk-signals.js';
import { portfolioHealth, todayFor, withWeeklyChange } from '../../core/risk/index.js';
import { healthSources } from '../../core/risk/wording.js';
import { healthData } from '../health-data.js';
import { accountFor } from '../scope.js';
import { defineTool } from '../tool.js';

export const AccountHealthArgs = z.object({
  account: z.string().describe('account id or name'),
});
export type AccountHealthArgs = z.infer<typeof AccountHealthArgs>;

/** The explainable health score of one account: every signal with its points and why, and the change since last week. */
export const accountHealth = defineTool({
  name: 'account_health',
  description: 'Health score 0-100 of one account: band, change since last week, each signal with its points and reason.',
  parameters: AccountHealthArgs,
  topics: /health|risk|score|churn|worr|slipping|doing|signal|warning|zdrow|ryzyk|wynik|kondycj|zagro|sygna|ocen/i,
  async run(turn, args, context) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const asOf = todayFor(turn);
    const [h] = await withWeeklyChange(turn.state, turn.portfolio, portfolioHealth(turn.portfolio, [account], asOf, context.risk), asOf, context.risk);
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        ...healthData(turn, h, 'ids'),
        signals: h.health.signals.map((s) => ({ signal: s.id, points: round1(s.contribution), of: round1(s.weight), why: explainSignal(s.explanation, turn.locale) })),
        notMeasured: h.health.missing.map((id) => {
          const why = h.health.missingReasons[id];
          return { signal: id, why: why ? explainSignal(why, turn.locale) : undefined };
        }),
      },
      sources: healthSources(turn.portfolio, account, turn.locale),
    };
  },
});

const round1 = (n: number) => Math.round(n * 10) / 10;

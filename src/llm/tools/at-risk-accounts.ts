import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { bandRank, portfolioHealth, todayFor, withWeeklyChange } from '../../core/risk/index.js';
import { healthData } from '../health-data.js';
import { personName } from '../scope.js';
import { defineTool } from '../tool.js';

export const AtRiskAccountsArgs = z.object({
  includeWatch: z.boolean().nullable().describe('also list accounts on watch'),
});
export type AtRiskAccountsArgs = z.infer<typeof AtRiskAccountsArgs>;

/** The user's accounts at risk (and on watch, if asked), worst first, each with its main reasons. */
export const atRiskAccounts = defineTool({
  name: 'at_risk_accounts',
  description: "The user's accounts at risk by health score, worst first, with the main reasons.",
  parameters: AtRiskAccountsArgs,
  topics: /risk|slipping|worr|churn|attention|trouble|worst|watch|focus|priorit|ryzyk|zagro|uwag|problem|najgorsz|priorytet/i,
  async run(turn, args, context) {
    const visible = turn.visible();
    const asOf = todayFor(turn);
    const healths = await withWeeklyChange(turn.state, turn.portfolio, portfolioHealth(turn.portfolio, visible, asOf, context.risk), asOf, context.risk);
    const lowest = args.includeWatch ? bandRank('watch') : bandRank('at_risk');
    const listed = healths.filter((h) => h.band !== 'unknown' && bandRank(h.band) >= lowest).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    return {
      data: {
        of: visible.length,
        accounts: listed.map((h) => ({ id: h.account.id, name: h.account.name, owner: personName(turn, h.account.ownerEmail), ...healthData(turn, h) })),
      },
      sources: listed.length ? [sourceOf(listed[0].account.source, undefined, turn.locale)] : [],
    };
  },
});

import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { healthFacts, healthOfAccounts } from '../health-of.js';
import { personName } from '../scope.js';
import { defineTool } from '../tool.js';

export const AtRiskAccountsArgs = z.object({
  includeWatch: z.boolean().nullable().describe('also list accounts on watch'),
});
export type AtRiskAccountsArgs = z.infer<typeof AtRiskAccountsArgs>;

/** The user's accounts at risk (and on watch, if asked), worst first, each with its two main reasons. */
export const atRiskAccounts = defineTool({
  name: 'at_risk_accounts',
  description: "The user's accounts at risk by health score, worst first, with the main reasons.",
  parameters: AtRiskAccountsArgs,
  topics: /risk|slipping|worr|churn|attention|trouble|worst|watch|focus|priorit|ryzyk|zagro|uwag|problem|najgorsz|priorytet/i,
  async run(turn, args) {
    const visible = turn.visible();
    const health = await healthOfAccounts(turn, visible);
    const wanted = new Set(['at_risk', ...(args.includeWatch ? ['watch'] : [])]);
    const listed = visible
      .map((account) => ({ account, health: health.get(account.id)! }))
      .filter((x) => wanted.has(x.health.band))
      .sort((a, b) => (a.health.score ?? 0) - (b.health.score ?? 0));
    return {
      data: {
        accounts: listed.map(({ account, health: h }) => {
          const facts = healthFacts(h, false);
          return { id: account.id, name: account.name, owner: personName(turn, account.ownerEmail), score: facts.score, band: facts.band, reasons: facts.signals.map((s) => s.why) };
        }),
        asOf: listed[0]?.health.asOf,
        of: visible.length,
      },
      sources: listed.length ? [sourceOf(listed[0].account.source, undefined, turn.locale)] : [],
    };
  },
});

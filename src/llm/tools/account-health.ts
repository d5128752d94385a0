import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { healthFacts, healthOfAccounts } from '../health-of.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

export const AccountHealthArgs = z.object({
  account: z.string().describe('account id or name'),
});
export type AccountHealthArgs = z.infer<typeof AccountHealthArgs>;

/** The explainable health score of one account: every signal, its points and why. */
export const accountHealth = defineTool({
  name: 'account_health',
  description: 'Health score 0-100 of one account with each signal, its points and the reason.',
  parameters: AccountHealthArgs,
  topics: /health|risk|score|churn|worr|slipping|doing|signal|warning|zdrow|ryzyk|wynik|kondycj|zagro|sygna|ocen/i,
  async run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const health = (await healthOfAccounts(turn, [account])).get(account.id)!;
    const files = new Set([account.source, ...[turn.portfolio.transactionsOf(account.id), turn.portfolio.contactsOf(account.id), turn.portfolio.activitiesOf(account.id)].flatMap((list) => (list[0] ? [list[0].source] : []))]);
    return {
      accountId: account.id,
      data: { id: account.id, name: account.name, ...healthFacts(health), src: [...files].map(citation) },
      sources: [...files].map((f) => sourceOf(f, undefined, turn.locale)),
    };
  },
});

import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { Tier } from '../../core/model.js';
import { normalize } from '../../core/text.js';
import { citation, personName } from '../scope.js';
import { defineTool } from '../tool.js';

const MAX_LISTED = 40;

export const SearchAccountsArgs = z.object({
  query: z.string().nullable().describe('name, industry or region words'),
  tier: Tier.nullable(),
  owner: z.string().nullable().describe('owner e-mail or name'),
});
export type SearchAccountsArgs = z.infer<typeof SearchAccountsArgs>;

/** The accounts the asker may see, filtered: the way to find an account's id or to list a portfolio. */
export const searchAccounts = defineTool({
  name: 'search_accounts',
  description: "List the user's accounts, optionally filtered.",
  parameters: SearchAccountsArgs,
  run(turn, args) {
    const words = args.query ? normalize(args.query).split(' ').filter(Boolean) : [];
    const owner = args.owner ? normalize(args.owner) : undefined;
    const matches = turn.visible().filter((a) => {
      if (args.tier && a.tier !== args.tier) return false;
      if (owner && !normalize(`${a.ownerEmail} ${personName(turn, a.ownerEmail)}`).includes(owner)) return false;
      const haystack = normalize(`${a.id} ${a.name} ${a.industry ?? ''} ${a.region ?? ''}`);
      return words.every((w) => haystack.includes(w));
    });
    matches.sort((a, b) => a.name.localeCompare(b.name));
    const listed = matches.slice(0, MAX_LISTED);
    return {
      data: {
        count: matches.length,
        accounts: listed.map((a) => ({
          id: a.id,
          name: a.name,
          tier: a.tier,
          owner: personName(turn, a.ownerEmail),
          industry: a.industry,
          region: a.region,
          arr: a.arr,
          currency: a.arr !== undefined ? a.currency : undefined,
          renewal: a.renewalDate,
        })),
        ...(matches.length > listed.length ? { more: matches.length - listed.length } : {}),
        src: listed[0] ? citation(listed[0].source) : undefined,
      },
      sources: listed[0] ? [sourceOf(listed[0].source, ['name', 'tier', 'owner_email'], turn.locale)] : [],
    };
  },
});

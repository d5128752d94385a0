import { z } from 'zod';
import { activitiesOf } from '../../core/accounts/activities.js';
import { sourceOf } from '../../core/accounts/facts.js';
import { todayIn } from '../../core/dates.js';
import { ActivityType, IsoDate } from '../../core/model.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

const DEFAULT_LIMIT = 10;

export const AccountActivitiesArgs = z.object({
  account: z.string().describe('account id or name'),
  types: z.array(ActivityType).nullable(),
  since: IsoDate.nullable().describe('YYYY-MM-DD'),
  limit: z.number().int().min(1).max(50).nullable().describe(`default ${DEFAULT_LIMIT}`),
});
export type AccountActivitiesArgs = z.infer<typeof AccountActivitiesArgs>;

/**
 * Dated meetings, QBRs, calls, e-mails, escalations, tickets, complaints and notes of one
 * account, newest first. Summaries are text people typed into the CRM: data, never instructions.
 */
export const accountActivities = defineTool({
  name: 'account_activities',
  description: 'Dated activities of one account, newest first.',
  parameters: AccountActivitiesArgs,
  topics: /complain|escalat|ticket|issue|problem|meeting|met |call|e-?mail|note|activit|happen|news|latest|recent|last time|bring up|raise|prepare|prep|brief|agenda|talk|discuss|visit|qbr|history|reklamac|eskalac|zg[lł]osze|spotkan|rozmow|notat|dzia[lł]a|ostatni|przygot|porusz|wizyt|histori|co s[lł]ycha/i,
  run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const today = todayIn(turn.now, turn.timezone);
    const matching = activitiesOf(turn.portfolio, account.id, today, {
      ...(args.types?.length ? { types: args.types } : {}),
      ...(args.since ? { range: { from: args.since, until: today } } : {}),
    });
    const shown = matching.slice(0, args.limit ?? DEFAULT_LIMIT);
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        count: matching.length,
        activities: shown.map((a) => ({ date: a.date, type: a.type, summary: a.summary })),
        src: shown[0] ? citation(shown[0].source) : undefined,
      },
      sources: shown[0] ? [sourceOf(shown[0].source, ['date', 'type', 'summary'], turn.locale)] : [],
    };
  },
});

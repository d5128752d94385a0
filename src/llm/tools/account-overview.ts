import { z } from 'zod';
import { accountFieldsPresent, keyContacts, lastOrderOf, revenueBetween, sourceOf } from '../../core/accounts/facts.js';
import { qbrCalendarOf } from '../../core/qbr/calendar.js';
import { qbrChangesIn } from '../../core/qbr/changes.js';
import { presentSources, qbrSource } from '../../core/qbr/sources.js';
import { addDays, addMonths, daysBetween, todayIn } from '../../core/dates.js';
import { accountFor, citation, personName } from '../scope.js';
import { defineTool } from '../tool.js';

export const AccountOverviewArgs = z.object({
  account: z.string().describe('account id or name'),
});
export type AccountOverviewArgs = z.infer<typeof AccountOverviewArgs>;

/** One account at a glance: the facts of the overview card, as data. */
export const accountOverview = defineTool({
  name: 'account_overview',
  description: 'Key facts of one account: owner, tier, ARR, renewal, QBRs, NPS, 12-month revenue, last order, notes.',
  parameters: AccountOverviewArgs,
  async run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const { portfolio } = turn;
    const today = todayIn(turn.now, turn.timezone);
    const activities = portfolio.activitiesOf(account.id).filter((a) => a.date <= today);
    // The QBR calendar's dates: held and booked ones recorded in chat count.
    const calendar = qbrCalendarOf(account, activities, today, (await qbrChangesIn(turn.state))[account.id]);
    const revenue = revenueBetween(portfolio, account.id, addMonths(today, -12), addDays(today, 1));
    const lastOrder = lastOrderOf(portfolio, account.id, today);
    const contacts = keyContacts(portfolio.contactsOf(account.id)).filter((c) => !c.leftCompany);
    const fields = accountFieldsPresent(account, ['ownerEmail', 'tier', 'arr', 'renewalDate', 'lastQbrDate', 'nextQbrDate', 'nps', 'notes']);
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        owner: personName(turn, account.ownerEmail),
        team: account.teamEmails.length ? account.teamEmails.map((e) => personName(turn, e)) : undefined,
        tier: account.tier,
        industry: account.industry,
        region: account.region,
        arr: account.arr,
        currency: account.currency,
        contractStart: account.contractStart,
        renewal: account.renewalDate,
        daysToRenewal: account.renewalDate ? daysBetween(today, account.renewalDate) : undefined,
        nps: account.nps,
        lastQbr: calendar.last?.date,
        nextQbr: calendar.next?.date,
        qbrDueByCadence: calendar.due?.date,
        revenue12m: revenue.orders ? { total: round(revenue.total), orders: revenue.orders } : undefined,
        lastOrder: lastOrder ? { date: lastOrder.date, amount: lastOrder.amount } : undefined,
        keyContacts: contacts.slice(0, 3).map((c) => `${c.name}${c.role ? ` (${c.role})` : ''}`),
        notes: account.notes,
        src: citation(account.source),
      },
      sources: [
        sourceOf(account.source, fields, turn.locale),
        ...presentSources([calendar.last, calendar.next].map((q) => (q && q.origin.kind !== 'import' ? qbrSource(q.origin, turn.t, turn.locale) : undefined))),
      ],
    };
  },
});

const round = (n: number) => Math.round(n * 100) / 100;

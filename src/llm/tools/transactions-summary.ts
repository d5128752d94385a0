import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { changeOf, monthlyRevenue, revenueIn, trailingYear } from '../../core/accounts/revenue.js';
import { orderingRhythmOf } from '../../core/accounts/rhythm.js';
import { addDays, daysBetween, todayIn } from '../../core/dates.js';
import { IsoDate } from '../../core/model.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

export const TransactionsSummaryArgs = z.object({
  account: z.string().describe('account id or name'),
  from: IsoDate.nullable().describe('default: a year ago'),
  to: IsoDate.nullable().describe('default: today'),
});
export type TransactionsSummaryArgs = z.infer<typeof TransactionsSummaryArgs>;

/** Revenue and orders of one account in a period, by month, against the period just before, and its ordering rhythm. */
export const transactionsSummary = defineTool({
  name: 'transactions_summary',
  description: 'Revenue and orders of one account in a period: total, by month, change on the period before, ordering rhythm.',
  parameters: TransactionsSummaryArgs,
  topics: /revenue|sales|sold|order|buy|bought|purchas|spend|invoice|trend|money|volume|grow|declin|drop|forecast|przych|sprzeda|zam[oó]w|obr[oó]t|kupuj|kupi|faktur|wolumen|spad|wzrost|prognoz/i,
  run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const { portfolio } = turn;
    const today = todayIn(turn.now, turn.timezone);
    const range = { from: args.from ?? trailingYear(args.to ?? today).from, until: args.to ?? today };
    if (range.from > range.until) return { data: { error: 'bad_arguments', detail: 'from is after to' }, sources: [] };
    const length = daysBetween(range.from, range.until) + 1;
    const previous = { from: addDays(range.from, -length), until: addDays(range.from, -1) };
    const now = revenueIn(portfolio, account, range);
    const before = revenueIn(portfolio, account, previous);
    const change = changeOf(now.total, before.total);
    const rhythm = orderingRhythmOf(portfolio, account, today);
    const cited = now.sample ?? rhythm.lastOrder ?? before.sample;
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        currency: account.currency,
        period: range,
        total: round(now.total),
        orders: now.orders,
        byMonth: length <= 800 ? Object.fromEntries(monthlyRevenue(portfolio, account, range).map((m) => [m.month, round(m.total)])) : undefined,
        previousPeriod: { ...previous, total: round(before.total), orders: before.orders },
        changePct: change !== undefined ? Math.round(change * 1000) / 10 : undefined,
        rhythm: {
          status: rhythm.status,
          usualGapDays: rhythm.usualGapDays,
          daysSinceLastOrder: rhythm.daysSinceLastOrder,
          lastOrder: rhythm.lastOrder ? { date: rhythm.lastOrder.date, amount: rhythm.lastOrder.amount } : undefined,
        },
        src: cited ? citation(cited.source) : undefined,
      },
      sources: cited ? [sourceOf(cited.source, ['date', 'amount'], turn.locale)] : [],
    };
  },
});

const round = (n: number) => Math.round(n * 100) / 100;

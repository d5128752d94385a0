import { z } from 'zod';
import { sourceOf } from '../../core/accounts/facts.js';
import { addDays, addMonths, daysBetween, todayIn } from '../../core/dates.js';
import { IsoDate } from '../../core/model.js';
import { accountFor, citation } from '../scope.js';
import { defineTool } from '../tool.js';

export const TransactionsSummaryArgs = z.object({
  account: z.string().describe('account id or name'),
  from: IsoDate.nullable().describe('first day, YYYY-MM-DD; null: 12 months ago'),
  to: IsoDate.nullable().describe('last day, YYYY-MM-DD; null: today'),
});
export type TransactionsSummaryArgs = z.infer<typeof TransactionsSummaryArgs>;

/** Revenue and orders of one account in a period, by month, against the period just before. */
export const transactionsSummary = defineTool({
  name: 'transactions_summary',
  description: 'Revenue and orders of one account in a period: total, by month, last order, change vs the previous period of equal length.',
  parameters: TransactionsSummaryArgs,
  topics: /revenue|sales|sold|order|buy|bought|purchas|spend|invoice|trend|money|volume|grow|declin|drop|forecast|przych|sprzeda|zam[oó]w|obr[oó]t|kupuj|kupi|faktur|wolumen|spad|wzrost|prognoz/i,
  run(turn, args) {
    const scoped = accountFor(turn, args.account);
    if ('problem' in scoped) return { data: scoped.problem, sources: [] };
    const { account } = scoped;
    const today = todayIn(turn.now, turn.timezone);
    const last = args.to ?? today;
    const first = args.from ?? addDays(addMonths(last, -12), 1);
    if (first > last) return { data: { error: 'bad_arguments', detail: 'from is after to' }, sources: [] };
    const all = turn.portfolio.transactionsOf(account.id);
    const inPeriod = all.filter((t) => t.date >= first && t.date <= last);
    const length = daysBetween(first, last) + 1;
    const before = all.filter((t) => t.date >= addDays(first, -length) && t.date < first);
    const total = sum(inPeriod);
    const previous = sum(before);
    const months = new Map<string, number>();
    for (const t of inPeriod) months.set(t.date.slice(0, 7), (months.get(t.date.slice(0, 7)) ?? 0) + t.amount);
    const lastOrder = [...all].reverse().find((t) => t.date <= today && t.amount > 0);
    return {
      accountId: account.id,
      data: {
        id: account.id,
        name: account.name,
        currency: account.currency,
        period: { from: first, to: last },
        total: round(total),
        orders: inPeriod.length,
        byMonth: Object.fromEntries([...months].map(([m, v]) => [m, round(v)])),
        previousPeriod: { from: addDays(first, -length), to: addDays(first, -1), total: round(previous), orders: before.length },
        changePct: previous > 0 ? Math.round(((total - previous) / previous) * 1000) / 10 : undefined,
        lastOrder: lastOrder ? { date: lastOrder.date, amount: lastOrder.amount, invoice: lastOrder.invoice } : undefined,
        src: all[0] ? citation(all[0].source) : undefined,
      },
      sources: all[0] ? [sourceOf(all[0].source, ['date', 'amount'], turn.locale)] : [],
    };
  },
});

const sum = (list: readonly { amount: number }[]) => list.reduce((s, t) => s + t.amount, 0);
const round = (n: number) => Math.round(n * 100) / 100;

import { changeOf as fractionChange, revenueIn, trailingYear, yearBefore } from '../../accounts/revenue.js';
import { reply } from '../../reply.js';
import { changeOf, countedPeriod, moneyOf, periodOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import type { Period } from '../nlu/periods.js';
import { forecastWords, orderWords, revenueWords } from '../words.js';

interface Slots {
  period: Period;
}

/** "How much did Acme buy this year?": revenue in a period (the last 12 months unless said), with the same period a year before. */
export const revenueTotalIntent = defineIntent<Slots>({
  name: 'revenue.total',
  subject: 'account',
  cues: [
    { say: revenueWords.filter((w) => w !== 'how much' && w !== 'ile'), weight: 0.55 },
    { say: ['how much', 'ile', 'total', 'in total', 'lacznie', 'razem', 'suma'], weight: 0.25 },
    { say: orderWords, weight: 0.15 },
  ],
  not: forecastWords,
  slots(q) {
    const found = q.period('past');
    return found ? { said: { period: found.period }, tokens: found.tokens, bonus: 0.15 } : { said: {} };
  },
  complete: (said, q) => ({ period: said.period ?? trailingYear(q.today) }),
  answer(turn, { about, slots }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const counted = countedPeriod(turn, slots.period);
    const when = periodOf(turn, slots.period);
    if (slots.period.from > todayOf(turn)) return [reply().text(t.noForecasts).build()];
    const revenue = revenueIn(turn.portfolio, account, counted);
    const before = revenueIn(turn.portfolio, account, yearBefore(counted));
    const change = fractionChange(revenue.total, before.total);
    const r = reply().text(
      revenue.orders ? t.revenueIn(account.name, moneyOf(turn, account, revenue.total), when, turn.t.orders(revenue.orders)) : t.noRevenueIn(account.name, when),
    );
    if (before.orders) r.context(t.sameTimeYearBefore(moneyOf(turn, account, before.total), change !== undefined ? changeOf(turn, change) : undefined));
    return [r.sources([recordsSource(turn, 'transactions', ['date', 'amount'], revenue.sample ?? before.sample)]).build()];
  },
});

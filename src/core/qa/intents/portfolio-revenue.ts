import { changeOf as fractionChange, revenueIn, trailingYear, yearBefore, type Revenue } from '../../accounts/revenue.js';
import { formatMoney } from '../../i18n/format.js';
import type { Account } from '../../model.js';
import { reply } from '../../reply.js';
import { changeOf, countedPeriod, moneyOf, periodOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { Lexicon } from '../nlu/lexicon.js';
import type { Period } from '../nlu/periods.js';
import { forecastWords, revenueWords } from '../words.js';

interface Slots {
  period: Period;
}

const growthWords = ['grew', 'grown', 'growing', 'growth', 'declin*', 'shrank', 'shrinking', 'fell', 'dropped', 'movers', 'wzrosl*', 'rosn*', 'spadl*'];
const revenueLexicon = new Lexicon({ revenue: revenueWords, growth: growthWords });

/** Accounts named among the biggest movers each way. */
const MOVERS = 3;

/**
 * "How much revenue did we make this quarter?", "which accounts grew the most this year?":
 * the revenue of all the asker's accounts in a period, per currency (the data holds no
 * exchange rates), against the same period a year before, and the accounts whose revenue
 * moved most, by percentage (which compares across currencies).
 */
export const portfolioRevenueIntent = defineIntent<Slots>({
  name: 'portfolio.revenue',
  subject: 'portfolio',
  cues: [
    { say: revenueWords.filter((w) => w !== 'how much' && w !== 'ile'), weight: 0.45 },
    {
      say: [
        'we', 'our', 'across', 'overall', 'portfolio', 'all accounts', 'all my accounts', 'team', 'altogether', 'in total', 'total', 'my accounts',
        'we make', 'did we make', 'we made', 'we earn', 'did we earn', 'we earned', 'we bring in', 'we brought in',
        'nasz*', 'wszystk*', 'lacznie', 'portfel*', 'zespol*', 'sprzedalismy', 'zarobilismy',
      ],
      weight: 0.4,
    },
    { say: [...growthWords, 'most', 'najbardziej'], weight: 0.3 },
    { say: ['which accounts', 'which customers', 'ktore konta', 'ktorzy klienci'], weight: 0.2 },
  ],
  not: forecastWords,
  slots(q) {
    const found = q.period('past');
    // Naming an account ("how much did we sell to Globex?") makes it that account's question, for revenue.total (pointing
    // back at the one talked about, "what have we invoiced them?", is weighed for every intent); without a word of revenue
    // or growth it is not this one.
    const said = revenueLexicon.match(q.tokens);
    const penalty = (q.accounts.length > 0 ? -0.5 : 0) + (said.has('revenue') || said.has('growth') ? 0 : -0.5);
    return found ? { said: { period: found.period }, tokens: found.tokens, bonus: 0.15 + penalty } : { said: {}, bonus: penalty };
  },
  complete: (said, q) => ({ period: said.period ?? trailingYear(q.today) }),
  answer(turn, { about, slots }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    if (slots.period.from > todayOf(turn)) return [reply().text(t.noForecasts).build()];
    const counted = countedPeriod(turn, slots.period);
    const before = yearBefore(counted);
    const totals = new Map<string, { now: number; before: number; orders: number }>();
    const moves: { account: Account; now: Revenue; change: number }[] = [];
    let sample: Revenue['sample'];
    for (const account of about.accounts) {
      const now = revenueIn(turn.portfolio, account, counted);
      const then = revenueIn(turn.portfolio, account, before);
      if (!now.orders && !then.orders) continue;
      sample ??= now.sample ?? then.sample;
      const sum = totals.get(account.currency) ?? { now: 0, before: 0, orders: 0 };
      sum.now += now.total;
      sum.before += then.total;
      sum.orders += now.orders;
      totals.set(account.currency, sum);
      const change = fractionChange(now.total, then.total);
      if (change !== undefined) moves.push({ account, now, change });
    }
    const when = periodOf(turn, slots.period);
    if (!totals.size) return [reply().text(t.noPortfolioRevenue(when)).build()];
    const currencies = [...totals].sort((a, b) => b[1].now - a[1].now || a[0].localeCompare(b[0]));
    const r = reply()
      .text(t.portfolioRevenueIn(about.accounts.length, when))
      .fields(
        currencies.map(([currency, sum]) => {
          const change = fractionChange(sum.now, sum.before);
          return { label: currency, value: t.portfolioRevenueLine(formatMoney(sum.now, currency, turn.locale), turn.t.orders(sum.orders), change !== undefined ? changeOf(turn, change) : undefined) };
        }),
      );
    const line = (m: (typeof moves)[number]) => `**${m.account.name}** ${moneyOf(turn, m.account, m.now.total)} (${changeOf(turn, m.change)})`;
    const up = moves.filter((m) => m.change > 0).sort((a, b) => b.change - a.change).slice(0, MOVERS);
    const down = moves.filter((m) => m.change < 0).sort((a, b) => a.change - b.change).slice(0, MOVERS);
    if (up.length) r.list(up.map(line), t.grewMost);
    if (down.length) r.list(down.map(line), t.fellMost);
    if (currencies.length > 1) r.context(t.totalsPerCurrency);
    return [r.sources([recordsSource(turn, 'transactions', ['date', 'amount'], sample)]).build()];
  },
});

import { monthlyRevenue, trailingYear } from '../../accounts/revenue.js';
import { reply } from '../../reply.js';
import { countedPeriod, moneyOf, periodOf, recordsSource } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import type { Period } from '../nlu/periods.js';
import { forecastWords, revenueWords } from '../words.js';

interface Slots {
  period: Period;
}

// "Oct 2026", "paź 2026": one formatter per language, built once.
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(locale: string): Intl.DateTimeFormat {
  let f = monthFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, f);
  }
  return f;
}

/** "Globex revenue by month": month by month over a period (the last 12 months unless said). */
export const revenueMonthlyIntent = defineIntent<Slots>({
  name: 'revenue.monthly',
  subject: 'account',
  cues: [
    {
      say: [
        'by month', 'per month', 'monthly', 'each month', 'every month', 'month by month', 'month on month', 'breakdown', 'break down', 'broken down',
        'miesiecznie', 'miesiac po miesiacu', 'w podziale na miesiace', 'podzial*', 'na miesiace', 'w rozbiciu', 'rozbicie', 'co miesiac',
      ],
      weight: 0.65,
    },
    { say: revenueWords, weight: 0.25 },
  ],
  not: forecastWords,
  slots(q) {
    const found = q.period('past');
    return found ? { said: { period: found.period }, tokens: found.tokens, bonus: 0.05 } : { said: {} };
  },
  complete: (said, q) => ({ period: said.period ?? trailingYear(q.today) }),
  answer(turn, { about, slots }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const months = monthlyRevenue(turn.portfolio, account, countedPeriod(turn, slots.period));
    const monthName = (m: string) => monthFormat(turn.locale).format(new Date(`${m}-01T00:00:00Z`));
    const lines = months.map((m) => `${monthName(m.month)}: ${m.orders ? `${moneyOf(turn, account, m.total)} · ${turn.t.orders(m.orders)}` : '—'}`);
    const total = months.reduce((s, m) => s + m.total, 0);
    const sample = months.find((m) => m.sample)?.sample;
    return [
      reply()
        .text(t.monthlyHeadline(account.name, periodOf(turn, slots.period), moneyOf(turn, account, total)))
        .list(lines)
        .sources([recordsSource(turn, 'transactions', ['date', 'amount'], sample)])
        .build(),
    ];
  },
});

import { revenueTrend } from '../../accounts/revenue.js';
import { reply } from '../../reply.js';
import { changeOf, moneyOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { forecastWords, revenueWords } from '../words.js';

/** "Is Initech buying less than last year?": the last 12 months against the 12 before, and the last quarter against a year ago. */
export const revenueTrendIntent = defineIntent({
  name: 'revenue.trend',
  subject: 'account',
  cues: [
    {
      say: [
        'trend*', 'year over year', 'year on year', 'yoy', 'y o y', 'grow*', 'declin*', 'decreas*', 'increas*', 'falling', 'dropping', 'drop*', 'shrink*',
        'buying less', 'buying more', 'ordering less', 'ordering more', 'less than last year', 'more than last year', 'vs last year', 'versus last year',
        'compared to last year', 'compare last year', 'compare with last year', 'against last year', 'than a year ago', 'going up', 'going down',
        'dynamik*', 'rok do roku', 'r r', 'spad*', 'rosn*', 'rosnie', 'wzrost*', 'wzrasta*', 'maleje', 'malej*', 'kupuje mniej', 'kupuje wiecej',
        'mniej niz rok temu', 'wiecej niz rok temu', 'tendencj*', 'zmiana',
      ],
      weight: 0.6,
    },
    { say: revenueWords, weight: 0.25 },
  ],
  not: forecastWords,
  answer(turn, { about }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const trend = revenueTrend(turn.portfolio, account, todayOf(turn));
    const r = reply().text(t.trendHeadline(account.name, t.directions[trend.direction]));
    const fields = [{ label: t.last12Months, value: `${moneyOf(turn, account, trend.last12.total)} · ${turn.t.orders(trend.last12.orders)}` }];
    fields.push({ label: t.previous12Months, value: `${moneyOf(turn, account, trend.previous12.total)} · ${turn.t.orders(trend.previous12.orders)}` });
    if (trend.change !== undefined) fields.push({ label: t.changeYearOnYear, value: changeOf(turn, trend.change) });
    fields.push({
      label: t.last3Months,
      value: `${moneyOf(turn, account, trend.last3.total)}${trend.change3 !== undefined ? ` (${t.vsYearAgo(changeOf(turn, trend.change3))})` : ''}`,
    });
    return [r.fields(fields).sources([recordsSource(turn, 'transactions', ['date', 'amount'], trend.last12.sample ?? trend.previous12.sample)]).build()];
  },
});

import { orderingRhythmOf, type OrderingRhythm } from '../../accounts/rhythm.js';
import type { Turn } from '../../conversation.js';
import type { Account } from '../../model.js';
import { reply, type Reply } from '../../reply.js';
import { dateOf, moneyOf, recordSource, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { orderWords } from '../words.js';

/** "When did Globex last order?": the last order, how long ago, and whether that fits the usual rhythm. */
export const lastOrderIntent = defineIntent({
  name: 'orders.last',
  subject: 'account',
  cues: [
    { say: orderWords, weight: 0.4 },
    { say: ['last', 'latest', 'most recent', 'recent', 'previous', 'when did', 'ostatni*', 'ostatnio', 'najnowsz*', 'kiedy'], weight: 0.35 },
    { say: ['last one', 'ostatnie'], weight: 0.5, after: ['orders.rhythm'] },
  ],
  answer: (turn, { about }) => (about.kind === 'account' ? [ordersReply(turn, about.account, 'last')] : []),
});

/** "How often does Acme order?": the median gap between order days over the last 12 months. */
export const orderRhythmIntent = defineIntent({
  name: 'orders.rhythm',
  subject: 'account',
  cues: [
    { say: orderWords, weight: 0.45 },
    {
      say: [
        'how often', 'often', 'frequen*', 'rhythm', 'cadence', 'usual*', 'regular*', 'interval*', 'pattern', 'every how many', 'jak czesto', 'czesto',
        'czestotliw*', 'rytm*', 'regularn*', 'zwykle', 'zazwyczaj', 'co ile', 'cykl*',
      ],
      weight: 0.4,
    },
  ],
  answer: (turn, { about }) => (about.kind === 'account' ? [ordersReply(turn, about.account, 'rhythm')] : []),
});

function ordersReply(turn: Turn, account: Account, lead: 'last' | 'rhythm'): Reply {
  const t = turn.t.qa;
  const rhythm = orderingRhythmOf(turn.portfolio, account, todayOf(turn));
  const r = reply();
  if (!rhythm.lastOrder) return r.text(t.noOrders(account.name)).sources([recordsSource(turn, 'transactions', ['account_id'])]).build();
  const last = t.lastOrder(account.name, dateOf(turn, rhythm.lastOrder.date), moneyOf(turn, account, rhythm.lastOrder.amount), rhythm.daysSinceLastOrder ?? 0);
  const usual = rhythmLine(turn, rhythm);
  if (lead === 'last') r.text(last).text(usual);
  else r.text(usual).text(last);
  if (rhythm.status === 'late' || rhythm.status === 'overdue') r.context(t.rhythmStatus[rhythm.status]);
  return r
    .sources([recordSource(turn, rhythm.lastOrder, ['date', 'amount']), recordsSource(turn, 'transactions', ['date'], rhythm.lastOrder)])
    .build();
}

function rhythmLine(turn: Turn, rhythm: OrderingRhythm): string {
  const t = turn.t.qa;
  if (rhythm.usualGapDays === undefined) return t.tooFewOrders(rhythm.ordersLast12Months);
  return t.usualRhythm(rhythm.usualGapDays, rhythm.ordersLast12Months);
}

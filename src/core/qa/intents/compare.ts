import { lastOrderOf } from '../../accounts/facts.js';
import { revenueTrend } from '../../accounts/revenue.js';
import { renewalOf } from '../../accounts/renewal.js';
import type { Turn } from '../../conversation.js';
import type { Account } from '../../model.js';
import { qbrCalendarOf } from '../../qbr/calendar.js';
import { qbrChangesIn, type QbrChanges } from '../../qbr/changes.js';
import { qbrSource, presentSources } from '../../qbr/sources.js';
import { reply } from '../../reply.js';
import { accountSource, changeOf, dateOf, moneyOf, recordsSource, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/** "Compare Globex and Acme", "Globex vs Initech": the two side by side, each in its own currency. */
export const compareIntent = defineIntent({
  name: 'accounts.compare',
  subject: 'two-accounts',
  cues: [
    { say: ['compar*', 'vs', 'versus', 'against', 'side by side', 'porown*', 'zestaw*', 'wobec', 'kontra'], weight: 0.6 },
    { say: ['bigger', 'larger', 'which is more', 'buys more', 'wiekszy', 'wieksza', 'wiecej kupuje'], weight: 0.4 },
  ],
  async answer(turn, { about }) {
    if (about.kind !== 'accounts') return [];
    const [a, b] = about.accounts;
    const t = turn.t.qa;
    const changes = await qbrChangesIn(turn.state);
    const [left, right] = [rowsOf(turn, a, changes), rowsOf(turn, b, changes)];
    const rows = left.rows.map((row, i) => ({ label: row.label, value: `${row.value} | ${right.rows[i].value}` }));
    const r = reply().heading(`${a.name} | ${b.name}`).fields(rows);
    if (a.currency !== b.currency) r.context(t.differentCurrencies);
    return [
      r
        .sources([
          accountSource(turn, a, ['arr', 'renewal_date', 'nps', 'last_qbr_date']),
          accountSource(turn, b, ['arr', 'renewal_date', 'nps', 'last_qbr_date']),
          recordsSource(turn, 'transactions', ['date', 'amount']),
          ...presentSources([left.qbrSource, right.qbrSource]),
        ])
        .build(),
    ];
  },
});

/** One column of the comparison; the last QBR is the QBR calendar's (held ones recorded in chat count). */
function rowsOf(turn: Turn, account: Account, changes: QbrChanges): { rows: { label: string; value: string }[]; qbrSource?: ReturnType<typeof qbrSource> } {
  const t = turn.t;
  const today = todayOf(turn);
  const trend = revenueTrend(turn.portfolio, account, today);
  const renewal = renewalOf(account, today);
  const lastOrder = lastOrderOf(turn.portfolio, account.id, today);
  const lastQbr = qbrCalendarOf(account, turn.portfolio.activitiesOf(account.id), today, changes[account.id]).last;
  const none = '—';
  const rows = [
    { label: t.arr, value: account.arr !== undefined ? moneyOf(turn, account, account.arr) : none },
    { label: t.revenue12m, value: moneyOf(turn, account, trend.last12.total) },
    { label: t.qa.changeYearOnYear, value: trend.change !== undefined ? changeOf(turn, trend.change) : none },
    { label: t.renewal, value: renewal ? t.renewalIn(renewal.date, renewal.daysLeft, turn.locale) : none },
    { label: t.lastOrder, value: lastOrder ? dateOf(turn, lastOrder.date) : none },
    { label: t.lastQbr, value: lastQbr ? dateOf(turn, lastQbr.date) : none },
    { label: t.nps, value: account.nps !== undefined ? String(account.nps) : none },
    { label: t.tier, value: account.tier ? t.tiers[account.tier] : none },
  ];
  return { rows, ...(lastQbr && lastQbr.origin.kind !== 'import' ? { qbrSource: qbrSource(lastQbr.origin, turn.t, turn.locale) } : {}) };
}

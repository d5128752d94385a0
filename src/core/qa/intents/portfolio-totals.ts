import { formatMoney } from '../../i18n/format.js';
import type { Account } from '../../model.js';
import { reply } from '../../reply.js';
import { accountSource } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/**
 * "How many accounts do I have?", "what is our total ARR?", "ile mamy klientów?": how many
 * accounts the asker covers and their ARR added up, per currency (the data holds no
 * exchange rates), with the accounts that have no ARR on record.
 */
export const portfolioTotalsIntent = defineIntent({
  name: 'portfolio.totals',
  subject: 'portfolio',
  cues: [
    { say: ['how many', 'number of', 'count', 'total', 'totals', 'sum', 'altogether', 'in total', 'combined', 'ile', 'liczba', 'lacznie', 'laczn*', 'suma', 'razem'], weight: 0.4 },
    { say: ['account*', 'client*', 'customer*', 'arr', 'portfolio', 'book of business', 'konta', 'kont', 'klient*', 'klientow', 'portfel*'], weight: 0.3 },
  ],
  // "How many accounts are at risk?" and "how many renew…" are the health and renewal questions.
  not: ['at risk', 'risk*', 'on watch', 'zagroz*', 'renew*', 'odnowien*', 'odnawia*', 'contact*', 'kontakt*'],
  // Naming accounts ("total ARR of Globex and Fabrikam") makes it a question about them.
  slots: (q) => ({ said: {}, bonus: q.accounts.length ? -0.5 : 0 }),
  answer(turn, { about }) {
    if (about.kind !== 'portfolio') return [];
    const t = turn.t.qa;
    const byCurrency = new Map<string, { total: number; accounts: number }>();
    let withoutArr = 0;
    let sample: Account | undefined;
    for (const account of about.accounts) {
      if (account.arr === undefined) {
        withoutArr++;
        continue;
      }
      sample ??= account;
      const sum = byCurrency.get(account.currency) ?? { total: 0, accounts: 0 };
      sum.total += account.arr;
      sum.accounts++;
      byCurrency.set(account.currency, sum);
    }
    // The currency with the most accounts first, as the lists of accounts rank them.
    const currencies = [...byCurrency].sort((a, b) => b[1].accounts - a[1].accounts || a[0].localeCompare(b[0]));
    const r = reply()
      .text(t.accountCount(about.accounts.length))
      .fields(currencies.map(([currency, sum]) => ({ label: t.arrIn(currency), value: t.arrAcross(formatMoney(sum.total, currency, turn.locale), sum.accounts) })));
    if (withoutArr) r.text(t.noArrOnRecord(withoutArr));
    if (currencies.length > 1) r.context(t.totalsPerCurrency);
    return [r.sources(sample ? [accountSource(turn, sample, ['arr', 'currency'])] : []).build()];
  },
});

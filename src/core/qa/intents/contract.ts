import { renewalOf } from '../../accounts/renewal.js';
import { accountFieldsPresent } from '../../accounts/facts.js';
import { reply } from '../../reply.js';
import { accountSource, dateOf, moneyOf, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/** "What's Globex's ARR?", "contract details for Acme": ARR, contract start, renewal and tier. */
export const contractIntent = defineIntent({
  name: 'contract.terms',
  subject: 'account',
  cues: [
    {
      say: [
        'arr', 'annual recurring revenue', 'contract*', 'agreement', 'deal size', 'deal value', 'worth', 'acv', 'umow*', 'kontrakt*', 'wartosc*', 'warty', 'warta',
      ],
      weight: 0.55,
    },
    { say: ['value', 'worth', 'wartosc*', 'warty', 'warta', 'how much is'], weight: 0.2 },
    { say: ['start*', 'signed', 'began', 'begin', 'details', 'terms', 'zaczel*', 'rozpocz*', 'podpisan*', 'warunki', 'szczegol*'], weight: 0.2 },
    // The tier is among the contract's facts: "what tier is Fabrikam?", "segment Wisły".
    { say: ['tier', 'segment'], weight: 0.55 },
  ],
  answer(turn, { about }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const renewal = renewalOf(account, todayOf(turn));
    const fields = [
      { label: turn.t.arr, value: account.arr !== undefined ? moneyOf(turn, account, account.arr) : t.notOnRecord },
      { label: t.contractStart, value: account.contractStart ? dateOf(turn, account.contractStart) : t.notOnRecord },
      { label: turn.t.renewal, value: renewal ? turn.t.renewalIn(renewal.date, renewal.daysLeft, turn.locale) : t.notOnRecord },
      { label: turn.t.tier, value: account.tier ? turn.t.tiers[account.tier] : '' },
    ];
    return [
      reply()
        .heading(account.name)
        .fields(fields)
        .sources([accountSource(turn, account, accountFieldsPresent(account, ['arr', 'currency', 'contractStart', 'renewalDate', 'tier']))])
        .build(),
    ];
  },
});

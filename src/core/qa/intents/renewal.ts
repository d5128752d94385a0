import { renewalOf } from '../../accounts/renewal.js';
import { reply } from '../../reply.js';
import { accountSource, dateOf, moneyOf, todayOf } from '../answers/format.js';
import { defineIntent } from '../intent.js';
import { renewalWords, whenWords } from '../words.js';

/** "When does Globex renew?": the renewal date and the days left. */
export const renewalDateIntent = defineIntent({
  name: 'renewal.date',
  subject: 'account',
  cues: [
    { say: renewalWords, weight: 0.6 },
    { say: [...whenWords, 'days left', 'how many days', 'how long', 'ile dni', 'ile zostalo', 'zostalo'], weight: 0.2 },
    { say: ['renewal', 'its renewal', 'odnowienie'], weight: 0.2, after: ['contract.terms'] },
  ],
  answer(turn, { about }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const renewal = renewalOf(account, todayOf(turn));
    const source = accountSource(turn, account, ['renewal_date', 'arr']);
    if (!renewal) return [reply().text(t.noRenewalDate(account.name)).sources([source]).build()];
    const r = reply().text(t.renewsOn(account.name, dateOf(turn, renewal.date), renewal.daysLeft));
    if (account.arr !== undefined) r.context(t.atStake(moneyOf(turn, account, account.arr)));
    return [r.sources([source]).build()];
  },
});

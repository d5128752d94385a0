import { reply } from '../../reply.js';
import { accountSource } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/** "What is Acme's NPS?", "jaki jest NPS Wisły?": the account's Net Promoter Score as accounts.csv has it. */
export const npsIntent = defineIntent({
  name: 'account.nps',
  subject: 'account',
  cues: [{ say: ['nps', 'net promoter', 'promoter score', 'satisfaction score', 'customer satisfaction', 'zadowolenie klienta'], weight: 0.65 }],
  // NPS across accounts (an average, the lowest) is not one account's figure.
  not: ['average', 'avg', 'mean', 'lowest', 'highest', 'worst', 'best', 'which accounts', 'sredni*', 'najnizsz*', 'najwyzsz*', 'ktore konta', 'ktorzy klienci'],
  answer(turn, { about }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    if (account.nps === undefined) return [reply().text(t.noNps(account.name)).build()];
    return [reply().text(t.npsOf(account.name, account.nps)).sources([accountSource(turn, account, ['nps'])]).build()];
  },
});

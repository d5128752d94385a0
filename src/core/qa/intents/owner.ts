import { reply } from '../../reply.js';
import { accountSource } from '../answers/format.js';
import { defineIntent } from '../intent.js';

/** "Who owns Initech?", "who is the KAM for Globex?", "kto prowadzi Wisłę?": the owner and the rest of the account team. */
export const accountOwnerIntent = defineIntent({
  name: 'account.owner',
  subject: 'account',
  cues: [
    {
      say: [
        'who owns', 'owner', 'owned by', 'whose account', 'who manages', 'who runs', 'who handles', 'who looks after', 'who covers', 'who is responsible for',
        'account manager', 'key account manager', 'kam', 'account team', 'kto prowadzi', 'kto obsluguje', 'kto odpowiada za', 'opiekun*', 'wlasciciel*', 'zespol klienta',
      ],
      weight: 0.6,
    },
    { say: ['who', 'kto'], weight: 0.15 },
  ],
  // "Who owns the open items for Globex?" is about the plan.
  not: ['open item*', 'item', 'items', 'otwart*', 'spraw*'],
  answer(turn, { about }) {
    if (about.kind !== 'account') return [];
    const { account } = about;
    const t = turn.t.qa;
    const person = (email: string) => {
      const user = turn.portfolio.user(email);
      return user?.name ? `${user.name} (${email})` : email;
    };
    const team = account.teamEmails.filter((e) => e.toLowerCase() !== account.ownerEmail.toLowerCase()).map(person);
    return [
      reply()
        .text(t.ownedBy(account.name, person(account.ownerEmail)))
        .text(team.length ? t.onTheTeam(team.join(', ')) : t.noTeam)
        .sources([accountSource(turn, account, team.length ? ['owner_email', 'team_emails'] : ['owner_email'])])
        .build(),
    ];
  },
});

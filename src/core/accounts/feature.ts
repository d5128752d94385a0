import type { Feature } from '../conversation.js';
import { normalize } from '../text.js';
import { accountOverview } from './overview.js';
import { withAccount } from './pick.js';

/** `/account <name>` and "tell me about <name>": the account overview. */
export const accountsFeature: Feature = {
  name: 'accounts',
  commands: {
    account: (turn, args) => withAccount(turn, args, 'account', async (account) => [accountOverview(turn, account)]),
  },
  understand(turn, text) {
    const match = /^(?:tell me about|show(?: me)?|overview(?: of)?|how is|what about|opowiedz (?:mi )?o|poka[zż](?: mi)?|co z|jak (?:się )?ma(?: się)?)\s+(.+?)\??$/i.exec(text.trim());
    const name = match?.[1] ?? text;
    const resolution = turn.resolve(name);
    if (resolution.kind !== 'found') return [];
    const exact = normalize(name) === normalize(resolution.account.name) || normalize(name) === resolution.account.id;
    return [
      {
        intent: 'account.overview',
        confidence: match ? 0.7 : exact ? 0.55 : 0.4,
        entities: { accountId: resolution.account.id },
        answer: async () => {
          turn.remember({ accountId: resolution.account.id, topic: 'overview' });
          return [accountOverview(turn, resolution.account)];
        },
      },
    ];
  },
  help: (t) => ({ commands: [t.helpCommands[0]], examples: [t.helpExamples[0], t.helpExamples[1]] }),
};

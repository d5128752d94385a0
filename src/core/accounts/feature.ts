import type { Feature } from '../conversation.js';
import { accountOverview } from './overview.js';
import { withAccount } from './pick.js';

/**
 * `/account <name>`: the account overview. Free text ("tell me about Globex")
 * is read by account Q&A (src/core/qa), which answers with the same overview.
 */
export const accountsFeature: Feature = {
  name: 'accounts',
  commands: {
    account: (turn, args) => withAccount(turn, args, 'account', async (account) => [await accountOverview(turn, account)]),
  },
  help: (t) => ({ commands: [t.helpCommands[0]], examples: [t.helpExamples[0], t.helpExamples[1]] }),
};

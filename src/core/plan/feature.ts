import type { Feature, Turn } from '../conversation.js';
import type { Account } from '../model.js';
import { reply, type Reply } from '../reply.js';
import { withAccount } from '../accounts/pick.js';
import { changesReply } from './changes.js';
import { continueWalk, pressPlanButton } from './intercept.js';
import { completenessReply, planReadings } from './qa.js';
import type { PlanSetup } from './setup.js';
import { exportReply } from './steps.js';
import { activeWalk } from './walk.js';
import { openPlan } from './walkthrough.js';
import { accountIn } from '../accounts/access.js';

/** What may follow the account's name in `/account-plan <account> …`. */
const trailing = /\s+(status|progress|postęp|postep|changes|zmiany|export|eksport)(?:\s+(md|markdown|json))?$/i;

async function planCommand(turn: Turn, setup: PlanSetup, args: string): Promise<Reply[]> {
  const match = trailing.exec(` ${args.trim()}`);
  const name = match ? ` ${args.trim()}`.slice(0, match.index).trim() : args.trim();
  const verb = match?.[1].toLowerCase();
  const then = async (account: Account): Promise<Reply[]> => {
    if (verb === 'status' || verb === 'progress' || verb === 'postęp' || verb === 'postep') return [await completenessReply(turn, setup, account)];
    if (verb === 'changes' || verb === 'zmiany') return [await changesReply(turn, setup, account)];
    if (verb) return exportReply(turn, setup, account, match?.[2]?.toLowerCase() === 'json' ? 'json' : 'md');
    return openPlan(turn, setup, account);
  };
  if (!name) {
    // Without a name: the plan being worked through, else the account the conversation is about.
    const walk = await activeWalk(turn.state, turn.user.email);
    const active = walk ? accountIn(turn.visible(), walk.accountId) : undefined;
    if (active) return then(active);
    if (!turn.memory.accountId) return [reply().text(turn.t.plan.usage).onlyForAsker().build()];
  }
  return withAccount(turn, name, 'account-plan', then);
}

/**
 * The account plan: `/account-plan <account>` walks through the question set one
 * question at a time, resumable and shared by the account team; the plan then answers
 * questions ("who are Globex's competitors?", "how complete is the Acme plan?").
 */
export function planFeature(setup: PlanSetup): Feature {
  return {
    name: 'plan',
    commands: { 'account-plan': (turn, args) => planCommand(turn, setup, args) },
    actions: { plan: (turn, action) => pressPlanButton(turn, setup, action) },
    intercept: (turn, text) => continueWalk(turn, setup, text),
    understand: (turn, text) =>
      planReadings(turn, setup, text, async (named) => {
        if (named) {
          turn.remember({ accountId: named.id, topic: 'plan' });
          return openPlan(turn, setup, named);
        }
        return planCommand(turn, setup, '');
      }),
    help: (t) => ({ commands: [t.plan.helpCommand], examples: t.plan.helpExamples }),
  };
}

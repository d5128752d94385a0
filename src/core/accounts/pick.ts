import type { Turn } from '../conversation.js';
import type { Account } from '../model.js';
import { reply, type Reply } from '../reply.js';
import { accountIn } from './access.js';

/**
 * Runs `then` with the account the user named. When the name is unclear, asks
 * which one with buttons that repeat the command with the chosen account; when
 * nothing matches, says so and offers the closest accounts the user may see.
 * An empty name means "the account we were just talking about".
 */
export async function withAccount(
  turn: Turn,
  query: string,
  command: string,
  then: (account: Account) => Promise<Reply[]>,
): Promise<Reply[]> {
  const name = query.trim();
  if (!name) {
    const remembered = turn.memory.accountId ? accountIn(turn.visible(), turn.memory.accountId) : undefined;
    if (remembered) return then(remembered);
    return [reply().text(turn.t.accountUsage).onlyForAsker().build()];
  }
  const found = turn.resolve(name);
  if (found.kind === 'found') {
    turn.remember({ accountId: found.account.id });
    return then(found.account);
  }
  if (found.kind === 'ambiguous') {
    return [chooseAccount(turn.t.accountAmbiguous(name), found.candidates, command)];
  }
  if (!turn.visible().length) return [reply().text(turn.t.noAccounts).onlyForAsker().build()];
  if (found.suggestions.length) return [chooseAccount(turn.t.accountNotFoundSuggest(name), found.suggestions, command)];
  return [reply().text(turn.t.accountNotFound(name)).onlyForAsker().build()];
}

/** A question with one button per account; each button repeats the command for that account. */
export function chooseAccount(question: string, accounts: Account[], command: string): Reply {
  return reply()
    .text(question)
    .buttons(accounts.map((a) => ({ label: a.name, action: { id: 'ask', value: `/${command} ${a.id}` } })))
    .onlyForAsker()
    .build();
}

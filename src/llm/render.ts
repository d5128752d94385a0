import { accountOverview } from '../core/accounts/overview.js';
import type { Turn } from '../core/conversation.js';
import { reply, textReply, type Reply } from '../core/reply.js';
import type { AgentOutcome } from './agent.js';
import { mentionedAccount } from './mentioned.js';

/** The model's answer, with the sources of every fact its tools read and a note on how it was made. */
export function answerReplies(turn: Turn, outcome: Extract<AgentOutcome, { ok: true }>): Reply[] {
  const lookups = outcome.toolsCalled.length;
  return [
    reply()
      .text(outcome.text)
      .sources(outcome.sources)
      .context(lookups ? turn.t.llmAnsweredNote(lookups) : turn.t.llmNoDataNote)
      .build(),
  ];
}

/**
 * When the model fails: the answer Acre can give without it, with a note saying why.
 * If the question names an account, its overview; otherwise an honest "not now".
 */
export async function fallbackReplies(turn: Turn, question: string, outcome: Extract<AgentOutcome, { ok: false }>): Promise<Reply[]> {
  const why = turn.t.llmFailed[outcome.failure.kind];
  const account = mentionedAccount(turn, question);
  if (!account) return [textReply(turn.t.llmFallbackNothing(why))];
  turn.remember({ accountId: account.id });
  return [textReply(turn.t.llmFallbackOverview(why, account.name)), await accountOverview(turn, account)];
}

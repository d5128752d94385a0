import type { Turn } from '../core/conversation.js';
import type { Account, Provenance } from '../core/model.js';

export type Scoped = { account: Account } | { problem: { error: 'not_found' | 'ambiguous'; account: string; candidates?: { id: string; name: string }[] } };

/**
 * The account a tool was asked about, by id or name, among the accounts the asker may
 * see. An account they may not see gets exactly the answer a non-existent one gets.
 */
export function accountFor(turn: Turn, ref: string): Scoped {
  const wanted = ref.trim();
  const visible = turn.visible();
  const byId = visible.find((a) => a.id.toLowerCase() === wanted.toLowerCase());
  if (byId) return { account: byId };
  const found = turn.resolve(wanted);
  if (found.kind === 'found') return { account: found.account };
  if (found.kind === 'ambiguous') {
    return { problem: { error: 'ambiguous', account: wanted, candidates: found.candidates.map((a) => ({ id: a.id, name: a.name })) } };
  }
  return { problem: { error: 'not_found', account: wanted } };
}

/** Where a record came from, in the form the model is asked to cite: "demo/activities.csv, imported 2026-11-25". */
export const citation = (source: Provenance): string => `${source.file}, imported ${source.importedAt.slice(0, 10)}`;

/** The user's name for an e-mail, when users.csv has one. */
export function personName(turn: Turn, email: string): string {
  return turn.portfolio.user(email)?.name ?? email;
}

import { expect } from 'vitest';
import { blockKitProblems } from './block-kit-limits.js';
import type { RecordedCall } from './fake-slack.js';
import { apiCallProblems } from './slack-contract.js';

/** Every call Acre made is one Slack would accept: a real method with its required arguments, and blocks within limits. */
export function expectValidForSlack(calls: RecordedCall[]): void {
  for (const call of calls) {
    if (call.rateLimited) continue;
    expect(apiCallProblems(call), `${call.method} ${JSON.stringify(call.args).slice(0, 200)}`).toEqual([]);
    if (call.kind === 'response_url' && call.args.delete_original) continue;
    if (call.kind === 'response_url' || call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral' || call.method === 'chat.update') expect(blockKitProblems(call.args), call.method).toEqual([]);
    if (call.method === 'views.publish') expect(blockKitProblems(call.args.view as object, 'view'), call.method).toEqual([]);
  }
}

type Blocks = { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];

/** The buttons of a posted message, as Slack would show them. */
export const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.blocks as Blocks | undefined) ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

import { describe, expect, it } from 'vitest';
import { blockKitProblems } from './block-kit-limits.js';
import type { RecordedCall } from './fake-slack.js';
import { apiCallProblems, knownToSpec } from './slack-contract.js';

const call = (method: string, args: Record<string, unknown>, authorization?: string): RecordedCall => ({
  kind: 'api', method, args, headers: authorization ? { authorization } : {}, at: 0,
});

/** The checks the end-to-end tests rely on do catch what Slack would refuse. */
describe('the Slack contract checks', () => {
  it('flag an unknown method and a missing required argument, and accept a well-formed call', () => {
    expect(apiCallProblems(call('chat.postMessagee', { channel: 'C1' }, 'Bearer x'))).toEqual(['chat.postMessagee: not a Slack Web API method']);
    expect(apiCallProblems(call('chat.postEphemeral', { channel: 'C1', text: 'hi' }, 'Bearer x'))).toEqual(['chat.postEphemeral: missing user']);
    expect(apiCallProblems(call('chat.postMessage', { channel: 'C1', text: 'hi' }))).toEqual(['chat.postMessage: missing token']);
    expect(apiCallProblems(call('chat.postMessage', { channel: 'C1', text: 'hi' }, 'Bearer x'))).toEqual([]);
  });

  it('check the assistant methods newer than the 2020 spec by hand, and only those', () => {
    expect(knownToSpec('assistant.threads.setStatus')).toBe(false);
    expect(apiCallProblems(call('assistant.threads.setStatus', { channel_id: 'D1', thread_ts: '1.2' }, 'Bearer x'))).toEqual(['assistant.threads.setStatus: missing status']);
    expect(knownToSpec('chat.postMessage')).toBe(true);
  });

  it('flag blocks over Slack\'s limits', () => {
    const button = (id: string) => ({ type: 'button', text: { type: 'plain_text', text: 'Go' }, action_id: id, value: 'v' });
    expect(blockKitProblems({ text: '', blocks: [] })).toEqual(['no plain-text fallback']);
    expect(blockKitProblems({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toEqual(['51 blocks (max 50)']);
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3001) } }] })).toEqual(['block 0 (section): text 3001 chars']);
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'actions', elements: [button('a'), button('a')] }] })).toEqual(['block 0 (actions): action_id a repeated']);
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }] })).toEqual(['block 0 (section): 11 fields']);
  });
});

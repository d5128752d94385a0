import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { webApi } from '@slack/bolt';
import { directMessage } from '../../src/channels/slack/listeners/direct-message.js';
import { slashCommand } from '../../src/channels/slack/listeners/slash-command.js';
import { typedText } from '../../src/channels/slack/places.js';
import type { SlackRuntime } from '../../src/channels/slack/runtime.js';
import { testApp, type TestApp } from '../helpers/app.js';

/** The listeners are plain functions: called here with a fake ack, respond and client, no Bolt and no HTTP. */
let app: TestApp;
let rt: SlackRuntime;
/** What the listeners left to do after acknowledging, run when the test says. */
let queued: (() => Promise<void>)[] = [];
const runQueued = async () => {
  for (const job of queued.splice(0)) await job();
};
beforeAll(async () => {
  app = await testApp({ data: 'crm' });
  rt = { acre: app.acre, store: app.store, logger: app.logger, defaultLocale: 'en', defaultTimezone: 'UTC', later: (_what, job) => void queued.push(job) };
});
afterAll(async () => {
  await app.close();
});

function fakeClient() {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const record = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args });
    return { ok: true };
  };
  const client = { chat: { postMessage: record('chat.postMessage'), postEphemeral: record('chat.postEphemeral') }, users: { info: record('users.info') } } as unknown as webApi.WebClient;
  return { client, calls };
}

type Args<F extends (...a: never[]) => unknown> = Parameters<F>[0];

describe('slash command listener', () => {
  it('acknowledges before anything else, and responds with the core\'s answer only after', async () => {
    const happened: string[] = [];
    const { client } = fakeClient();
    const listener = slashCommand(rt);
    await listener({
      command: { command: '/account', text: '  oakridge ', user_id: 'U100KATE', channel_id: 'C100DEALS', team_id: 'T100NORTH' },
      ack: async () => void happened.push('ack'),
      respond: async (m: unknown) => {
        happened.push(`respond ${JSON.stringify(m).includes('Oakridge Mills') ? 'Oakridge Mills' : '?'}`);
        return new Response();
      },
      client,
    } as unknown as Args<typeof listener>);
    expect(happened).toEqual(['ack']);
    await runQueued();
    expect(happened).toEqual(['ack', 'respond Oakridge Mills']);
  });

  it('acknowledges and ignores a payload that is not a slash command', async () => {
    const happened: string[] = [];
    const listener = slashCommand(rt);
    await listener({ command: { command: 'account', text: 'x' }, ack: async () => void happened.push('ack'), respond: async () => happened.push('respond'), client: fakeClient().client } as unknown as Args<typeof listener>);
    expect(queued).toEqual([]);
    expect(happened).toEqual(['ack']);
  });
});

describe('DM listener', () => {
  it.each([
    ['an edit', { type: 'message', subtype: 'message_changed', channel: 'D100KATE', channel_type: 'im', ts: '1.1' }],
    ['a bot\'s post', { type: 'message', bot_id: 'B1', user: 'U1', text: 'hi', channel: 'D100KATE', channel_type: 'im', ts: '1.1' }],
    ['a message in a channel', { type: 'message', user: 'U100KATE', text: 'hi', channel: 'C100DEALS', channel_type: 'channel', ts: '1.1' }],
  ])('does not answer %s', async (_what, event) => {
    const { client, calls } = fakeClient();
    const listener = directMessage(rt);
    await listener({ event, client, context: { botUserId: 'UACREBOT' } } as unknown as Args<typeof listener>);
    await runQueued();
    expect(calls).toEqual([]);
  });
});

describe('what a person typed in Slack, as the core reads it', () => {
  it.each([
    ['<@UACREBOT> how is bluefin?', 'how is bluefin?'],
    ['how is <@UACREBOT|acre> doing with <https://northco.example/blue|Bluefin>?', 'how is doing with Bluefin?'],
    ['ask <@U100MIA> about <#C100DEALS|deals> &amp; renewals &lt;soon&gt;', 'ask @U100MIA about #deals & renewals <soon>'],
    ['mail <mailto:kate@northco.example|kate@northco.example>', 'mail kate@northco.example'],
  ])('%s → %s', (slack, typed) => {
    expect(typedText(slack, 'UACREBOT')).toBe(typed);
  });
});

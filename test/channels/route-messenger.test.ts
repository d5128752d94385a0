import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoutingMessenger } from '../../src/channels/route-messenger.js';
import type { Messenger, Recipient } from '../../src/core/ports.js';
import { textReply, type Reply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';

/** A channel's messenger that records what it was asked to send, and reaches only the people it knows. */
function fakeMessenger(channel: string, reaches: (to: Recipient) => boolean) {
  const sent: { to: Recipient; replies: Reply[] }[] = [];
  const messenger: Messenger = {
    channel,
    send: async (to, replies) => {
      if (!reaches(to)) return { delivered: false, detail: 'unknown person' };
      sent.push({ to, replies });
      return { delivered: true };
    },
  };
  return { messenger, sent };
}

describe('reaching people on the channel they use', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'crm' });
  });
  afterAll(() => app.close());

  it('sends to a person with a Slack id through Slack, and falls back to the next channel that finds them', async () => {
    const slack = fakeMessenger('slack', (to) => to.kind === 'user' && to.email !== 'root@northco.example');
    const teams = fakeMessenger('teams', () => true);
    const routing = new RoutingMessenger([teams.messenger, slack.messenger], () => app.acre.portfolio());
    expect(await routing.send({ kind: 'user', email: 'kate@northco.example' }, [textReply('QBR in 7 days')])).toEqual({ delivered: true });
    expect(slack.sent.map((s) => s.to)).toEqual([{ kind: 'user', email: 'kate@northco.example' }]);
    expect(teams.sent).toEqual([]);
    await routing.send({ kind: 'user', email: 'root@northco.example' }, [textReply('digest')]);
    expect(teams.sent.map((s) => s.to)).toEqual([{ kind: 'user', email: 'root@northco.example' }]);
  });

  it('says why nothing was delivered when no channel runs or none reaches the person', async () => {
    const none = new RoutingMessenger([], () => app.acre.portfolio());
    expect(await none.send({ kind: 'user', email: 'kate@northco.example' }, [])).toEqual({ delivered: false, detail: 'no chat channel is running (configure Slack or Teams)' });
    const slack = fakeMessenger('slack', () => false);
    const routing = new RoutingMessenger([slack.messenger], () => app.acre.portfolio());
    expect(await routing.send({ kind: 'user', email: 'kate@northco.example' }, [])).toEqual({ delivered: false, detail: 'slack: unknown person' });
    expect(await routing.send({ kind: 'channel', channel: 'teams', id: '19:x' }, [])).toEqual({ delivered: false, detail: 'the teams channel is not running' });
  });
});

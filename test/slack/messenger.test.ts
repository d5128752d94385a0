import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reply, textReply } from '../../src/core/reply.js';
import { expectValidForSlack } from './contract.js';
import { slackHarness, type SlackHarness } from './harness.js';
import { NORTHCO } from './recorded.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await slackHarness();
  h.fake.clear();
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expectValidForSlack(h.fake.calls);
  h.fake.clear();
});

const reminder = reply().heading('QBR with Bluefin Shipping Ltd in 20 days').text('Prepare the brief: **renewal** is on 28 Feb 2027.').build();

describe('Slack messenger: reminders and digests', () => {
  it('DMs a person found by slack_user_id in users.csv, without asking Slack', async () => {
    expect(await h.channel.messenger.send({ kind: 'user', email: 'kate@northco.example' }, [reminder])).toEqual({ delivered: true });
    const [post] = h.fake.api('chat.postMessage');
    expect(post.args).toMatchObject({ channel: NORTHCO.kate });
    expect(post.args.text).toContain('QBR with Bluefin Shipping Ltd');
    expect(post.headers.authorization).toBe('Bearer xoxb-northco-test');
    expect(h.fake.api('users.lookupByEmail')).toEqual([]);
  });

  it('finds a person without a Slack id by e-mail (users.lookupByEmail)', async () => {
    h.fake.respondTo('users.lookupByEmail', (a) => (a.email === 'root@northco.example' ? { user: { id: 'U100ROOT' } } : { ok: false, error: 'users_not_found' }));
    expect(await h.channel.messenger.send({ kind: 'user', email: 'root@northco.example' }, [reminder])).toEqual({ delivered: true });
    expect(h.fake.api('users.lookupByEmail')[0].args).toMatchObject({ email: 'root@northco.example' });
    expect(h.fake.api('chat.postMessage')[0].args).toMatchObject({ channel: 'U100ROOT' });
  });

  it('says why when nobody in Slack has that e-mail', async () => {
    expect(await h.channel.messenger.send({ kind: 'user', email: 'gone@northco.example' }, [reminder])).toEqual({ delivered: false, detail: 'users_not_found' });
    expect(h.fake.api('chat.postMessage')).toEqual([]);
  });

  it('posts to a Slack channel, every reply in order, and leaves Teams channels to Teams', async () => {
    const digest = [textReply('Weekly at-risk digest'), reply().list(['Oakridge Mills: renewal in 36 days']).build()];
    expect(await h.channel.messenger.send({ kind: 'channel', channel: 'slack', id: NORTHCO.channel }, digest)).toEqual({ delivered: true });
    expect(h.fake.api('chat.postMessage').map((c) => [c.args.channel, c.args.text])).toEqual([
      [NORTHCO.channel, 'Weekly at-risk digest'],
      [NORTHCO.channel, '• Oakridge Mills: renewal in 36 days'],
    ]);
    expect((await h.channel.messenger.send({ kind: 'channel', channel: 'teams', id: '19:abc@thread.tacv2' }, digest)).delivered).toBe(false);
  });

  it('waits out a 429 for as long as Retry-After says and then delivers: nothing is dropped', async () => {
    h.fake.rateLimit('chat.postMessage', 1);
    const started = Date.now();
    expect(await h.channel.messenger.send({ kind: 'user', email: 'piotr@northco.example' }, [reminder])).toEqual({ delivered: true });
    const attempts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.map((c) => Boolean(c.rateLimited))).toEqual([true, false]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(attempts[1].args).toMatchObject({ channel: NORTHCO.piotr });
  });
});

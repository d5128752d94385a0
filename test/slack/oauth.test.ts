import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KeyvInstallationStore } from '../../src/channels/slack/installations.js';
import { BOT_SCOPES } from '../../src/channels/slack/scopes.js';
import { expectValidForSlack } from './contract.js';
import { BOT } from './fake-slack.js';
import { slackHarness, type SlackHarness } from './harness.js';
import { directMessage, NORTHCO } from './recorded.js';

/** Several workspaces: no bot token, Slack's OAuth install flow, installations in Acre's store. */
let h: SlackHarness;
beforeAll(async () => {
  h = await slackHarness({ SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '100.200', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'state-secret' });
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  expectValidForSlack(h.fake.calls);
  h.fake.clear();
});

describe('Slack across several workspaces', () => {
  it('serves the install flow on the shared HTTP server, asking for the manifest\'s scopes', async () => {
    expect(h.channel.routes).toEqual(['/slack/events', '/slack/install', '/slack/oauth_redirect']);
    const res = await fetch(`${h.base}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin + to.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(to.searchParams.get('client_id')).toBe('100.200');
    expect(to.searchParams.get('scope')!.split(',').sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('stores a workspace\'s installation when Slack redirects back, and answers there with its token', async () => {
    const start = await fetch(`${h.base}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const cookie = start.headers.get('set-cookie')!.split(';')[0];
    h.fake.respondTo('oauth.v2.access', () => ({
      app_id: NORTHCO.app, authed_user: { id: 'U200ADMIN' }, scope: BOT_SCOPES.join(','), token_type: 'bot', access_token: 'xoxb-south-installed',
      bot_user_id: 'U200BOT', team: { id: 'T200SOUTH', name: 'SouthCo' }, enterprise: null, is_enterprise_install: false,
    }));
    h.fake.respondTo('auth.test', () => ({ team_id: 'T200SOUTH', user_id: 'U200BOT', bot_id: 'B200BOT', url: 'https://southco.slack.com/' }));
    const back = await fetch(`${h.base}/slack/oauth_redirect?code=temporary-code&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(back.status).toBe(200);
    expect(h.fake.api('oauth.v2.access')[0].args).toMatchObject({ code: 'temporary-code', client_id: '100.200' });
    expect(await new KeyvInstallationStore(h.app.store).botTokens()).toContain('xoxb-south-installed');

    h.fake.clear();
    const event = directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'tell me about bluefin', eventId: 'Ev300SOUTH1' });
    await h.event({ ...event, team_id: 'T200SOUTH', authorizations: [{ ...event.authorizations[0], team_id: 'T200SOUTH', user_id: 'U200BOT' }] });
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.headers.authorization).toBe('Bearer xoxb-south-installed');
  });

  it('ignores events from a workspace Acre is not installed in', async () => {
    const event = directMessage({ user: NORTHCO.kate, channel: NORTHCO.kateDm, text: 'tell me about bluefin', eventId: 'Ev300NOWHERE' });
    const res = await h.event({ ...event, team_id: 'T999NOWHERE', authorizations: [{ ...event.authorizations[0], team_id: 'T999NOWHERE' }] });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.api('chat.postMessage')).toEqual([]);
  });

  it('sends reminders through whichever installed workspace knows the person', async () => {
    await new KeyvInstallationStore(h.app.store).storeInstallation({
      team: { id: NORTHCO.team }, enterprise: undefined, user: { id: 'U100ADMIN', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-north-installed', scopes: [...BOT_SCOPES], id: BOT.botId, userId: BOT.userId }, tokenType: 'bot', isEnterpriseInstall: false, appId: NORTHCO.app, authVersion: 'v2',
    });
    // Kate is a member of NorthCo's workspace only: SouthCo's Slack does not know her id.
    h.fake.respondTo('chat.postMessage', (a, headers) => (headers.authorization === 'Bearer xoxb-north-installed' ? { channel: a.channel, ts: '1.2' } : { ok: false, error: 'channel_not_found' }));
    const sent = await h.channel.messenger.send({ kind: 'user', email: 'kate@northco.example' }, [{ blocks: [{ kind: 'text', text: 'QBR soon' }] }]);
    expect(sent).toEqual({ delivered: true });
    expect(h.fake.api('chat.postMessage').map((c) => c.headers.authorization)).toEqual(['Bearer xoxb-south-installed', 'Bearer xoxb-north-installed']);
  });
});

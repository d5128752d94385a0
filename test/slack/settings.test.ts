import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocketModeReceiver } from '@slack/bolt';
import { connectToSlack } from '../../src/channels/slack/bolt-app.js';
import { slackSettings, SlackSettingsError } from '../../src/channels/slack/settings.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/ports.js';
import { createHttp } from '../../src/server.js';
import { FakeSlack } from './fake-slack.js';
import { memoryStore } from './memory-store.js';

const config = (env: Record<string, string>) => loadConfig(env, join(tmpdir(), 'acre-no-such.env'));

describe('Slack settings', () => {
  it('uses Socket Mode when SLACK_APP_TOKEN is set: no public URL needed', () => {
    expect(slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual({ transport: { kind: 'socket', appToken: 'xapp-1' }, auth: { kind: 'single', botToken: 'xoxb-1' } });
  });

  it('otherwise listens over HTTP, which needs the signing secret', () => {
    expect(slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).transport).toEqual({ kind: 'http', signingSecret: 's' });
    expect(() => slackSettings(config({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st' }))).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('installs to several workspaces through OAuth when SLACK_CLIENT_ID is set', () => {
    expect(slackSettings(config({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st', SLACK_SIGNING_SECRET: 's' })).auth).toEqual({ kind: 'oauth', clientId: '1.2', clientSecret: 'c', stateSecret: 'st' });
  });

  it('points the Web API client at SLACK_API_URL, with the trailing slash it needs', () => {
    expect(slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api' })).apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('names what is missing when Slack is asked for without credentials', () => {
    expect(() => slackSettings(config({ ACRE_CHANNELS: 'slack' }))).toThrow(SlackSettingsError);
    expect(() => slackSettings(config({ ACRE_CHANNELS: 'slack' }))).toThrow(/SLACK_BOT_TOKEN/);
  });
});

describe('Slack over Socket Mode', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('adds no route to the HTTP server with one workspace, and checks the bot token at start', async () => {
    const http = createHttp();
    const slack = await connectToSlack(slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: fake.apiUrl })), { http, store: memoryStore(), logger: silentLogger });
    expect(slack.routes).toEqual([]);
    expect((slack.bolt as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
    expect(fake.api('auth.test')[0].headers.authorization).toBe('Bearer xoxb-1');
    expect(await slack.botTokens()).toEqual(['xoxb-1']);
  });

  it('serves only the install flow on the HTTP server when installing to several workspaces', async () => {
    const http = createHttp();
    const settings = slackSettings(config({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: fake.apiUrl }));
    const slack = await connectToSlack(settings, { http, store: memoryStore(), logger: silentLogger });
    expect(slack.routes).toEqual(['/slack/install', '/slack/oauth_redirect']);
    expect(await slack.botTokens()).toEqual([]);
  });

  it('fails at start, with Slack\'s reason, when the bot token is refused', async () => {
    fake.respondTo('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const settings = slackSettings(config({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: fake.apiUrl }));
    await expect(connectToSlack(settings, { http: createHttp(), store: memoryStore(), logger: silentLogger })).rejects.toThrow(/invalid_auth/);
  });
});

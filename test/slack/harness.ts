import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningChannel } from '../../src/channels/channel.js';
import { startSlack } from '../../src/channels/slack/index.js';
import { createHttp, listen } from '../../src/server.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { FakeSlack } from './fake-slack.js';
import { asForm, asInteraction, postToSlackEndpoint, SIGNING_SECRET, type Posted } from './signed.js';

export interface SlackHarness {
  app: TestApp;
  fake: FakeSlack;
  channel: RunningChannel;
  /** http://127.0.0.1:<port> of Acre's shared HTTP server. */
  base: string;
  command(fields: Record<string, string>, options?: Parameters<typeof postToSlackEndpoint>[3]): Promise<Posted>;
  event(body: object, options?: Parameters<typeof postToSlackEndpoint>[3]): Promise<Posted>;
  interaction(payload: object, options?: Parameters<typeof postToSlackEndpoint>[3]): Promise<Posted>;
  close(): Promise<void>;
}

/**
 * The real Slack channel, in process: a real Acre on the CRM fixture, Bolt on the
 * shared HTTP server at a random port, and its Web API client pointed at a fake Slack.
 */
export async function slackHarness(env: Record<string, string> = {}): Promise<SlackHarness> {
  const fake = await new FakeSlack().start();
  const app = await testApp({ data: 'crm', env: { SLACK_BOT_TOKEN: 'xoxb-northco-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, ...env } });
  const http = createHttp();
  const channel = await startSlack({ app, http });
  const server: Server = await listen(http, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const events = `${base}/slack/events`;
  return {
    app,
    fake,
    channel,
    base,
    command: (fields, options) => postToSlackEndpoint(events, asForm(fields), 'application/x-www-form-urlencoded', options),
    event: (body, options) => postToSlackEndpoint(events, JSON.stringify(body), 'application/json', options),
    interaction: (payload, options) => postToSlackEndpoint(events, asInteraction(payload), 'application/x-www-form-urlencoded', options),
    close: async () => {
      await channel.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.stop();
      await app.close();
    },
  };
}

import type { AddressInfo } from 'node:net';
import { ExpressReceiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcreApp } from '../../src/app.js';
import { startTeams } from '../../src/channels/teams/index.js';
import { createHttp, listen } from '../../src/server.js';
import { personalMessage, recordedIds } from './activities.js';
import { FakeConnector } from './fake-connector.js';
import { openAcre, tempDataDir } from './harness.js';

describe('Teams and Slack on one HTTP server and PORT', () => {
  const data = tempDataDir();
  let connector: FakeConnector;
  let app: AcreApp;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    app = await openAcre(data.dir);
    const http = createHttp();
    // Mounted the way the Slack channel mounts Bolt: a receiver on the shared express app.
    new ExpressReceiver({ signingSecret: 'slack-signing-secret', app: http, endpoints: '/slack/events' });
    const teams = await startTeams({ app, http });
    const server = await listen(http, 0, '127.0.0.1');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      await teams.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
  });
  afterAll(async () => {
    await close();
    await app.close();
    await connector.close();
    data.remove();
  });

  it('answers Teams at /api/messages while Slack\'s receiver guards /slack/events', async () => {
    const teams = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, 'account bluefin')) });
    expect(teams.status).toBe(200);
    expect(JSON.stringify(connector.messages(recordedIds.personalConversation)[0].body)).toContain('Bluefin Shipping Ltd');
    const slack = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"url_verification","challenge":"x"}' });
    expect(slack.status).toBe(401);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

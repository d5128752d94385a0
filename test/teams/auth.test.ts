import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcreApp } from '../../src/app.js';
import { personalMessage } from './activities.js';
import { FakeConnector } from './fake-connector.js';
import { openAcre, serveTeams, tempDataDir, type TeamsServer } from './harness.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A well-formed JWT no Bot Framework issuer signed. */
const forged = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'made-up' })}.${base64url({ iss: 'https://attacker.example', aud: APP_ID, exp: 4102444800 })}.c2lnbmF0dXJl`;

describe('Teams with an app id: only the Bot Connector may call /api/messages', () => {
  const data = tempDataDir();
  let connector: FakeConnector;
  let app: AcreApp;
  let teams: TeamsServer;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    app = await openAcre(data.dir, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' });
    teams = await serveTeams(app);
  });
  afterAll(async () => {
    await teams.close();
    await app.close();
    await connector.close();
    data.remove();
  });

  it('refuses a request without a token with 401, and answers nothing', async () => {
    const res = await teams.post(personalMessage(connector.url, 'account bluefin'));
    expect(res.status).toBe(401);
    expect(res.body).not.toMatch(/Bluefin|at .*\.js:\d+/);
    expect(connector.calls).toEqual([]);
  });

  it('refuses a token from an issuer the Bot Framework does not use', async () => {
    const res = await teams.post(personalMessage(connector.url, 'account bluefin'), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(connector.calls).toEqual([]);
  });

  it('refuses a token that is not a JWT at all', async () => {
    const res = await teams.post(personalMessage(connector.url, 'account bluefin'), { authorization: 'Bearer nonsense' });
    expect(res.status).toBe(401);
    expect(connector.calls).toEqual([]);
  });
});

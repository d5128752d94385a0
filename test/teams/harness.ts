import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AcreApp } from '../../src/app.js';
import type { RunningChannel } from '../../src/channels/channel.js';
import { startTeams } from '../../src/channels/teams/index.js';
import { loadConfig } from '../../src/config.js';
import { FixedClock, silentLogger } from '../../src/core/ports.js';
import { importCsv } from '../../src/store/import/index.js';
import { createHttp, listen } from '../../src/server.js';
import { CRM_FIXTURE, TEST_NOW } from '../helpers/app.js';

/** Kate's AAD object id: the one in the recorded Teams activities, so those activities come from her. */
export const KATE_AAD = '00000000-1111-2222-3333-444444444444';

/**
 * The CRM fixture with Kate's Teams id filled in; Piotr has none, so he is found
 * by the e-mail Teams gives for him.
 */
function crmWithTeamsIds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'acre-teams-crm-'));
  cpSync(CRM_FIXTURE, dir, { recursive: true });
  const users = readFileSync(join(dir, 'users.csv'), 'utf8').replace(/^(kate@northco\.example,.*,U100KATE,)$/m, `$1${KATE_AAD}`);
  writeFileSync(join(dir, 'users.csv'), users);
  return dir;
}

/** A real Acre on a temporary SQLite folder at the tests' fixed time; opening it again on the same folder is a restart. */
export async function openAcre(dataDir: string, env: Record<string, string> = {}): Promise<AcreApp> {
  const config = loadConfig({ ACRE_DATA_DIR: dataDir, ACRE_DEMO: 'off', ...env }, join(dataDir, 'no.env'));
  const clock = new FixedClock(TEST_NOW);
  const app = await createApp(config, { logger: silentLogger, clock });
  if ((await app.acre.portfolio()).version === 0) {
    const crm = crmWithTeamsIds();
    const result = await importCsv(app.acre, [crm], { now: clock.now() });
    rmSync(crm, { recursive: true, force: true });
    if (!result.ok) throw new Error(`fixture import failed: ${JSON.stringify(result.problems)}`);
  }
  return app;
}

export interface TeamsServer {
  app: AcreApp;
  channel: RunningChannel;
  url: string;
  /** POSTs an activity to /api/messages as the Bot Connector would. */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** The express app with the Teams channel, listening on a random port, as `acre start` runs it. */
export async function serveTeams(app: AcreApp): Promise<TeamsServer> {
  const http = createHttp();
  const channel = await startTeams({ app, http });
  const server: Server = await listen(http, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    channel,
    url,
    post: async (activity, headers = {}) => {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      return { status: res.status, body: await res.text() };
    },
    close: async () => {
      await channel.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'acre-teams-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AcreApp, type AppOptions } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Input } from '../../src/core/conversation.js';
import { FixedClock, silentLogger } from '../../src/core/ports.js';
import { plainText, type Reply } from '../../src/core/reply.js';
import { importCsv } from '../../src/store/import/index.js';

/** The instant tests run at: the day the demo data and the CRM fixture were written for. */
export const TEST_NOW = new Date('2026-11-25T10:00:00Z');
export const CRM_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'crm');

export interface TestApp extends AcreApp {
  clock: FixedClock;
  dataDir: string;
  /** Sends a message as a user and returns the replies as plain text. */
  say(email: string, text: string, extra?: Partial<Input>): Promise<string>;
  replies(email: string, text: string, extra?: Partial<Input>): Promise<Reply[]>;
}

/**
 * A real Acre on a temporary SQLite file (or the store env names), at a fixed time,
 * loaded with the demo portfolio or the small CRM fixture.
 */
export async function testApp(
  options: {
    data?: 'demo' | 'crm' | 'empty';
    env?: Record<string, string>;
    app?: Partial<AppOptions>;
    /** A data folder the caller owns and removes: open it twice to test a restart. Kept on close. */
    dataDir?: string;
  } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'acre-test-'));
  const ownFolder = options.dataDir === undefined;
  const data = options.data ?? 'crm';
  const config: Config = loadConfig({ ACRE_DATA_DIR: dataDir, ACRE_DEMO: data === 'demo' ? 'auto' : 'off', ...options.env }, join(dataDir, 'no.env'));
  const clock = new FixedClock(TEST_NOW);
  const app = await createApp(config, { logger: silentLogger, clock, ...options.app });
  if (data === 'crm' && (await app.acre.portfolio()).version === 0) {
    const result = await importCsv(app.acre, [CRM_FIXTURE], { now: clock.now() });
    if (!result.ok) throw new Error(`fixture import failed: ${JSON.stringify(result.problems)}`);
  }
  const replies = (email: string, text: string, extra: Partial<Input> = {}) =>
    app.acre.handle({ channel: 'console', identity: { email }, conversationId: 'test', shared: false, text, ...extra });
  return {
    ...app,
    clock,
    dataDir,
    replies,
    say: async (email, text, extra) => (await replies(email, text, extra)).map((r) => plainText(r)).join('\n\n'),
    close: async () => {
      await app.close();
      if (ownFolder) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

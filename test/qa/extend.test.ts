import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Acre } from '../../src/core/acre.js';
import { Portfolio } from '../../src/core/portfolio.js';
import { FixedClock, silentLogger } from '../../src/core/ports.js';
import { accountQuestionsFeature } from '../../src/core/qa/feature.js';
import { defineIntent, intentFeature } from '../../src/core/qa/index.js';
import { plainText, reply } from '../../src/core/reply.js';
import { demoPortfolio } from '../../src/store/demo.js';
import { openStore, type OpenStore } from '../../src/store/keyv-store.js';
import { TEST_NOW } from '../helpers/app.js';

/** Another feature adds a question to the router with the toolkit, without touching account Q&A. */
const npsIntent = defineIntent({
  name: 'account.nps',
  subject: 'account',
  cues: [{ say: ['nps', 'net promoter*', 'satisfaction', 'zadowolen*'], weight: 0.7 }],
  answer: (turn, { about }) => (about.kind === 'account' ? [reply().text(`NPS of ${about.account.name}: ${about.account.nps ?? '—'}`).build()] : []),
});
const npsFeature = intentFeature({ name: 'nps', intents: [npsIntent], help: () => ({ commands: [], examples: ["what's the NPS of Globex?"] }) });

describe('a feature that adds an intent with the NLU toolkit', () => {
  let dir: string;
  let store: OpenStore;
  let acre: Acre;
  const say = async (email: string, text: string) =>
    (await acre.handle({ channel: 'console', identity: { email }, conversationId: 'extend', shared: false, text })).map((r) => plainText(r)).join('\n');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'acre-extend-'));
    store = await openStore({ dataDir: dir });
    const portfolio = new Portfolio(demoPortfolio(TEST_NOW), 1, TEST_NOW.toISOString());
    acre = new Acre({
      portfolio: { load: async () => portfolio, replace: async () => portfolio },
      state: store,
      clock: new FixedClock(TEST_NOW),
      logger: silentLogger,
      features: [accountQuestionsFeature, npsFeature],
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets the typo-tolerant account lookup, permissions and follow-ups for free', async () => {
    expect(await say('ben.carter@acre.example', "what's the NPS of globx?")).toBe('NPS of Globex Corporation: 64');
    expect(await say('ben.carter@acre.example', 'and northwind?')).toBe('NPS of Northwind Logistics: 8');
    expect(await say('anna.kowalska@acre.example', 'net promoter score of Globex')).toContain('Nie znalazłem klienta „Globex”');
  });

  it('leaves the account questions as they were', async () => {
    expect(await say('ben.carter@acre.example', 'when does Globex renew?')).toContain('Globex Corporation renews on 30 Sept 2027');
  });
});

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
const industryIntent = defineIntent({
  name: 'account.industry',
  subject: 'account',
  cues: [{ say: ['industry', 'sector', 'branza', 'branzy', 'sektor*'], weight: 0.7 }],
  answer: (turn, { about }) => (about.kind === 'account' ? [reply().text(`Industry of ${about.account.name}: ${about.account.industry ?? '—'}`).build()] : []),
});
const industryFeature = intentFeature({ name: 'industry', intents: [industryIntent], help: () => ({ commands: [], examples: ["what's Globex's industry?"] }) });

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
      features: [accountQuestionsFeature, industryFeature],
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets the typo-tolerant account lookup, permissions and follow-ups for free', async () => {
    expect(await say('ben.carter@acre.example', "what's the industry of globx?")).toBe('Industry of Globex Corporation: manufacturing');
    expect(await say('ben.carter@acre.example', 'and northwind?')).toBe('Industry of Northwind Logistics: logistics');
    expect(await say('anna.kowalska@acre.example', 'which sector is Globex in')).toContain('Nie znalazłem klienta „Globex”');
  });

  it('leaves the account questions as they were', async () => {
    expect(await say('ben.carter@acre.example', 'when does Globex renew?')).toContain('Globex Corporation renews on 30 Sept 2027');
  });
});

import { describe, expect, it } from 'vitest';
import { bookQbr } from '../../src/core/qbr/changes.js';
import type { KeyValueStore } from '../../src/core/ports.js';
import { testApp } from '../helpers/app.js';
import { CHLOE, MARIA } from '../risk/helpers.js';
import { loadQuestionSets } from '../../src/core/plan/questions.js';
import { defaultRiskSettings } from '../../src/core/risk/index.js';
import { allTools } from '../../src/llm/index.js';
import { turnFor } from '../llm/setup.js';

/** Chloe booked Coho Winery's QBR in chat on 20 Nov for 24 Nov, the day before the test's today: held since. */
const bookCohoQbrHeldYesterday = (store: KeyValueStore) =>
  bookQbr(store, { accountId: 'acc-coho-winery', by: CHLOE, now: new Date('2026-11-20T09:00:00Z'), today: '2026-11-20' }, '2026-11-24', undefined);

const healthLine = (text: string) => /Health: (\d+)\/100 · (at risk|watch|healthy)/.exec(text)?.slice(1, 3);

describe('the account overview\'s QBR and health lines agree with the health answer', () => {
  it('after a QBR booked in chat and since held: the overview shows it, with its source, and the same score', async () => {
    const app = await testApp({ data: 'demo' });
    try {
      expect(await app.say(CHLOE, '/account coho winery')).toContain('Health: 79/100 · watch');
      await bookCohoQbrHeldYesterday(app.store);
      const overview = await app.say(CHLOE, '/account coho winery');
      const health = await app.say(CHLOE, 'how healthy is Coho Winery?');
      expect(health).toContain('Health: 87/100 · watch');
      expect(healthLine(overview)).toEqual(healthLine(health));
      expect(overview).toContain('Last QBR: 24 Nov 2026');
      expect(overview).toContain('set in chat by chloe.martin@acre.example (20 Nov 2026)');
    } finally {
      await app.close();
    }
  });

  it('with ACRE_HEALTH_WEIGHTS set: the overview scores with the configured weights too', async () => {
    const app = await testApp({ data: 'demo', env: { ACRE_HEALTH_WEIGHTS: '{"recency":0,"trend":0}' } });
    try {
      const health = await app.say(MARIA, 'how healthy is Initech?');
      expect(health).toContain('Health: 53/100 · watch');
      expect(healthLine(await app.say(MARIA, '/account initech'))).toEqual(['53', 'watch']);
      expect(healthLine(await app.say(MARIA, 'tell me about Initech'))).toEqual(['53', 'watch']);
    } finally {
      await app.close();
    }
  });
});

describe('a QBR held in chat, in the comparison and the language model\'s overview tool', () => {
  it('shows as the last QBR in "compare", with where it comes from', async () => {
    const app = await testApp({ data: 'demo' });
    try {
      expect(await app.say(CHLOE, 'compare Coho Winery and Acme')).toContain('Last QBR: 6 May 2026 | 26 Oct 2026');
      await bookCohoQbrHeldYesterday(app.store);
      const after = await app.say(CHLOE, 'compare Coho Winery and Acme');
      expect(after).toContain('Last QBR: 24 Nov 2026 | 26 Oct 2026');
      expect(after).toContain('set in chat by chloe.martin@acre.example (20 Nov 2026)');
    } finally {
      await app.close();
    }
  });

  it('is the last QBR account_overview gives the model, and sets the next one due', async () => {
    const { turn, close } = await turnFor(CHLOE);
    try {
      const tool = allTools.find((t) => t.name === 'account_overview')!;
      const overview = () => tool.invoke(turn, JSON.stringify({ account: 'Coho Winery' }), { questionSets: () => loadQuestionSets('prompts'), risk: defaultRiskSettings });
      expect((await overview()).data).toMatchObject({ lastQbr: '2026-05-06' });
      await bookCohoQbrHeldYesterday(turn.state);
      const result = await overview();
      expect(result.data).toMatchObject({ lastQbr: '2026-11-24', qbrDueByCadence: '2027-02-24' });
      expect(result.sources.map((s) => s.ref)).toContain('set in chat by chloe.martin@acre.example');
    } finally {
      await close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Acre } from '../../src/core/acre.js';
import { parseAnswer } from '../../src/core/plan/answers/index.js';
import { planFeature } from '../../src/core/plan/feature.js';
import type { PlanSetup } from '../../src/core/plan/setup.js';
import { silentLogger } from '../../src/core/ports.js';
import { plainText } from '../../src/core/reply.js';
import { KeyValuePortfolioRepository } from '../../src/store/portfolio-repository.js';
import { testApp, type TestApp } from '../helpers/app.js';

const ben = 'ben.carter@acre.example';

describe('a second reading of answers the parsers cannot read', () => {
  let app: TestApp;
  let acre: Acre;
  const asked: string[] = [];
  // Stands in for a language model: it knows one phrase, and fails on another.
  const readLooseAnswer: NonNullable<PlanSetup['readLooseAnswer']> = async (_turn, question, text, context) => {
    asked.push(`${question.id}: ${text}`);
    if (text === 'about a hundred grand') return parseAnswer('100k', question, context);
    if (text === 'break') throw new Error('the model is down');
    return undefined;
  };
  const say = async (text: string) =>
    (await acre.handle({ channel: 'console', identity: { email: ben }, conversationId: 'loose', shared: false, text })).map((r) => plainText(r)).join('\n');

  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
    acre = new Acre({
      portfolio: new KeyValuePortfolioRepository(app.store, () => app.clock.now()),
      state: app.store,
      clock: app.clock,
      logger: silentLogger,
      features: [planFeature({ questionSets: app.questionSets, readLooseAnswer })],
    });
  });
  afterAll(() => app.close());

  it('uses it only when the parsers fail, and only if what it gives parses', async () => {
    expect(await say('/account-plan globex')).toContain('1/57');
    expect(await say('go to insights')).toContain('30/57');
    expect(await say('2,4 mln USD')).toContain('Saved: US$2,400,000');
    expect(asked).toEqual([]);
    expect(await say('back')).toContain('30/57');
    expect(await say('about a hundred grand')).toContain('Saved: US$100,000');
    expect(await say('break')).toContain("That doesn't look like a date");
    expect(asked).toEqual(['insights.arr: about a hundred grand', 'insights.contract_start: break']);
  });
});

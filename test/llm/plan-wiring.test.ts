import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';
import { fakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { BEN } from './setup.js';

describe('a configured model in the plan walk-through', () => {
  let app: TestApp;
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await fakeOpenAi(() => ({ say: '{"answer": "2027-03-15"}' }));
    app = await testApp({ data: 'demo', env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', ACRE_LLM_RETRIES: '0' } });
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });

  it('reads an answer the date parser cannot, and the parser still checks what the model made of it', async () => {
    await app.say(BEN, '/account-plan globex');
    await app.say(BEN, 'go to unknowns');
    await app.say(BEN, 'skip');
    const asked = await app.say(BEN, 'skip');
    expect(asked).toContain('54/57');
    const before = fake.received.length;
    const saved = await app.say(BEN, 'the week after our budget meeting, mid-March');
    expect(fake.received.length).toBe(before + 1);
    expect(saved).toMatch(/15 Mar 2027/);
  });
});

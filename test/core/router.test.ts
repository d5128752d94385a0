import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fallback } from '../../src/core/conversation.js';
import { textReply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';

describe('the router with a language model to fall back on', () => {
  let app: TestApp;
  const asked: string[] = [];
  const fallback: Fallback = async (_turn, text) => {
    asked.push(text);
    return [textReply('(the model answered)')];
  };
  beforeAll(async () => {
    app = await testApp({ data: 'demo', app: { fallback } });
  });
  afterAll(() => app.close());

  it('answers a question it is sure of itself, without the model', async () => {
    const text = await app.say('ben.carter@acre.example', 'when does globex renew?');
    expect(text).toContain('Globex Corporation');
    expect(text).not.toContain('(the model answered)');
    expect(asked).toEqual([]);
  });

  it('hands a question it only half understands to the model', async () => {
    const text = await app.say('ben.carter@acre.example', 'what should I bring up with Globex given their complaints?');
    expect(text).toBe('(the model answered)');
    expect(asked).toEqual(['what should I bring up with Globex given their complaints?']);
  });
});

describe('the router without a language model', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('still answers a half-understood question from the data', async () => {
    const text = await app.say('ben.carter@acre.example', 'what should I bring up with Globex given their complaints?');
    expect(text).toContain('Globex Corporation');
    expect(text).not.toContain("I can't answer that yet");
  });
});

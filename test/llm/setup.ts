import type { Turn } from '../../src/core/conversation.js';
import { createLlm, type Llm, type LlmSettings } from '../../src/llm/index.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { fakeOpenAi, type FakeOpenAi, type Script } from './fake-openai.js';

export const ANNA = 'anna.kowalska@acre.example';
export const BEN = 'ben.carter@acre.example';
export const CHLOE = 'chloe.martin@acre.example';
export const MARIA = 'maria.nowak@acre.example';

/** Limits small enough that failure tests finish in well under a second. */
export function testSettings(baseURL: string, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return {
    baseURL,
    model: 'fake-model',
    timeoutMs: 3_000,
    maxRounds: 4,
    tokenBudget: 8_000,
    retries: 2,
    backoffMs: 5,
    toolChoice: 'relevant',
    json: 'compact',
    ...overrides,
  };
}

export interface LlmHarness {
  app: TestApp;
  fake: FakeOpenAi;
  llm: Llm;
  close(): Promise<void>;
}

/** Acre on the demo data with the real openai client talking to a scripted model on 127.0.0.1. */
export async function withFakeModel(script: Script, overrides: Partial<LlmSettings> = {}): Promise<LlmHarness> {
  const fake = await fakeOpenAi(script);
  const llm = createLlm(testSettings(fake.baseURL, overrides));
  // As src/app.ts wires it: a channel's progress comes with its input.
  const app = await testApp({ data: 'demo', app: { fallback: llm.fallback((turn) => turn.input.progress) } });
  return {
    app,
    fake,
    llm,
    close: async () => {
      await app.close();
      await fake.close();
    },
  };
}

/** A real turn for a user, as the router builds it, caught through the fallback. */
export async function turnFor(email: string): Promise<{ turn: Turn; close(): Promise<void> }> {
  let caught: Turn | undefined;
  const app = await testApp({
    data: 'demo',
    app: {
      fallback: async (turn) => {
        caught = turn;
        return [];
      },
    },
  });
  await app.say(email, 'zzz qqq');
  if (!caught) throw new Error('the router answered "zzz qqq" itself; pick words no feature understands');
  return { turn: caught, close: () => app.close() };
}

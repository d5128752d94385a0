import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/core/conversation.js';
import { loadQuestionSets, type Question } from '../../src/core/plan/questions.js';
import { parseContextOf } from '../../src/core/plan/setup.js';
import { createLlm } from '../../src/llm/index.js';
import { fakeOpenAi, hasToolResults, toolResults, type FakeOpenAi, type Scripted } from './fake-openai.js';
import { BEN, testSettings, turnFor } from './setup.js';

const questions = loadQuestionSets('prompts').en.questions;
const question = (id: string): Question => questions.find((q) => q.id === id)!;

describe('the language model in the account plan', () => {
  let turn: Turn;
  let close: () => Promise<void>;
  let fake: FakeOpenAi;
  let next: Scripted = { say: '' };
  beforeAll(async () => {
    ({ turn, close } = await turnFor(BEN));
    fake = await fakeOpenAi(() => next);
  });
  afterAll(async () => {
    await fake.close();
    await close();
  });
  const read = (id: string, text: string) => {
    const globex = turn.visible().find((a) => a.id === 'acc-globex')!;
    return createLlm(testSettings(fake.baseURL)).planAnswer(turn, question(id), text, parseContextOf(turn, globex));
  };

  it('turns a free-text answer into the structured answer, checked by the same parser', async () => {
    next = { say: '{"answer": "2027-09-01"}' };
    expect(await read('unknowns.next_review', 'right after the summer holidays next year, first of September')).toEqual({ ok: true, value: { kind: 'date', date: '2027-09-01' } });
    const sent = JSON.parse(fake.received.at(-1)!.body.messages[1].content ?? '');
    expect(sent).toMatchObject({ form: 'a date as YYYY-MM-DD', today: '2026-11-25', currency: 'USD', answer: 'right after the summer holidays next year, first of September' });

    next = { say: 'Sure: {"answer": "fortnightly"}' };
    expect(await read('our_team.internal_review', 'we sit down every other Monday')).toEqual({ ok: true, value: { kind: 'choice', choices: ['fortnightly'] } });
  });

  it('keeps nothing the parser rejects, and nothing when the model has no answer', async () => {
    next = { say: '{"answer": "every so often"}' };
    expect(await read('our_team.internal_review', 'now and then')).toBeUndefined();
    next = { say: '{"answer": null}' };
    expect(await read('unknowns.next_review', 'ask Priya')).toBeUndefined();
    next = { status: 500 };
    expect(await read('unknowns.next_review', 'soon')).toBeUndefined();
  });

  it('summarises a plan through the plan_answers tool', async () => {
    const globex = turn.visible().find((a) => a.id === 'acc-globex')!;
    const plans = await fakeOpenAi((body) =>
      hasToolResults(body)
        ? { say: `The plan is ${(toolResults(body)[0] as { completeness: number }).completeness * 100}% complete.` }
        : { call: [{ name: 'plan_answers', args: { account: 'acc-globex', category: null } }] },
    );
    try {
      const { replies } = await createLlm(testSettings(plans.baseURL)).summarisePlan(turn, globex);
      expect(replies[0].blocks[0]).toEqual({ kind: 'text', text: 'The plan is 0% complete.' });
      expect(replies[0].blocks[1]).toEqual({ kind: 'sources', sources: [{ ref: 'account plan of Globex Corporation in Acre' }] });
      expect(plans.received[0].body.tools?.map((t) => t.function.name)).toContain('plan_answers');
    } finally {
      await plans.close();
    }
  });
});

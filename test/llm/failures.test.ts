import { APIConnectionError, APIConnectionTimeoutError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { LlmSettings } from '../../src/llm/index.js';
import { classify } from '../../src/llm/retry.js';
import { hasToolResults, type Script } from './fake-openai.js';
import { BEN, withFakeModel, type LlmHarness } from './setup.js';

const answerAfterOverview: Script = (body) =>
  hasToolResults(body) ? { say: 'Globex renews on 2027-09-30.' } : { call: [{ name: 'account_overview', args: { account: 'Globex' } }] };

describe('when the model fails, Acre still answers, and says why', () => {
  const open: LlmHarness[] = [];
  const harness = async (script: Script, settings: Partial<LlmSettings> = {}) => {
    const h = await withFakeModel(script, settings);
    open.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
  });

  it('after a 500 on every try: three tries, then the overview of the account the question names', async () => {
    const h = await harness(() => ({ status: 500 }));
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?');
    expect(h.fake.received).toHaveLength(3);
    expect(said).toContain("I could not reach the language model, so here is what Acre's data says about Globex Corporation.");
    expect(said).toContain('== Globex Corporation ==');
    expect(said).toMatch(/Renewal: 30 Sept? 2027/);
  });

  it('after a 429 with Retry-After, waits and carries on', async () => {
    const h = await harness((body, i) => (i === 0 ? { status: 429, headers: { 'retry-after-ms': '40' } } : answerAfterOverview(body, i)));
    const started = Date.now();
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?');
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(said).toContain('Globex renews on 2027-09-30.');
    expect(h.fake.received).toHaveLength(3);
  });

  it('when rate limited throughout, with no account named: an honest message', async () => {
    const h = await harness(() => ({ status: 429 }), { retries: 1 });
    const said = await h.app.say(BEN, 'What should I prepare for my week?');
    expect(said).toBe(
      "The language model is busy (rate limited), so I can't answer that free question right now. Ask again in a moment, or try /account <name> or /acre help.",
    );
    expect(h.fake.received).toHaveLength(2);
  });

  it('does not retry a request the server rejects (400)', async () => {
    const h = await harness(() => ({ status: 400, message: 'model not found' }));
    await h.app.say(BEN, 'What should I prepare for my week?');
    expect(h.fake.received).toHaveLength(1);
  });

  it('gives up at the deadline, however slow the server', async () => {
    const h = await harness(() => ({ stallMs: 5_000 }), { timeoutMs: 500 });
    const started = Date.now();
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?');
    // Well before the 5 s the server takes, with room for a busy machine.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(said).toContain("The language model did not answer in time, so here is what Acre's data says about Globex Corporation.");
    // Not tried again after the deadline. (On a starved machine the deadline can pass before the
    // fake server, on the same event loop, has read the request: then it saw none.)
    expect(h.fake.received.length).toBeLessThanOrEqual(1);
  });

  it('reads the client\'s own timeout as the deadline, even when it fires a moment before the deadline\'s timer', () => {
    // The client's timeout is the time left before the deadline; on a busy machine it can win the race.
    expect(classify(new APIConnectionTimeoutError(), false)).toMatchObject({ error: { kind: 'timeout' }, retry: false });
    expect(classify(new APIConnectionError({ message: 'connect ECONNREFUSED' }), false)).toMatchObject({ error: { kind: 'unavailable' }, retry: true });
  });

  it('stops a model that keeps asking for tools: the last round allows none', async () => {
    const h = await harness(() => ({ call: [{ name: 'account_overview', args: { account: 'Globex' } }] }), { maxRounds: 3 });
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?');
    expect(h.fake.received.map((r) => r.body.tool_choice)).toEqual(['auto', 'auto', 'none']);
    expect(said).toContain('The language model needed too many look-ups for this question, so here is');
  });

  it('stops before a request would go over the token budget', async () => {
    const h = await harness(answerAfterOverview, { tokenBudget: 1_500 });
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?');
    expect(h.fake.received).toHaveLength(1);
    expect(said).toContain('This question would have used more of the language model than allowed, so here is');
  });

  it('an answer that breaks off mid-stream is no answer: what was written so far is dropped for the overview', async () => {
    const h = await harness((body) =>
      hasToolResults(body) ? { say: 'Globex renews on 2027-09-30, and the champion has gone quiet since the visit.', pace: { everyMs: 5, failAfter: 3 } } : answerAfterOverview(body, 0),
    );
    const partials: string[] = [];
    const said = await h.app.say(BEN, 'What should I bring up with Globex next time we talk?', { progress: { onPartial: (p) => partials.push(p) } });
    expect(partials.at(-1)).toBe('Globex renews on 2027-09-30, and the'); // three pieces of 12 characters
    expect(said).toContain("I could not reach the language model, so here is what Acre's data says about Globex Corporation.");
    expect(said).not.toContain('Globex renews on');
    expect(h.fake.received).toHaveLength(2);
  });

  it('an empty answer is no answer', async () => {
    const h = await harness(() => ({ say: '   ' }));
    const said = await h.app.say(BEN, 'What should I prepare for my week?');
    expect(said).toContain('The language model gave no usable answer');
  });
});

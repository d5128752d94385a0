import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAi, hasToolResults, type FakeOpenAi, type Pace, type Script } from '../llm/fake-openai.js';
import { expectValidForSlack } from './contract.js';
import { BOT, type RecordedCall } from './fake-slack.js';
import { slackHarness, type SlackHarness } from './harness.js';
import { appMention, assistantMessage, NORTHCO } from './recorded.js';

/** An answer long enough to take about three seconds at a piece of 12 characters every 100 ms. */
const ANSWER = [
  'Win over Harriet Vane, the COO, who decides the renewal: she last heard from you on 30 October.',
  'Tom Rigby in procurement is your champion and spoke to you on 10 November; ask him to set up the meeting.',
  'Sara Holt, your former sponsor, has left, so nobody senior speaks for you yet. Bring the delivery figures.',
].join(' ');

const QUESTION = 'Who should I win over at Bluefin before the renewal, and how?';
const PANE = { channel: NORTHCO.kateDm, threadTs: '1764064600.000100' } as const;

/** A model that looks up Bluefin's contacts, then writes the answer at the given pace. */
const contactsThenAnswer =
  (pace: Pace): Script =>
  (body) =>
    hasToolResults(body) ? { say: ANSWER, pace } : { call: [{ name: 'account_contacts', args: { account: 'Bluefin' } }] };

let model: FakeOpenAi;
let script: Script = () => ({ say: 'unused' });
let h: SlackHarness;
let eventSeq = 0;
const nextEventId = () => `Ev300LIVE${String(++eventSeq).padStart(4, '0')}`;

beforeAll(async () => {
  model = await fakeOpenAi((body, i) => script(body, i));
  h = await slackHarness({ OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'fake-model', ACRE_LLM_RETRIES: '0' });
  h.fake.clear();
});
afterAll(async () => {
  await h.close();
  await model.close();
});
afterEach(() => {
  expectValidForSlack(h.fake.calls);
  h.fake.clear();
  model.received.length = 0;
  h.fake.respondTo('chat.update', () => ({}));
});

const askInPane = (text: string) => h.event(assistantMessage({ user: NORTHCO.kate, ...PANE, text, eventId: nextEventId() }));
const api = (method: string) => h.fake.api(method).filter((c) => c.response?.ok !== false);
const statuses = () => h.fake.api('assistant.threads.setStatus').map((c) => c.args.status);
const isPrefixOfAnswer = (text: unknown) => typeof text === 'string' && text.length > 0 && text.length < ANSWER.length && ANSWER.startsWith(text);

/** The thread as the person sees it once Acre is done: every message posted, as last updated, less those deleted. */
function threadAsSeen(calls: RecordedCall[]): string[] {
  const messages = new Map<string, string>();
  for (const c of calls) {
    if (c.kind !== 'api' || c.rateLimited || c.response?.ok === false) continue;
    if (c.method === 'chat.postMessage') messages.set(String(c.response?.ts), String(c.args.text));
    if (c.method === 'chat.update') messages.set(String(c.args.ts), String(c.args.text));
    if (c.method === 'chat.delete') messages.delete(String(c.args.ts));
  }
  return [...messages.values()];
}

describe('Slack: an answer from the language model, shown as it is written in the assistant pane', () => {
  it('posts it once, updates it about once a second while the model writes, and ends with the whole answer and its sources', async () => {
    script = contactsThenAnswer({ everyMs: 100 });
    await askInPane(QUESTION);
    const [final] = await h.fake.waitFor((c) => c.method === 'chat.update' && String(c.args.text).includes('look-up'), 1, 10_000);

    const posts = api('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0].args).toMatchObject({ channel: PANE.channel, thread_ts: PANE.threadTs });
    expect(isPrefixOfAnswer(posts[0].args.text)).toBe(true);

    const updates = api('chat.update');
    expect(updates.at(-1)).toBe(final);
    expect(updates.every((u) => u.args.ts === posts[0].response?.ts && u.args.channel === PANE.channel)).toBe(true);
    const partials = updates.slice(0, -1);
    expect(partials.length).toBeGreaterThanOrEqual(1);
    expect(partials.every((u) => isPrefixOfAnswer(u.args.text))).toBe(true);
    const frames = [posts[0], ...partials];
    frames.slice(1).forEach((u, i) => {
      expect(String(u.args.text).length).toBeGreaterThan(String(frames[i].args.text).length);
      expect(u.at - frames[i].at).toBeGreaterThanOrEqual(900);
    });

    expect(final.args.text).toContain(ANSWER);
    expect(final.args.text).toContain("Answered by the language model from Acre's data (1 look-up)");
    expect(JSON.stringify(final.args.blocks)).toContain('contacts.csv');
    expect(statuses()).toEqual(['is looking at your accounts…', 'is thinking…', 'is looking up contacts…', 'is writing the answer…']);
    expect(h.fake.api('assistant.threads.setStatus').every((s) => s.at <= posts[0].at)).toBe(true);
    expect(model.received.map((r) => r.body.stream)).toEqual([true, true]);
    expect(threadAsSeen(h.fake.calls)).toEqual([final.args.text]);
  });

  it('replaces the half-written answer with what Acre knows when the model fails mid-answer', async () => {
    script = contactsThenAnswer({ everyMs: 100, failAfter: 14 });
    await askInPane(QUESTION);
    const [final] = await h.fake.waitFor((c) => c.method === 'chat.update' && String(c.args.text).includes('could not reach'), 1, 10_000);
    const [partial, overview] = await h.fake.waitFor((c) => c.method === 'chat.postMessage', 2);

    expect(isPrefixOfAnswer(partial.args.text)).toBe(true);
    expect(final.args.ts).toBe(partial.response?.ts);
    expect(final.args.text).toContain("I could not reach the language model, so here is what Acre's data says about Bluefin Shipping Ltd.");
    expect(overview.args).toMatchObject({ channel: PANE.channel, thread_ts: PANE.threadTs });
    expect(overview.args.text).toContain('Bluefin Shipping Ltd');
    const thread = threadAsSeen(h.fake.calls);
    expect(thread).toEqual([final.args.text, overview.args.text]);
    expect(thread.some((m) => m.includes(ANSWER.slice(0, 40)))).toBe(false);
  });

  it('still ends with the whole answer when an update on the way fails', async () => {
    let updates = 0;
    h.fake.respondTo('chat.update', () => (updates++ === 0 ? { ok: false, error: 'internal_error' } : {}));
    script = contactsThenAnswer({ everyMs: 60 });
    await askInPane(QUESTION);
    const [final] = await h.fake.waitFor((c) => c.method === 'chat.update' && String(c.args.text).includes('look-up'), 1, 10_000);
    const [failed] = h.fake.api('chat.update');
    expect(failed.response).toMatchObject({ ok: false });
    expect(isPrefixOfAnswer(failed.args.text)).toBe(true);
    expect(threadAsSeen(h.fake.calls)).toEqual([final.args.text]);
    expect(final.args.text).toContain(ANSWER);
  });

  it('waits out a rate limit on an update, and no late update overwrites the whole answer', async () => {
    h.fake.rateLimit('chat.update', 1);
    script = contactsThenAnswer({ everyMs: 60 });
    await askInPane(QUESTION);
    const [final] = await h.fake.waitFor((c) => c.method === 'chat.update' && String(c.args.text).includes('look-up'), 1, 10_000);
    const limited = h.fake.calls.find((c) => c.rateLimited);
    expect(isPrefixOfAnswer(limited?.args.text)).toBe(true);
    expect(h.fake.api('chat.update').at(-1)).toBe(final);
    expect(threadAsSeen(h.fake.calls)).toEqual([final.args.text]);
  });

  it('posts the whole answer, and removes the unfinished one, when Slack refuses the last update', async () => {
    h.fake.respondTo('chat.update', (args) => (String(args.text).includes('look-up') ? { ok: false, error: 'msg_too_long' } : {}));
    script = contactsThenAnswer({ everyMs: 20 });
    await askInPane(QUESTION);
    const [removed] = await h.fake.waitFor((c) => c.method === 'chat.delete', 1, 10_000);
    const posts = h.fake.api('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(removed.args).toMatchObject({ channel: PANE.channel, ts: posts[0].response?.ts });
    expect(posts[1].args.text).toContain(ANSWER);
    expect(threadAsSeen(h.fake.calls)).toEqual([posts[1].args.text]);
  });
});

describe('Slack: answers that do not come from the model, or not to the pane', () => {
  it('posts a routine answer once, with no updates and no question to the model', async () => {
    await askInPane('tell me about Bluefin Shipping Ltd');
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.api('chat.postMessage')).toEqual([post]);
    expect(post.args.text).toContain('Bluefin Shipping Ltd');
    expect(h.fake.api('chat.update')).toEqual([]);
    expect(statuses()).toEqual(['is looking at your accounts…']);
    expect(model.received).toEqual([]);
  });

  it('answers an @mention the model answered privately, in one piece, as before', async () => {
    script = contactsThenAnswer({ everyMs: 20 });
    await h.event(appMention({ user: NORTHCO.kate, channel: NORTHCO.channel, text: `<@${BOT.userId}> ${QUESTION}`, eventId: nextEventId() }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral', 1, 10_000);
    expect(post.args.text).toContain(ANSWER);
    expect(h.fake.api('chat.postMessage')).toEqual([]);
    expect(h.fake.api('chat.update')).toEqual([]);
    expect(model.received.map((r) => r.body.stream)).toEqual([false, false]);
  });
});

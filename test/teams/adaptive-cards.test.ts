import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../src/channels/teams/adaptive-card.js';
import { MAX_ACTIONS_PER_SET } from '../../src/channels/teams/card-elements.js';
import { actionOf, CardSubmit, submitData } from '../../src/channels/teams/card-submit.js';
import { renderReplies, type OutgoingMessage } from '../../src/channels/teams/render.js';
import { reply, type Reply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { cardValidator } from './schemas.js';

const validateCard = cardValidator();
const options = { sourcesLabel: 'Sources', lang: 'en' };
/** What Teams accepts in one message, envelope included. */
const TEAMS_MESSAGE_LIMIT = 28 * 1024;

const cardsIn = (messages: OutgoingMessage[]) => messages.flatMap((m) => (m.attachments ?? []).map((a) => a.content as AdaptiveCard));
const elements = (cards: AdaptiveCard[]) => cards.flatMap((c) => c.body);
const actionsIn = (cards: AdaptiveCard[]) => elements(cards).flatMap((e) => (e.type === 'ActionSet' ? e.actions : []));
const texts = (cards: AdaptiveCard[]) => elements(cards).map((e) => (e.type === 'TextBlock' ? e.text : e.type === 'FactSet' ? e.facts.map((f) => `${f.title} ${f.value}`).join('\n') : '')).join('\n');

/** Every message renders to valid cards, each message small enough for Teams. */
function expectSendable(messages: OutgoingMessage[]): void {
  for (const message of messages) {
    expect(Buffer.byteLength(JSON.stringify({ ...message, serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:'.padEnd(200, 'x') } }))).toBeLessThan(TEAMS_MESSAGE_LIMIT);
  }
  for (const card of cardsIn(messages)) {
    expect(validateCard(card)).toEqual([]);
    expect(card.fallbackText.length).toBeGreaterThan(0);
    expect(card.fallbackText.length).toBeLessThanOrEqual(1000);
    for (const set of card.body.filter((e): e is Extract<CardElement, { type: 'ActionSet' }> => e.type === 'ActionSet')) {
      expect(set.actions.length).toBeLessThanOrEqual(MAX_ACTIONS_PER_SET);
    }
  }
}

describe('the Adaptive Card renderer', () => {
  it('renders every block kind into a card valid against Adaptive Cards 1.5', () => {
    const everything = reply()
      .heading('Bluefin Shipping Ltd')
      .text('Health **48**, _down 12_ since last week; see `accounts.csv`.\nSecond line.')
      .fields([{ label: 'ARR', value: '£480,000' }, { label: 'Renewal', value: '28 Feb 2027' }])
      .list(['**Harriet Vane** · COO', 'Tom Rigby · champion'], 'Key contacts')
      .divider()
      .context('As of 25 Nov 2026')
      .sources([{ ref: 'accounts.csv › arr', asOf: '2026-11-25' }])
      .buttons([
        { label: 'Acknowledge', action: { id: 'digest.ack', value: 'blue' }, style: 'primary' },
        { label: 'Snooze', action: { id: 'digest.snooze' } },
        { label: 'Drop', action: { id: 'digest.drop', value: 'blue' }, style: 'danger' },
      ])
      .attach({ filename: 'bluefin-plan.md', mimeType: 'text/markdown', content: '# Plan\n\n- one\n- two' })
      .build();
    const messages = renderReplies([everything], options);
    expectSendable(messages);
    const [card] = cardsIn(messages);
    expect(card.version).toBe('1.5');
    expect(card.body.map((e) => e.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'TextBlock', 'TextBlock', 'TextBlock', 'TextBlock', 'ActionSet', 'TextBlock', 'TextBlock']);
    expect(card.body[0]).toMatchObject({ style: 'heading', weight: 'Bolder' });
    // Cards have no inline code, and a lone newline is not a line break in Teams' renderer.
    expect(card.body[1]).toMatchObject({ text: 'Health **48**, _down 12_ since last week; see accounts.csv.\n\nSecond line.' });
    expect(card.body[4]).toMatchObject({ text: '- **Harriet Vane** · COO\r- Tom Rigby · champion' });
    expect(card.body[5]).toMatchObject({ text: 'As of 25 Nov 2026', separator: true, isSubtle: true });
    expect(card.body[6]).toMatchObject({ text: 'Sources: accounts.csv › arr (2026-11-25)' });
    expect(actionsIn([card]).map((a) => [a.title, a.style, a.data])).toEqual([
      ['Acknowledge', 'positive', { acre: { id: 'digest.ack', value: 'blue' } }],
      ['Snooze', undefined, { acre: { id: 'digest.snooze' } }],
      ['Drop', 'destructive', { acre: { id: 'digest.drop', value: 'blue' } }],
    ]);
    expect(card.body[9]).toMatchObject({ fontType: 'Monospace' });
    expect(card.fallbackText).toContain('ARR: £480,000');
    expect(messages[0].summary).toBe('Bluefin Shipping Ltd');
  });

  it('splits many buttons into rows Teams shows in full, in order, each pressing back to its own action', () => {
    const buttons = Array.from({ length: 20 }, (_, i) => ({ label: `Account ${i + 1}`, action: { id: 'ask', value: `/account a${i + 1}` } }));
    const messages = renderReplies([reply().text('Which one?').buttons(buttons).build()], options);
    expectSendable(messages);
    const cards = cardsIn(messages);
    expect(elements(cards).filter((e) => e.type === 'ActionSet')).toHaveLength(4);
    expect(actionsIn(cards).map((a) => actionOf(CardSubmit.parse(a.data)))).toEqual(buttons.map((b) => b.action));
  });

  it('continues a long answer in further cards, each under Teams\' size limit, losing nothing', () => {
    const items = Array.from({ length: 1500 }, (_, i) => `Item ${i + 1}: a fairly long line about an account activity, with **bold** text`);
    const long = reply()
      .heading('Everything')
      .text('Word '.repeat(20_000))
      .list(items, 'All the items')
      .fields(Array.from({ length: 200 }, (_, i) => ({ label: `Field ${i}`, value: `Value ${i}` })))
      .sources(Array.from({ length: 300 }, (_, i) => ({ ref: `file${i}.csv › column`, asOf: '2026-11-25' })))
      .buttons([{ label: 'More', action: { id: 'ask', value: 'more' } }])
      .build();
    const messages = renderReplies([long], options);
    expect(messages.length).toBeGreaterThan(5);
    expectSendable(messages);
    const all = texts(cardsIn(messages));
    for (const i of [1, 750, 1500]) expect(all).toContain(`Item ${i}: a fairly long line`);
    expect(all).toContain('Field 199 Value 199');
    expect(all).toContain('file299.csv');
    expect(actionsIn(cardsIn(messages))).toHaveLength(1);
  });

  it('measures in bytes, so text in Polish or with emoji stays under the limit too', () => {
    const messages = renderReplies([reply().heading('Zażółć gęślą jaźń').text('żółw 🐢 '.repeat(15_000)).build()], options);
    expectSendable(messages);
    expect(messages.length).toBeGreaterThan(3);
  });

  it('sends prose as a Markdown message, split when too long, and nothing for an empty reply', () => {
    const [short] = renderReplies([reply().text('I **don\'t** know you yet.').build()], options);
    expect(short).toMatchObject({ type: 'message', textFormat: 'markdown', text: "I **don't** know you yet." });
    expect(short.attachments).toBeUndefined();
    const long = renderReplies([reply().text('Sentence. '.repeat(3000)).build()], options);
    expect(long.length).toBe(4);
    for (const m of long) expect(String(m.text).length).toBeLessThanOrEqual(8000);
    expect(renderReplies([{ blocks: [] }], options)).toEqual([]);
  });

  it('carries the conversation a private answer is about on every button, and the core action unchanged', () => {
    const action = { id: 'share', value: '/account blue' };
    expect(actionOf(CardSubmit.parse(submitData(action, '19:abc@thread.tacv2')))).toEqual(action);
    expect(actionOf(CardSubmit.parse(submitData({ id: 'plan.skip' })))).toEqual({ id: 'plan.skip' });
    const [message] = renderReplies([reply().text('x').buttons([{ label: 'Share', action }]).build()], { ...options, origin: '19:abc@thread.tacv2' });
    expect(actionsIn(cardsIn([message]))[0].data).toEqual({ acre: action, origin: '19:abc@thread.tacv2' });
  });
});

describe('cards for what the app says', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'crm' });
  });
  afterAll(() => app.close());

  const conversations: [string, string, Partial<Parameters<TestApp['replies']>[2]>?][] = [
    ['kate@northco.example', 'account bluefin'],
    ['kate@northco.example', 'account oakridge'],
    ['piotr@northco.example', 'account zorza'],
    ['kate@northco.example', 'acre help'],
    ['kate@northco.example', 'account bluefinmills'],
    ['kate@northco.example', 'account nothing-like-it'],
    ['kate@northco.example', 'account'],
    ['kate@northco.example', 'what is the meaning of life'],
    ['kate@northco.example', 'account bluefin', { shared: true, conversationId: 'channel' }],
    ['kate@northco.example', '', { action: { id: 'share', value: 'account bluefin' }, shared: true, conversationId: 'channel' }],
    ['stranger@elsewhere.example', 'account bluefin'],
  ];

  it.each(conversations)('%s: "%s" renders to sendable, valid messages', async (email, text, extra) => {
    const replies: Reply[] = await app.replies(email, text, { channel: 'teams', ...extra });
    const messages = renderReplies(replies, options);
    expect(messages.length).toBeGreaterThan(0);
    expectSendable(messages);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';

const anna = 'anna.kowalska@acre.example';
const ben = 'ben.carter@acre.example';
const chloe = 'chloe.martin@acre.example';
const maria = 'maria.nowak@acre.example';

const buttonsOf = (r: Reply) => r.blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons : []));
const loose = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('account questions in plain words, on the demo portfolio', () => {
  let app: TestApp;
  let conversation = 0;
  /** Each test talks in its own conversation, so follow-ups only see their own turns. */
  const chat = (email: string) => {
    const conversationId = `qa-${++conversation}`;
    return async (text: string) => loose(await app.say(email, text, { conversationId }));
  };
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('answers when an account renews, with the days left and where that comes from', async () => {
    const text = await chat(ben)('when does Globex renew?');
    expect(text).toContain('Globex Corporation renews on 30 Sept 2027 — in 309 days.');
    expect(text).toContain('ARR at stake: US$2,400,000.');
    expect(text).toContain('Sources: demo/accounts.csv › renewal_date, arr (imported 25 Nov 2026)');
  });

  it('answers in Polish, in the account currency written the Polish way', async () => {
    const text = await chat(anna)('kiedy odnowienie Initech?');
    expect(text).toContain('Initech odnawia umowę 9 sty 2027 — za 45 dni.');
    expect(text).toContain('ARR do odnowienia: 1 200 000 €.');
    expect(text).toContain('Sources: demo/accounts.csv › renewal_date, arr (import z 25 lis 2026)');
  });

  it('keeps the account for follow-ups without a name', async () => {
    const say = chat(ben);
    await say('when does globex renew?');
    expect(await say('and its ARR?')).toContain('ARR: US$2,400,000');
    const signs = await say('who signs there?');
    expect(signs).toContain('The decision maker at Globex Corporation:');
    expect(signs).toContain('Margaret Olsen · Chief Financial Officer · decision maker · last contact 16 Nov 2026 (9 days ago)');
  });

  it('asks the last question again for another account, or another period', async () => {
    const say = chat(anna);
    expect(await say('ile kupiła Wisła w tym roku?')).toContain('Zakupy Wisła Foods Sp. z o.o. od 1 sty 2026 do 25 lis 2026: 3 152 861 zł (135 zamówień).');
    expect(await say('a w zeszłym roku?')).toContain('Zakupy Wisła Foods Sp. z o.o. od 1 sty 2025 do 31 gru 2025: 2 806 339 zł');
    const other = chat(chloe);
    await other('who is the champion at contoso?');
    expect(await other('and at acme?')).toContain('Emma Clarke · Head of Procurement · champion');
  });

  it('asks which account when a name fits two, and answers the choice', async () => {
    const [question] = await app.replies(chloe, 'when does northwind renew?', { conversationId: 'qa-choice' });
    expect(question.blocks[0]).toEqual({ kind: 'text', text: '"northwind" could be more than one account. Which one do you mean?' });
    const choices = buttonsOf(question);
    expect(choices.map((b) => b.label)).toEqual(['Northwind Logistics', 'Northwind Traders']);
    expect(choices[0].action).toEqual({ id: 'ask', value: 'when does Northwind Logistics renew?' });
    const answer = loose(await app.say(chloe, '', { conversationId: 'qa-choice', text: undefined, action: choices[0].action }));
    expect(answer).toContain('Northwind Logistics renews on 27 Dec 2026 — in 32 days.');
  });

  it('forgives typos in the question and in the name', async () => {
    const say = chat(chloe);
    expect(await say('how much revenu did wide world bring this yeer')).toContain('Wide World Importers bought £50,527 from 1 Jan 2026 to 25 Nov 2026 (11 orders).');
    expect(await say('contoso renwal')).toContain('Contoso Pharma renews on 31 Mar 2027 — in 126 days.');
  });

  it('tells the trend and the ordering rhythm of an account that stopped buying', async () => {
    const say = chat(maria);
    const trend = await say('is Initech buying less than last year?');
    expect(trend).toContain('Revenue at Initech: falling.');
    expect(trend).toContain('Last 12 months: €750,913 · 65 orders');
    expect(trend).toContain('Change, year on year: -34%');
    const rhythm = await say('how often does Initech usually place orders');
    expect(rhythm).toContain('Usually orders every 4 days');
    expect(rhythm).toContain('Last order from Initech: 21 Jul 2026, €10,157 — 127 days ago.');
    expect(rhythm).toContain('far longer than usual');
  });

  it('lists renewals coming up and accounts gone quiet across the team', async () => {
    const say = chat(maria);
    const renewals = await say('which accounts renew in the next 60 days?');
    expect(renewals).toContain('2 accounts renew from 25 Nov 2026 to 24 Jan 2027:');
    expect(renewals).toContain('Northwind Logistics · 27 Dec 2026 (in 32 days) · €640,000');
    expect(renewals).toContain('Initech · 9 Jan 2027 (in 45 days) · €1,200,000');
    const quiet = await say("which accounts haven't ordered in 60 days?");
    expect(quiet).toContain('Initech · last order 21 Jul 2026 (127 days ago)');
    expect(quiet).toContain('Lamna Healthcare · no orders on record');
    expect(quiet).not.toContain('Globex');
  });

  it('compares two accounts side by side, each in its own currency', async () => {
    const text = await chat(ben)('compare Globex and Northwind');
    expect(text).toContain('Globex Corporation | Northwind Logistics');
    expect(text).toContain('ARR: US$2,400,000 | €640,000');
    expect(text).toContain('Renewal: 30 Sept 2027 (in 309 days) | 27 Dec 2026 (in 32 days)');
    expect(text).toContain('not converted');
  });

  it('says honestly what it cannot answer yet, with examples of what it can', async () => {
    const text = await chat(ben)("what's the weather in Paris?");
    expect(text).toContain("I can't answer that yet.");
    expect(text).toContain('"when does Globex renew?"');
  });

  it('in a shared channel answers only the asker, and shares the answer when asked to', async () => {
    const where = { shared: true, conversationId: 'C-qa' };
    const [answer] = await app.replies(chloe, 'when does acme renew?', where);
    expect(answer.visibility).toBe('asker');
    expect(buttonsOf(answer).map((b) => b.action)).toContainEqual({ id: 'share', value: 'when does acme renew?' });
    const [shared] = await app.replies(chloe, 'share it', where);
    expect(shared.visibility).toBe('everyone');
    expect(shared.blocks[0]).toEqual({ kind: 'text', text: '**Acme Corporation** renews on **30 Jun 2027** — in 217 days.' });
    expect(await chat(chloe)('share it')).toContain('Only you can see this conversation');
    const polish = { shared: true, conversationId: 'C-qa-pl' };
    await app.replies(anna, 'kiedy odnowienie Initech?', polish);
    const [udostepnione] = await app.replies(anna, 'udostępnij', polish);
    expect(udostepnione.visibility).toBe('everyone');
    expect(loose(JSON.stringify(udostepnione.blocks[0]))).toContain('odnawia umowę **9 sty 2027** — za 45 dni.');
  });
});

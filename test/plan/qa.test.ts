import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/core/conversation.js';
import { resolveAccount } from '../../src/core/accounts/resolve.js';
import { planFeature } from '../../src/core/plan/feature.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const ben = 'ben.carter@acre.example';
const chloe = 'chloe.martin@acre.example';
const anna = 'anna.kowalska@acre.example';
const maria = 'maria.nowak@acre.example';

describe('questions answered from the plan', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
    await converse(app, ben, [
      ['/account-plan globex', '1/57'],
      ['go to competitors', '38/57'],
      ['Northwind Fasteners, Contoso Parts', '39/57'],
      ['preferred', '40/57'],
      ['pause', 'Paused'],
    ]);
    await converse(app, anna, [
      ['/account-plan initech', '1/57'],
      ['go to needs', '22/57'],
      ['Migracja do chmury do końca 2027.', '23/57'],
      ['pauza', 'Wstrzymałem'],
    ]);
    await converse(app, chloe, [['/account-plan acme', '1/20'], ['me, KAM', '2/20'], ['skip', '3/20'], ["don't know", '4/20'], ['pause', 'Paused']]);
  });
  afterAll(() => app.close());

  it("answers who Globex's competitors are, with the author and date of each answer as its source", async () => {
    await converse(app, chloe, [
      ["who are Globex's competitors?", 'Globex Corporation — Competitors, from the account plan', 'Which competitors are active in this account?\nNorthwind Fasteners, Contoso Parts',
        'Where do we stand against the competition at this customer?\nWe are the preferred supplier', '6 more questions in this category not answered yet.',
        'Sources: account plan › competitors.active · Ben Carter (25 Nov 2026); account plan › competitors.our_position · Ben Carter (25 Nov 2026)'],
    ]);
  });

  it("answers a manager what Initech's needs are, and says when the plan has nothing on a subject", async () => {
    await converse(app, maria, [
      ["what are Initech's needs?", 'Initech — Needs, from the account plan', "What are the customer's most important business goals this year?\nMigracja do chmury do końca 2027.",
        'account plan › needs.business_goals · Anna Kowalska (25 Nov 2026)'],
      ['what trends affect initech?', 'The Initech plan has nothing on trends yet.', '[Fill it in]'],
    ]);
  });

  it('says how complete the Acme plan is, per category, and what is still open', async () => {
    await converse(app, chloe, [
      ['how complete is the Acme plan?', 'The Acme Corporation plan is 5% complete: 1 of 20 questions answered, 1 skipped, 1 marked don\'t know.',
        "The customer's people: 0/5 answered · 1 skipped · 1 don't know", 'Sources: account plan · last change by Chloe Martin (25 Nov 2026)'],
      ['what are the open items in the acme plan?', 'Acme Corporation plan — open items', 'Who is our sponsor at the customer', 'no owner yet'],
    ]);
  });

  it('is confident only when the words are the plan’s', async () => {
    const feature = planFeature({ questionSets: app.questionSets });
    const accounts = [...(await app.acre.portfolio()).accounts.values()];
    // Reading needs only the memory and account names; nothing is answered here.
    const turn = { memory: {}, resolve: (query: string) => resolveAccount(query, accounts) } as unknown as Turn;
    const confidence = (text: string) => feature.understand!(turn, text).map((r) => `${r.intent} ${r.confidence}`);
    expect(confidence("who are Globex's competitors?")).toEqual(['plan.category 0.8']);
    expect(confidence("what are Initech's needs?")).toEqual(['plan.category 0.8']);
    expect(confidence('how complete is the Acme plan?')).toEqual(['plan.completeness 0.85']);
    expect(confidence("let's work on the Globex plan")).toEqual(['plan.start 0.9']);
    expect(confidence('popracujmy nad planem Globex')).toEqual(['plan.start 0.9']);
    expect(confidence('what changed in the Globex plan since last time?')).toEqual(['plan.changes 0.9']);
    expect(confidence('what changed since last time?')).toEqual(['plan.changes 0.8']);
    expect(confidence('kto jest konkurencją Globex?')).toEqual(['plan.category 0.8']);
    expect(confidence('who are the decision makers at Initech?')).toEqual(['plan.category 0.5']);
    expect(confidence('who are the decision makers in the Initech plan?')).toEqual(['plan.category 0.8']);
    expect(confidence('who signs at Initech?')).toEqual([]);
    expect(confidence('how is Globex doing?')).toEqual([]);
  });
});

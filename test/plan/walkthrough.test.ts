import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/core/i18n/index.js';
import { filledFields, planCompleteness, planDocument } from '../../src/core/plan/index.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const ben = 'ben.carter@acre.example';

describe('the account-plan walk-through, in English', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('walks Ben through all 57 Globex questions: every answer type, every command, bad answers re-asked', async () => {
    await converse(app, ben, [
      ['/account-plan globex', "Let's build the Globex Corporation account plan: 57 questions for a strategic account", '1/57 · Our team', 'Who leads the relationship on our side?', '[Skip] [Don\'t know] [Back] [Pause] [Status] [Done]'],
      ['me, KAM', 'Saved: Ben Carter (KAM)', '2/57 · Our team'],
      ['Chloe Martin, solutions engineer; Tom Reed, delivery lead', 'Saved: Chloe Martin (solutions engineer); Tom Reed (delivery lead)', '3/57'],
      ['Maria Nowak, sales director', 'Saved: Maria Nowak (sales director)', '4/57', 'Which roles are missing', '[1 · Technical expert]'],
      ['1, 5', 'Saved: Technical expert, Innovator who brings new ideas', '5/57', 'A percentage, e.g. 25%.', "Or type: skip · don't know · back", { not: '[Skip]' }],
      ['a third', "That doesn't look like a percentage — try 25% or -5%.", '5/57'],
      ['30%', 'Saved: 30%', '6/57'],
      ['every month', 'Saved: Every month', '7/57 · The customer\'s people', 'Who makes the final buying decisions?', 'The CRM says: Margaret Olsen (Chief Financial Officer · decision maker · supporter)', '[Keep]'],
      ['keep', 'Saved: Margaret Olsen (Chief Financial Officer · decision maker · supporter)', '8/57', 'The CRM says: David Reyes'],
      ['David Reyes, VP Operations, sponsor, mentor', 'Saved: David Reyes (VP Operations · sponsor · mentor)', '9/57'],
      ['back', '8/57', 'Current answer (Ben Carter, 25 Nov 2026): David Reyes (VP Operations · sponsor · mentor)'],
      ['skip', '9/57', 'Who are our champions'],
      ['Priya Shah, Procurement Manager, champion, mentor; Laura Kim, Senior Buyer, user, neutral', 'Saved: Priya Shah (Procurement Manager · champion · mentor); Laura Kim (Senior Buyer · user · neutral)', '10/57'],
      ['nobody', 'Saved: nobody', '11/57'],
      ["don't know", 'Noted as unknown', '12/57'],
      ['Procurement runs a tender every three years; the CFO signs anything above $500k.', 'Saved: Procurement runs a tender', '13/57', '[1] [2] [3] [4] [5]'],
      ['19', "That's outside what fits here: from 1 to 10.", '13/57'],
      ['4', 'Saved: 4/10', '14/57', '[Yes] [No]'],
      ['maybe', 'Please answer yes or no', '14/57'],
      ['yes, the CFO takes our calls', 'Saved: Yes — the CFO takes our calls', '15/57 · Trends', 'The CRM says: manufacturing'],
      ['keep', 'Saved: manufacturing', '16/57', 'The CRM says: United States'],
      ['United States and Mexico', 'Saved: United States and Mexico', '17/57'],
      ['status', 'Globex Corporation — plan status', '15 of 57 questions answered (26%)', 'Now at 17/57 · Trends', "The customer's people: 7/8 answered · 1 don't know", '[Competitors]'],
      ['Nearshoring to Mexico and automation of the plants.', 'Saved: Nearshoring', '18/57'],
      ['1', 'Saved: Growing', '19/57'],
      ['prices, supply chain', 'Saved: Pressure on prices and margins, Supply chain problems', '20/57'],
      ['skip', 'Skipped.', '21/57'],
      ['-5%', 'Saved: -5%', '22/57 · Needs'],
      ['Open the EU plant in 2027 and cut unit costs by 8%.', 'Saved: Open the EU plant', '23/57'],
      ['Late deliveries to the Ohio plant.', '24/57'],
      ['Fasteners and assemblies for three plants.', '25/57'],
      ['Vendor-managed inventory.', '26/57'],
      ['lots', "That doesn't look like an amount — try 250k, €1.2m or 1,2 mln zł.", '26/57'],
      ['€1.2m', 'Saved: €1,200,000', '27/57'],
      ['four', 'Saved: 4/10', '28/57'],
      ['all', 'Saved: They clearly need what we offer, They can afford it, We are talking to people who can decide', '29/57'],
      ['sometime', "That doesn't look like a date — try 2027-03-31 or 'end of March'.", '29/57'],
      ['end of March', 'Saved: 31 Mar 2027', '30/57 · Insights', 'The CRM says: US$2,400,000'],
      ['2,5 mln USD', 'Saved: US$2,500,000', '31/57', 'The CRM says: 1 Oct 2021'],
      ['keep', 'Saved: 1 Oct 2021', '32/57'],
      ['30.09.2027', 'Saved: 30 Sept 2027', '33/57'],
      ['130', "That's outside what fits here: from -100 to 100.", '33/57'],
      ['64', 'Saved: 64', '34/57'],
      ['go to value', '46/57 · Value we can offer', 'What is our main aim with this account'],
      ['Expand', 'Saved: Expand — reach new departments, sites or offerings', '47/57'],
      ['Cut their inventory cost with VMI across all three plants.', '48/57'],
      ['On-time delivery up from 91% to 98% in 2026.', '49/57'],
      ['250k', 'Saved: US$250,000', '50/57'],
      ['2 and 6', 'Saved: Products they do not buy from us yet, Joint projects or innovation', '51/57'],
      ['no', 'Saved: No', '52/57 · What we still need to know'],
      ['Who replaces the CFO when she retires?', 'Saved: Who replaces the CFO when she retires?', '53/57'],
      ['Chloe Martin', 'Saved: Chloe Martin', '54/57'],
      ['15 Jan 2027', 'Saved: 15 Jan 2027', '55/57', 'The CRM says: 20 Jan 2027'],
      ['keep', 'Saved: 20 Jan 2027', '56/57', 'The CRM says: 3'],
      ['3 months', 'Saved: 3', '57/57'],
      ['pause', 'Paused the Globex Corporation plan at 57/57', '[Continue]'],
      ['yes', { not: 'Saved' }],
      ['resume', '57/57', 'worth treating as a key account'],
      ['yes', 'Saved: Yes', '34/57 · Insights'],
      ['Customer since 2021; one escalation in 2024 over a late batch.', '35/57'],
      ['4', 'Saved: 4/10', '36/57'],
      ['none', 'Saved: none', '37/57'],
      ['breadwinner', 'Saved: Breadwinner — a large, steady share of our profit', '38/57 · Competitors'],
      ['Northwind Fasteners, Contoso Parts', 'Saved: Northwind Fasteners, Contoso Parts', '39/57'],
      ['preferred', 'Saved: We are the preferred supplier', '40/57'],
      ['60%', 'Saved: 60%', '41/57'],
      ['Northwind is cheaper on standard parts.', '42/57'],
      ['Northwind bids low to win the EU plant.', '43/57'],
      ['Greg Hall, account manager at Northwind', 'Saved: Greg Hall (account manager at Northwind)', '44/57'],
      ['2', 'Saved: 2/10', '45/57'],
      ['no', 'Saved: No', 'Globex Corporation — account plan summary', '55 of 57 questions answered (96%) · 1 skipped · 1 don\'t know',
        'Our team: 6/6 answered', "The customer's people: 7/8 answered · 1 don't know", 'Trends: 6/7 answered · 1 skipped',
        'Open items', 'Who else shapes decisions', '— no owner yet', 'Open item 1/1'],
      ['owner chloe, due 2026-12-15', 'Chloe Martin finds it out by 15 Dec 2026.', 'Who else shapes decisions', 'Chloe Martin, due 15 Dec 2026',
        'The Globex Corporation plan is saved.', 'acre plan export acc-globex', '[Export (Markdown)] [Export (JSON)]'],
      ['who are globex\'s competitors?', 'Globex Corporation — Competitors, from the account plan', 'Northwind Fasteners, Contoso Parts', 'We are the preferred supplier',
        'Sources: account plan › competitors.active · Ben Carter (25 Nov 2026)'],
    ]);
  });

  it('leaves a plan other features can read: completeness, and the account fields its answers fill', async () => {
    expect(await planCompleteness(app.store, 'acc-globex', 'strategic', app.questionSets.en)).toBeCloseTo(55 / 57);
    const portfolio = await app.acre.portfolio();
    const doc = await planDocument({ state: app.store, set: app.questionSets.en, account: portfolio.accounts.get('acc-globex')!, portfolio, t: messagesFor('en'), now: app.clock.now() });
    const fields = filledFields(doc);
    expect(fields.renewal_date).toEqual([{ questionId: 'insights.renewal_date', value: { kind: 'date', date: '2027-09-30' }, by: ben, at: '2026-11-25T10:00:00.000Z' }]);
    expect(fields.arr?.[0].value).toEqual({ kind: 'money', amount: 2_500_000, currency: 'USD' });
    expect(fields.nps?.[0].value).toEqual({ kind: 'number', value: 64 });
    expect(fields.competitors?.[0].value).toEqual({ kind: 'text', text: 'Northwind Fasteners, Contoso Parts' });
    expect(fields.contacts?.map((f) => f.questionId)).toEqual(['customer_team.decision_makers', 'customer_team.sponsor', 'customer_team.champions', 'customer_team.blockers']);
    expect(doc.openItems).toEqual([expect.objectContaining({ questionId: 'customer_team.influencers', owner: 'chloe.martin@acre.example', ownerName: 'Chloe Martin', due: '2026-12-15' })]);
  });
});

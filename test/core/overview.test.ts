import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';

describe('the account overview, as a conversation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'crm' });
  });
  afterAll(() => app.close());

  it('answers /account with a misspelt name with the overview and its sources', async () => {
    const text = await app.say('kate@northco.example', '/account bluefn');
    expect(text).toContain('Bluefin Shipping Ltd');
    expect(text).toContain('Owner: Kate Owens (kate@northco.example)');
    expect(text).toContain('ARR: £480,000');
    expect(text).toContain('Renewal: 28 Feb 2027 (in 95 days)');
    expect(text).toContain('Last QBR: 15 Sept 2026');
    expect(text).toContain('Next QBR: 15 Dec 2026');
    expect(text).toContain('Harriet Vane · COO · decision maker');
    expect(text).toContain('Sara Holt · Former Head of Ops · sponsor · left the company');
    expect(text).toContain('12 Nov 2026 · Meeting — Planning the 2027 volumes');
    expect(text).toMatch(/Sources: accounts\.csv › owner_email, tier, arr, renewal_date.*\(imported 25 Nov 2026\)/);
  });

  it('answers in Polish for a Polish user, amounts in the account currency', async () => {
    const text = await app.say('piotr@northco.example', '/account zorza');
    expect(text).toContain('Zorza Sp. z o.o.');
    expect(text).toContain('Opiekun: Piotr Zieliński (piotr@northco.example)');
    expect(text).toMatch(/ARR: 45\s000\szł/);
    expect(text).toContain('Agnieszka Wróbel');
  });

  it('reveals nothing about an account the KAM does not cover, not even that it exists', async () => {
    const text = await app.say('piotr@northco.example', '/account oakridge');
    expect(text).not.toMatch(/Oakridge|Gary|120/);
    expect(text).toContain('Nie znalazłem klienta „oakridge”');
  });

  it('shows a team member the accounts they are on the team of', async () => {
    expect(await app.say('piotr@northco.example', '/account bluefin')).toContain('Bluefin Shipping Ltd');
  });

  it('lets a manager see the accounts of their reports, and an admin all', async () => {
    expect(await app.say('mia@northco.example', '/account oakridge')).toContain('Oakridge Mills');
    expect(await app.say('root@northco.example', '/account zorza')).toContain('Zorza Sp. z o.o.');
  });

  it('tells an unknown user how to get access', async () => {
    const text = await app.say('stranger@elsewhere.example', '/account bluefin');
    expect(text).toContain("I don't know you yet (stranger@elsewhere.example)");
    expect(text).toContain('users.csv');
    expect(text).not.toContain('Bluefin');
  });

  it('keeps the account in mind for a follow-up without a name', async () => {
    await app.say('kate@northco.example', '/account oak', { conversationId: 'follow-up' });
    expect(await app.say('kate@northco.example', '/account', { conversationId: 'follow-up' })).toContain('Oakridge Mills');
  });

  it('answers /acre help with the commands', async () => {
    const text = await app.say('kate@northco.example', '/acre help');
    expect(text).toContain('/account <name>');
  });

  it('in a shared channel answers only the asker, with a button to share', async () => {
    const [first] = await app.replies('kate@northco.example', '/account bluefin', { shared: true, conversationId: 'C1' });
    expect(first.visibility).toBe('asker');
    const share = first.blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons : [])).find((b) => b.action.id === 'share');
    expect(share?.action.value).toBe('/account bluefin');
    const [shared] = await app.replies('kate@northco.example', '', { shared: true, conversationId: 'C1', text: undefined, action: share!.action });
    expect(shared.visibility).toBe('everyone');
    expect(shared.blocks[0]).toEqual({ kind: 'heading', text: 'Bluefin Shipping Ltd' });
  });
});

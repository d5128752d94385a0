import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';

const anna = 'anna.kowalska@acre.example';
const ben = 'ben.carter@acre.example';
const chloe = 'chloe.martin@acre.example';
const maria = 'maria.nowak@acre.example';

/** What Anna covers: her own accounts and Contoso Pharma, where she is on the team. */
const annasAccounts = ['Initech', 'Wisła Foods', 'Łódzka Energetyka', 'Adventure Works', 'Litware', 'Contoso Pharma'];
const notAnnas = ['Globex', 'Acme', 'Northwind', 'Fabrikam', 'Coho', 'Lamna', 'Wide World', 'Woodgrove'];

const loose = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const labelsOf = (replies: Reply[]) => replies.flatMap((r) => r.blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons.map((x) => x.label) : [])));

describe('a KAM learns nothing about accounts they do not cover, whatever the question', () => {
  let app: TestApp;
  const say = async (email: string, text: string) => loose(await app.say(email, text, { conversationId: `perm-${text}` }));
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('answers about an account of a colleague exactly as about one that does not exist', async () => {
    const hidden = await say(anna, 'when does Globex renew?');
    const missing = await say(anna, 'when does Zyxcorp renew?');
    expect(hidden).toBe(missing.replace('Zyxcorp', 'Globex'));
    expect(hidden).toContain('Nie znalazłem klienta „Globex” wśród klientów, których obsługujesz.');
    expect(hidden).not.toMatch(/wrz 2027|2 400 000|Ben Carter/);
  });

  it('suggests, for a misspelt name, only accounts the asker covers', async () => {
    const replies = await app.replies(anna, 'when does globx renew?', { conversationId: 'perm-suggest' });
    for (const label of labelsOf(replies)) expect(annasAccounts.some((a) => label.startsWith(a)), label).toBe(true);
    expect(loose(replies.map((r) => JSON.stringify(r)).join(''))).not.toContain('Globex');
  });

  it('keeps portfolio-wide lists to the accounts the asker covers', async () => {
    const lists = [
      await say(anna, 'which accounts renew in the next 365 days?'),
      await say(anna, 'moje konta według ARR'),
      await say(anna, 'klienci bez zamówień od 10 dni'),
      await say(anna, 'eskalacje w moich kontach'),
      await say(anna, 'z kim dawno nie rozmawialiśmy?'),
      await say(anna, 'who left their company?'),
    ];
    for (const text of lists) for (const other of notAnnas) expect(text, text).not.toContain(other);
    expect(lists[0]).toContain('Initech');
    expect(lists[1]).toContain('Łódzka Energetyka S.A.');
  });

  it('does not compare with, or describe people at, an account the asker does not cover', async () => {
    const compared = await say(ben, 'compare Globex and Initech');
    expect(compared).toContain('I couldn\'t find an account called "Initech"');
    expect(compared).not.toMatch(/1,200,000|750,913|Sabine/);
    const person = await say(chloe, 'who is Sabine Krüger?');
    expect(person).toContain('I couldn\'t find a contact called "Sabine Krüger" at the accounts you cover.');
    expect(person).not.toMatch(/Chief Information Officer|Initech/);
    const colleague = await say(anna, "show Ben's accounts");
    expect(colleague).toContain('Klienci: Ben Carter: brak wśród klientów, których obsługujesz.');
    for (const other of notAnnas) expect(colleague).not.toContain(other);
  });

  it('answers the same questions for a manager, across the team', async () => {
    expect(await say(maria, 'when does Initech renew?')).toContain('Initech renews on 9 Jan 2027 — in 45 days.');
    const renewals = await say(maria, 'which accounts renew in the next 365 days?');
    for (const account of ['Initech', 'Globex Corporation', 'Acme Corporation', 'Fabrikam Industries']) expect(renewals).toContain(account);
    const bens = await say(maria, "show Ben's accounts");
    expect(bens).toContain('Accounts of Ben Carter (5), by name:');
    expect(bens).not.toContain('Acme');
  });
});

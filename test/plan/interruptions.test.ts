import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Button, Reply } from '../../src/core/reply.js';
import { plainText } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const chloe = 'chloe.martin@acre.example';
const ben = 'ben.carter@acre.example';

const buttonsOf = (replies: Reply[]): Button[] => replies.flatMap((r) => r.blocks.flatMap((b) => (b.kind === 'buttons' ? b.buttons : [])));
const button = (replies: Reply[], label: string): Action => {
  const found = buttonsOf(replies).find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in:\n${replies.map((r) => plainText(r)).join('\n')}`);
  return found.action;
};
const text = (replies: Reply[]) => replies.map((r) => plainText(r)).join('\n\n');

describe('other messages during a walk-through', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('answers commands, questions about other accounts and other plans without losing the place', async () => {
    await converse(app, chloe, [
      ['/account-plan globex', '1/57 · Our team'],
      ['/account acme', 'Acme Corporation', 'Owner: Chloe Martin', { not: 'Saved' }, { not: '1/57' }],
      ['tell me about contoso pharma', 'Contoso Pharma', { not: 'Saved' }],
      ["who are Acme's competitors?", 'The Acme Corporation plan has nothing on competitors yet.', { not: 'Saved' }],
      ['how complete is the globex plan?', 'The Globex Corporation plan is 0% complete', { not: 'Saved' }],
      ['Chloe Martin, solutions engineer', 'Saved: Chloe Martin (solutions engineer)', '2/57'],
      ["let's work on the Acme plan", "Let's build the Acme Corporation account plan: 20 questions for a normal account", '1/20 · Our team'],
      ['me', 'Saved: Chloe Martin', '2/20'],
      ['continue the globex plan', 'Welcome back to the Globex Corporation plan — we were at question 2 of 57.', '2/57'],
      ['go to insights', '30/57 · Insights'],
      ['skip', '31/57', 'When did our current contract start?'],
      ['acme', 'Acme Corporation', 'Owner: Chloe Martin', { not: "doesn't look like a date" }],
      ['next spring', "That doesn't look like a date — try 2027-03-31 or 'end of March'.", '31/57'],
      ['2021-10-01', 'Saved: 1 Oct 2021', '32/57'],
      ['/acre help', '/account-plan <account> — build or refresh the account plan, one question at a time', "\"let's work on the Globex plan\""],
      ['2027-09-30', 'Saved: 30 Sept 2027', '33/57'],
    ]);
  });

  it('works the same with buttons, which carry the account and the question they were shown with', async () => {
    let replies = await app.replies(chloe, '/account-plan acme');
    expect(text(replies)).toContain('Welcome back to the Acme Corporation plan — we were at question 2 of 20.');
    const staleSkip = button(replies, 'Skip');
    replies = await app.replies(chloe, '', { action: staleSkip });
    expect(text(replies)).toContain('Skipped.');
    expect(text(replies)).toContain('3/20');
    replies = await app.replies(chloe, '', { action: staleSkip });
    expect(text(replies)).toContain('That button belongs to an earlier question.');
    expect(text(replies)).toContain('3/20');
    replies = await app.replies(chloe, '', { action: button(replies, 'Status') });
    expect(text(replies)).toContain('Acme Corporation — plan status');
    replies = await app.replies(chloe, '', { action: button(replies, 'Competitors') });
    expect(text(replies)).toContain('14/20 · Competitors');
    expect(text(replies)).toContain('Which competitors are active in this account?');
    replies = await app.replies(chloe, 'Northwind Fasteners');
    expect(text(replies)).toContain('Saved: Northwind Fasteners');
    expect(text(replies)).toContain('15/20');
    replies = await app.replies(chloe, '', { action: button(replies, 'Yes') });
    expect(text(replies)).toContain('Saved: Yes');
    expect(text(replies)).toContain('16/20 · Value we can offer');
    replies = await app.replies(chloe, '', { action: button(replies, 'Protect — keep what we have safe from competitors') });
    expect(text(replies)).toContain('Saved: Protect — keep what we have safe from competitors');
    replies = await app.replies(chloe, '', { action: button(replies, 'Pause') });
    expect(text(replies)).toContain('Paused the Acme Corporation plan at 17/20');
    expect(await app.say(chloe, 'Better logistics')).not.toContain('Saved');
    replies = await app.replies(chloe, '', { action: button(replies, 'Continue') });
    expect(text(replies)).toContain('17/20');
    const [file] = await app.replies(chloe, '', { action: { id: 'plan.export', value: 'acc-acme|json' } });
    expect(file.attachment?.filename).toBe('account-plan-acc-acme-2026-11-25.json');
    const doc = JSON.parse(file.attachment!.content) as { account: { id: string }; categories: { id: string; questions: { id: string; value?: unknown; by?: string }[] }[] };
    expect(doc.account.id).toBe('acc-acme');
    const competitors = doc.categories.find((c) => c.id === 'competitors')!;
    expect(competitors.questions.find((q) => q.id === 'competitors.active')).toMatchObject({ value: { kind: 'text', text: 'Northwind Fasteners' }, by: chloe });
  });

  it("shows nothing of a plan its user may not see, whether asked, typed or pressed", async () => {
    expect(await app.say(ben, '/account-plan initech')).not.toMatch(/Initech|1\/57/);
    expect(await app.say(ben, "let's work on the initech plan")).not.toContain('Initech');
    const forged = await app.replies(ben, '', { action: { id: 'plan.export', value: 'acc-initech|md' } });
    expect(forged[0].attachment).toBeUndefined();
    expect(text(forged)).toContain('That button has expired');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioData } from '../../src/core/model.js';
import { recordAnswer } from '../../src/core/plan/record.js';
import { raiseOpenItem, assignOpenItem } from '../../src/core/plan/open-items.js';
import type { Reply } from '../../src/core/reply.js';
import { testApp, type TestApp } from '../helpers/app.js';

const BEN = 'ben.carter@acre.example';
const ANNA = 'anna.kowalska@acre.example';

/** The plain text of one section of the brief: from its heading to the next. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`== ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}" in:\n${text}`);
  const next = text.indexOf('\n== ', start + 3);
  return text.slice(start, next < 0 ? undefined : next);
}

describe('the QBR brief on the demo portfolio', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('gives Globex a snapshot with ARR, the trend since the last QBR, health and what moved it, each with its source', async () => {
    const text = await app.say(BEN, '/qbr-prep globex');
    expect(text).toContain('== QBR brief — Globex Corporation ==');
    expect(text).toContain('Prepared 25 Nov 2026 for Ben Carter · next QBR: 20 Jan 2027 (in 56 days)');
    const snapshot = section(text, 'Snapshot');
    expect(snapshot).toContain('ARR: US$2,400,000');
    expect(snapshot).toContain('Revenue since the last QBR (14 Oct 2026): US$311,310 · 17 orders · -7% on the same length of time before');
    expect(snapshot).toContain('Last QBR: 14 Oct 2026');
    expect(snapshot).toMatch(/Health: \d+\/100 · healthy · [▲▼±]\d+ since the last QBR/);
    expect(snapshot).toContain('What moved health since the last QBR (14 Oct 2026)');
    expect(snapshot).toContain('Decision makers ▲6 — Last contact with a decision maker (Margaret Olsen) 9 days ago.');
    expect(snapshot).toMatch(/Sources: demo\/accounts\.csv › owner_email, tier, arr, renewal_date \(imported 25 Nov 2026\); demo\/transactions\.csv › date, amount/);
  });

  it('lists Globex\'s results since the last QBR by month, its activities, and says there were no escalations', async () => {
    const results = section(await app.say(BEN, '/qbr-prep globex'), 'Results since the last QBR (14 Oct 2026)');
    expect(results).toContain('October 2026: US$143,945 · 8 orders');
    expect(results).toContain('November 2026: US$167,365 · 9 orders');
    expect(results).toContain('Activities (5)');
    expect(results).toContain('16 Nov 2026 · Meeting — On-site visit in Cleveland with Margaret Olsen (CFO) and David Reyes: 2027 volume plan and EU plant rollout');
    expect(results).toContain('None on record since 14 Oct 2026.');
    expect(results).toMatch(/Sources: demo\/transactions\.csv › date, amount.*demo\/activities\.csv › date, type, summary/);
  });

  it('names who to invite, who hasn\'t been met, and the roles missing at Initech, with its risks and competitor notes', async () => {
    app.clock.set(new Date('2026-11-25T10:00:00Z'));
    const text = await app.say(ANNA, '/qbr-prep initech');
    // Six months since the last QBR: May alone, then one line a month (not "maj 2026 – maj 2026").
    expect(section(text, 'Wyniki od ostatniego QBR')).toMatch(/\n {2}• maj 2026: 32\s518\s€ · 3 zamówienia\n {2}• czerwiec 2026: /);
    const people = section(text, 'Kogo zaprosić');
    expect(people).toContain('Sabine Krüger · Chief Information Officer · decydent · ostatni kontakt 20 maj 2026');
    expect(people).toContain('Brak roli „orędownik”: Peter Gibbs odszedł z firmy i nikt nie przejął tej roli.');
    expect(people).not.toContain('Peter Gibbs · ');
    const risks = section(text, 'Ryzyka i konkurencja');
    expect(risks).toContain('Odnowienie 9 sty 2027, za 45 dni.');
    expect(risks).toContain('7 paź 2026 · Escalation: Michael Brandt says Initech is evaluating two alternative suppliers before the renewal');
    expect(risks).toContain('QBR — QBR zaległy');
    const results = section(text, 'Wyniki od ostatniego QBR (20 maj 2026)');
    expect(results).toContain('19 sie 2026 · Reklamacja — Complaint from Jonas Weber: two late deliveries in July and a disputed invoice');
    expect(results).toContain('wrzesień 2026: brak zamówień');
  });

  it('suggests the five-part agenda and five questions the plan has not answered', async () => {
    const text = await app.say(BEN, '/qbr-prep globex');
    const agenda = section(text, 'Suggested agenda');
    expect(agenda).toContain('1. Results and actions since the last QBR (14 Oct 2026): US$311,310 (-7%)');
    expect(agenda).toContain('2. The customer’s goals and plans');
    expect(agenda).toContain('3. New needs');
    expect(agenda).toContain('4. Potential threats: renewal on 30 Sept 2027');
    expect(agenda).toContain('5. Joint initiatives and next steps');
    const questions = section(text, 'Five questions worth asking');
    expect(questions.split('\n').filter((l) => l.startsWith('  • '))).toEqual([
      "  • What are the customer's most important business goals this year?",
      '  • What problems are getting in the way of those goals?',
      '  • Which changes in their market will shape their business over the next two or three years?',
      '  • Which of their needs could we meet that we do not serve yet?',
      '  • How does the customer decide and buy — the steps, approvals and who signs?',
    ]);
  });

  it('reports the plan\'s progress and open items, quotes its answers in the agenda, and asks only what it doesn\'t know', async () => {
    const at = '2026-11-20T12:00:00.000Z';
    await recordAnswer(app.store, 'acc-globex', 'needs.business_goals', { status: 'answered', value: { kind: 'text', text: 'Open the EU plant in 2027' }, by: BEN, at });
    await recordAnswer(app.store, 'acc-globex', 'needs.pain_points', { status: 'unknown', by: BEN, at });
    await raiseOpenItem(app.store, 'acc-globex', 'needs.pain_points', BEN, at);
    await assignOpenItem(app.store, 'acc-globex', 'needs.pain_points', { owner: BEN, due: '2026-12-05', by: BEN });
    const text = await app.say(BEN, '/qbr-prep globex');
    const plan = section(text, 'Plan status and open items');
    expect(plan).toContain('Account plan: 1 of 57 questions answered (2%) · 1 marked "don\'t know".');
    expect(plan).toContain('What problems are getting in the way of those goals? · Ben Carter · due 5 Dec 2026');
    expect(plan).toContain('Sources: account plan, answers by Ben Carter (20 Nov 2026)');
    expect(section(text, 'Suggested agenda')).toContain('2. The customer’s goals and plans: Open the EU plant in 2027');
    const questions = section(text, 'Five questions worth asking');
    expect(questions).not.toContain('most important business goals');
    expect(questions).toContain('What problems are getting in the way of those goals?');
  });

  it('exports the brief as a Markdown attachment', async () => {
    const [r] = await app.replies(BEN, '/qbr-prep globex md');
    expect(r.attachment).toMatchObject({ filename: 'qbr-brief-acc-globex-2026-11-25.md', mimeType: 'text/markdown' });
    const md = r.attachment!.content;
    expect(md.startsWith('# QBR brief — Globex Corporation\n')).toBe(true);
    expect(md).toContain('\n## Snapshot\n');
    expect(md).toContain('- **ARR:** US$2,400,000');
    expect(md).toContain('**Revenue by month**');
    expect(md).toContain('\n1. Results and actions since the last QBR');
    expect(md).toContain('_Sources: demo/accounts.csv › owner_email, tier, arr, renewal_date (imported 25 Nov 2026)');
    expect(md).not.toContain('[Export as Markdown]');
    const [button] = (await app.replies(BEN, '/qbr-prep globex')).flatMap((x: Reply) => x.blocks).flatMap((b) => (b.kind === 'buttons' ? b.buttons : []));
    expect(button.action).toEqual({ id: 'ask', value: '/qbr-prep acc-globex md' });
    expect((await app.replies(BEN, '/qbr-prep globex --format md'))[0].attachment?.filename).toBe('qbr-brief-acc-globex-2026-11-25.md');
  });

  it('shows nothing about an account the KAM does not cover', async () => {
    const text = await app.say(ANNA, '/qbr-prep globex');
    expect(text).not.toContain('Globex Corporation');
    expect(text).not.toContain('2,400,000');
  });
});

describe('the QBR brief of an account with little data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'empty' });
    const importedAt = '2026-11-25T09:00:00.000Z';
    const src = (file: string) => ({ file, line: 2, importedAt });
    const data: PortfolioData = {
      users: [{ email: 'kate@northco.example', role: 'kam', name: 'Kate Owens', timezone: 'Europe/London', locale: 'en', custom: {}, source: src('users.csv') }],
      accounts: [{ id: 'bare', name: 'Bare Minimum Ltd', ownerEmail: 'kate@northco.example', teamEmails: [], currency: 'GBP', custom: {}, source: src('accounts.csv') }],
      contacts: [],
      transactions: [],
      activities: [],
    };
    await app.acre.replacePortfolio(data);
  });
  afterAll(() => app.close());

  it('says so in every section rather than inventing', async () => {
    const text = await app.say('kate@northco.example', '/qbr-prep bare minimum');
    expect(text).toContain('Prepared 25 Nov 2026 for Kate Owens · next QBR: no QBR cadence or QBR on record');
    const snapshot = section(text, 'Snapshot');
    expect(snapshot).toContain('ARR: not on record');
    expect(snapshot).toContain('Revenue, last 90 days: no orders in this period');
    expect(snapshot).toContain('Renewal: not on record');
    expect(snapshot).toContain('Last QBR: none on record');
    expect(snapshot).toContain('Health: not enough data');
    const results = section(text, 'Results of the last 90 days (no QBR on record)');
    expect(results).toContain('No orders on record since 27 Aug 2026.');
    expect(results).toContain('No activities on record since 27 Aug 2026.');
    expect(results).toContain('Sources: no transactions or activities imported for this account');
    expect(section(text, 'Plan status and open items')).toContain('No account plan answers for Bare Minimum Ltd yet');
    expect(section(text, 'Stakeholders to invite')).toContain('No contacts on record for Bare Minimum Ltd');
    expect(section(text, 'Risks and competitor notes')).toContain('No risks or competitor notes on record');
    expect(section(text, 'Suggested agenda')).toContain('1. Results and actions of the last months\n');
    expect(text).not.toMatch(/£\d/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';

const BEN = 'ben.carter@acre.example';
const ANNA = 'anna.kowalska@acre.example';
const ADMIN = 'admin@acre.example';

describe('QBRs in conversation', () => {
  let app: TestApp;
  let n = 0;
  /** Each question in a fresh conversation, so no follow-up memory helps it. */
  const ask = (who: string, text: string) => app.say(who, text, { conversationId: `q${n++}` });
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('answers when the next QBR is, with the last one and the source', async () => {
    const text = await ask(ADMIN, 'when is the next QBR with Globex?');
    expect(text).toContain('The next QBR with Globex Corporation is on 20 Jan 2027 (in 56 days). The last one was on 14 Oct 2026.');
    expect(text).toContain('Sources: demo/accounts.csv › next_qbr_date (imported 25 Nov 2026)');
    expect(await ask(ANNA, 'kiedy jest następny QBR z Initech?')).toContain(
      'Żaden QBR z Initech nie jest zaplanowany, a jest zaległy o 97 dni (termin 20 sie 2026). Ostatni odbył się 20 maj 2026.',
    );
  });

  it('follows up from the last QBR to the next one and back, on the same account', async () => {
    const say = (text: string) => app.say(BEN, text, { conversationId: 'qbr-follow-up' });
    expect(await say('last qbr globex')).toContain('The last one was on 14 Oct 2026');
    const next = await say('and the next one?');
    expect(next).toMatch(/^Next QBR with Globex Corporation: 20 Jan 2027/);
    const last = await say('and the last one?');
    expect(last).toMatch(/^Last QBR with Globex Corporation: 14 Oct 2026/);
  });

  it('lists the QBRs coming up this month, and the nearest ones when there are none', async () => {
    const text = await ask(ADMIN, 'which QBRs are coming up this month?');
    expect(text).toContain('No QBR is booked for the rest of this month (25 Nov 2026 – 30 Nov 2026).');
    expect(text).toContain('3 Dec 2026 (in 8 days) — Northwind Logistics · Ben Carter');
    const next = await ask(ADMIN, 'which QBRs are coming up next month?');
    expect(next).toContain('QBRs next month (1 Dec 2026 – 31 Dec 2026)');
    expect(next.split('\n').filter((l) => l.startsWith('  • '))).toEqual([
      '  • 3 Dec 2026 (in 8 days) — Northwind Logistics · Ben Carter',
      '  • 8 Dec 2026 (in 13 days) — Wide World Importers · Chloe Martin',
      '  • 9 Dec 2026 (in 14 days) — Northwind Traders · Chloe Martin',
      '  • 16 Dec 2026 (in 21 days) — Łódzka Energetyka S.A. · Anna Kowalska',
    ]);
    expect(await ask(ANNA, 'jakie QBR w przyszłym miesiącu?')).toContain('16 gru 2026 (za 21 dni) — Łódzka Energetyka S.A. · Anna Kowalska');
  });

  it('lists the QBRs of this week and next (Monday to Sunday), and never books one from such a question', async () => {
    // 25 Nov 2026 is a Wednesday.
    expect(await ask(ADMIN, 'any QBRs this week?')).toContain('No QBR is booked for the rest of this week (25 Nov 2026 – 29 Nov 2026).');
    const next = await ask(ADMIN, 'QBRs next week');
    expect(next).toContain('QBRs next week (30 Nov 2026 – 6 Dec 2026)');
    expect(next).toContain('3 Dec 2026 (in 8 days) — Northwind Logistics · Ben Carter');
    expect(next).not.toContain('Booked');
    expect(await ask(ANNA, 'QBR w przyszłym tygodniu')).toContain('Żaden QBR nie jest zaplanowany na przyszły tydzień (30 lis 2026 – 6 gru 2026).');
    // After talking about Globex, "QBRs next week" is still the list: Globex's QBR stays on 20 January.
    await app.say(BEN, 'tell me about Globex', { conversationId: 'qbr-week' });
    expect(await app.say(BEN, 'QBRs next week', { conversationId: 'qbr-week' })).toContain('QBRs next week');
    expect(await app.say(BEN, 'QBRs in the next 7 days', { conversationId: 'qbr-week' })).not.toContain('Booked');
    expect(await ask(BEN, 'when is the next QBR with Globex?')).toContain('20 Jan 2027');
  });

  it('lists the accounts overdue for a QBR, most overdue first, only among those the asker covers', async () => {
    const all = await ask(ADMIN, 'which accounts are overdue for a QBR?');
    expect(all).toContain('2 accounts are overdue for a QBR');
    expect(all).toContain('Coho Winery — overdue by 111 days (due 6 Aug 2026) · last 6 May 2026 · not booked · Chloe Martin');
    expect(all.indexOf('Coho Winery')).toBeLessThan(all.indexOf('Initech'));
    const anna = await ask(ANNA, 'którzy klienci mają zaległy QBR?');
    expect(anna).toContain('Initech — zaległy o 97 dni (termin 20 sie 2026) · ostatni 20 maj 2026 · nie zaplanowano · Anna Kowalska');
    expect(anna).not.toContain('Coho');
    expect(await ask(BEN, 'which accounts are overdue for a QBR?')).toContain('None of your accounts is overdue for a QBR.');
  });

  it('books a QBR said in plain words, in English and Polish, and the answers use it', async () => {
    expect(await ask(BEN, 'Globex QBR is on December 10th')).toContain('Booked: the QBR with Globex Corporation is on 10 Dec 2026 (in 15 days), moved from 20 Jan 2027.');
    expect(await ask(ADMIN, 'when is the next QBR with Globex?')).toContain('is on 10 Dec 2026 (in 15 days)');
    expect(await ask(ADMIN, 'when is the next QBR with Globex?')).toContain('Sources: set in chat by ben.carter@acre.example (25 Nov 2026)');
    expect(await ask(ANNA, 'QBR z Initech 10 grudnia')).toContain('Zaplanowane: QBR z Initech odbędzie się 10 gru 2026 (za 15 dni).');
    expect(await ask(ANNA, 'którzy klienci mają zaległy QBR?')).toContain('Initech — zaległy o 97 dni (termin 20 sie 2026) · ostatni 20 maj 2026 · zaplanowany na 10 gru 2026');
  });

  it('cancels a QBR by command and in words, and says when there is nothing to cancel', async () => {
    expect(await ask(BEN, '/qbr-prep globex cancel')).toContain('Cancelled the QBR with Globex Corporation on 10 Dec 2026. Its reminders are off; Ben Carter gets a weekly nudge');
    expect(await ask(BEN, 'when is the next QBR with Globex?')).toContain('No QBR with Globex Corporation is booked yet; the next is due by 14 Jan 2027 (every 3 months). The last one was on 14 Oct 2026. The one on 10 Dec 2026 was cancelled.');
    expect(await ask(BEN, 'cancel the Globex QBR')).toContain('No QBR with Globex Corporation is booked, so there is nothing to cancel.');
    expect(await ask(ANNA, 'odwołaj QBR z Initech')).toContain('Odwołano QBR z Initech z dnia 10 gru 2026.');
  });

  it('sets a cadence, and explains what it needs when a date or cadence is wrong', async () => {
    expect(await ask(BEN, '/qbr-prep northwind logistics cadence 2 months')).toContain('QBRs with Northwind Logistics are now every 2 months; by that, one was due by 26 Oct 2026.');
    expect(await ask(BEN, '/qbr-prep globex every 4')).toContain('QBRs with Globex Corporation are now every 4 months; the next is due by 14 Feb 2027.');
    expect(await ask(BEN, '/qbr-prep northwind logistics cadence often')).toContain('Give the cadence as a number of months from 1 to 24');
    expect(await ask(BEN, '/qbr-prep globex schedule someday')).toContain('I couldn\'t read "someday" as a date.');
    expect(await ask(BEN, '/qbr-prep globex schedule 2026-11-01')).toContain('1 Nov 2026 has already passed.');
    expect(await ask(BEN, '/qbr-prep')).toContain('Tell me which account, e.g. `/qbr-prep globex`'.replace(/`/g, ''));
  });

  it('does not let a KAM book or read QBRs of an account they do not cover', async () => {
    const text = await ask(ANNA, '/qbr-prep globex schedule 2026-12-12');
    expect(text).not.toContain('Globex Corporation');
    expect(await ask(ADMIN, 'when is the next QBR with Globex?')).not.toContain('12 Dec 2026');
  });
});

describe('QBR dates set in chat', () => {
  it('survive a restart, and give way to a newer import that says otherwise', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'acre-qbr-'));
    try {
      let app = await testApp({ data: 'demo', dataDir });
      await app.say(BEN, '/qbr-prep northwind logistics schedule 2026-12-11');
      await app.close();
      app = await testApp({ data: 'demo', dataDir });
      expect(await app.say(BEN, 'when is the next QBR with Northwind Logistics?')).toContain('is on 11 Dec 2026');
      // An import made later that still says 3 December has nothing new to say: the chat date holds.
      app.clock.advance(60 * 60_000);
      const { demoPortfolio } = await import('../../src/store/demo.js');
      const data = demoPortfolio(app.clock.now());
      await app.acre.replacePortfolio(data);
      expect(await app.say(BEN, 'when is the next QBR with Northwind Logistics?')).toContain('is on 11 Dec 2026');
      // One that gives another date wins.
      const moved = { ...data, accounts: data.accounts.map((a) => (a.id === 'acc-northwind-logistics' ? { ...a, nextQbrDate: '2026-12-17' } : a)) };
      await app.acre.replacePortfolio(moved);
      expect(await app.say(BEN, 'when is the next QBR with Northwind Logistics?')).toContain('is on 17 Dec 2026');
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

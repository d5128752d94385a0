import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../src/core/portfolio.js';
import { defaultRiskSettings, readHealthQuestion, recordWeeklySnapshot } from '../../src/core/risk/index.js';
import { demoPortfolio } from '../../src/store/demo.js';
import { TEST_NOW, testApp, type TestApp } from '../helpers/app.js';
import { bookQbr } from '../../src/core/qbr/changes.js';
import { ANNA, BEN, CHLOE, MARIA } from './helpers.js';

describe('reading health questions', () => {
  it.each([
    ['how healthy is Globex?', { kind: 'health', name: 'globex' }],
    ["What's the health score of the Globex account?", { kind: 'health', name: 'globex' }],
    ['Globex health', { kind: 'health', name: 'globex', loose: true }],
    ['why is Globex at risk?', { kind: 'why', name: 'globex' }],
    ['Why does Initech have such a low score?', { kind: 'why', name: 'initech' }],
    ["what's wrong with northwind traders", { kind: 'why', name: 'northwind traders' }],
    ['health status of Woodgrove', { kind: 'health', name: 'woodgrove' }],
    ['what should I do about Initech?', { kind: 'why', name: 'initech', loose: true }],
    ['next steps for Woodgrove Energy', { kind: 'why', name: 'woodgrove energy', loose: true }],
    ['how can we save Initech?', { kind: 'why', name: 'initech', loose: true }],
    ['Co mam zrobić z Initech?', { kind: 'why', name: 'initech', loose: true }],
    ['which of my accounts are at risk?', { kind: 'list' }],
    ['show me my at-risk accounts', { kind: 'list' }],
    ['do I have any accounts at risk?', { kind: 'list' }],
    ['Czy mam jakieś konta zagrożone?', { kind: 'list' }],
    ['what changed this week?', { kind: 'changes' }],
    ['snooze Initech for 3 weeks', { kind: 'snooze', name: 'initech', weeks: 3 }],
    ['jaka jest kondycja Globex?', { kind: 'health', name: 'globex' }],
    ['Jak zdrowy jest Initech?', { kind: 'health', name: 'initech' }],
    ['Dlaczego Wisła Foods jest zagrożona?', { kind: 'why', name: 'wisla foods' }],
    ['czemu initech ma taki niski wynik', { kind: 'why', name: 'initech' }],
    ['Które z moich kont są zagrożone?', { kind: 'list' }],
    ['Co się zmieniło w tym tygodniu?', { kind: 'changes' }],
    ['uśpij Initech na 2 tygodnie', { kind: 'snooze', name: 'initech', weeks: 2 }],
    ['how is Globex doing?', undefined],
    ['who signs at Initech?', undefined],
    ['how healthy are they?', { kind: 'health' }],
    ['why is it at risk?', { kind: 'why' }],
    ['which of my renewals are at risk?', { kind: 'renewals' }],
    ['at-risk renewals', { kind: 'renewals' }],
    ['Które odnowienia są zagrożone?', { kind: 'renewals' }],
    ['is the Globex renewal at risk?', undefined],
    ['how many accounts are at risk?', { kind: 'list' }],
    ['Ile kont jest zagrożonych?', { kind: 'list' }],
    ['klienci zagrożeni', { kind: 'list' }],
    ['which accounts need attention?', { kind: 'list' }],
    ["Ben's accounts at risk", { kind: 'list' }],
    ['how is my team doing?', { kind: 'team' }],
    ['health of my team', { kind: 'team' }],
    ['team health', { kind: 'team' }],
    ['kondycja mojego zespołu', { kind: 'team' }],
    ['renewals on accounts at risk', { kind: 'renewals' }],
    ['odnowienia zagrożonych kont', { kind: 'renewals' }],
    ['does Globex need attention?', undefined],
    ['Jak radzi sobie mój zespół?', { kind: 'team' }],
    ["which of Anna's accounts are at risk?", { kind: 'list' }],
    ['Które konta wymagają mojej uwagi?', { kind: 'list' }],
    ["show me this week's digest", { kind: 'digest' }],
    ['pokaż mój przegląd tygodniowy', { kind: 'digest' }],
    ['acknowledge Initech', { kind: 'acknowledge', name: 'initech' }],
  ])('"%s"', (text, expected) => {
    expect(readHealthQuestion(text)).toEqual(expected);
  });
});

describe('health questions in the conversation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await testApp({ data: 'demo' });
  });
  afterAll(() => app.close());

  it('answers "how healthy is Globex?" with the score, the band, the change, ABC-XYZ and every signal', async () => {
    const text = await app.say(MARIA, 'how healthy is Globex?');
    expect(text).toContain('== Globex Corporation — health ==');
    expect(text).toContain('Health: 99/100 · healthy');
    expect(text).toContain('Since last week: ±0 since 18 Nov 2026 (recomputed from the data of then)');
    expect(text).toContain('ABC-XYZ: AX · suggested tier: Strategic (top revenue, steady buying)');
    expect(text).toContain('Buying rhythm 23.7/25 — Last order 2 days ago (23 Nov 2026); usually orders at least every 30 days.');
    expect(text).toContain('Account plan — No account plan on record.');
    expect(text).toContain('Data dated before 25 Nov 2026.');
    expect(text).toContain('Sources: demo/accounts.csv › renewal_date, nps, qbr_cadence_months, last_qbr_date (imported 25 Nov 2026)');
  });

  it('explains why Initech is at risk: what costs points, how many, and what would help', async () => {
    const text = await app.say(MARIA, 'why is Initech at risk?');
    expect(text).toContain('== Why Initech is 44/100 · at risk ==');
    expect(text).toContain('No order for 127 days (since 21 Jul 2026); usually orders at least every 30 days, so this is 4.2× that gap. (−17.3 points)');
    expect(text).toContain('Champion Peter Gibbs left the company and nobody has taken the role. (−6.3 points)');
    expect(text).toContain('What would help\n  • Call the buyer: find out why orders stopped and whether a competitor is supplying them.');
    expect(text).toContain('Schedule the overdue QBR.');
    expect(text).toContain('▼3 since 18 Nov 2026');
  });

  it('says a healthy account is not at risk rather than inventing reasons', async () => {
    expect(await app.say(MARIA, 'why is Globex at risk?')).toMatch(/^Globex Corporation is not at risk: 99\/100 · healthy\.\nIts weakest signals\n  • Last order 2 days ago/);
  });

  it('explains a band kept at watch by one critical signal', async () => {
    const text = await app.say(MARIA, 'why is Northwind Traders on watch?');
    expect(text).toContain('== Why Northwind Traders is 87/100 · watch ==');
    expect(text).toContain('The score alone (87) would be healthy; one critical signal is enough to put it on watch.');
    expect(text).toContain('Revenue of the last 6 months fell 47% on the months before (88,688 against 168,768). (−5.9 points)');
  });

  it('follows up "why?" on the account just asked about', async () => {
    await app.say(BEN, 'how healthy is Fabrikam?');
    expect(await app.say(BEN, 'why?')).toContain('Single-threaded: Rachel Turner is the only contact at the customer.');
  });

  it('reads "they" as the account talked about, and "what about…?" as the same question about another', async () => {
    await app.say(CHLOE, 'tell me about Acme');
    expect(await app.say(CHLOE, 'how healthy are they?')).toContain('== Acme Corporation — health ==');
    expect(await app.say(CHLOE, 'why is Coho Winery on watch?')).toContain('Why Coho Winery is 79/100 · watch');
    expect(await app.say(CHLOE, 'what about Acme?')).toContain('Acme Corporation is not at risk');
    // A follow-up that names no account is left to the other features.
    expect(await app.say(CHLOE, 'what about its ARR?')).toContain('£480,000');
  });

  it('shows the asker\'s digest as it stands today, and takes an acknowledgement typed as the button would', async () => {
    const digest = await app.say(MARIA, "show me this week's digest");
    expect(digest).toContain('== At-risk digest — week of 23 Nov 2026 ==');
    expect(digest).toContain('Maria Nowak and team · 15 accounts');
    expect(digest).toMatch(/Initech · 44\/100 · at risk/);
    expect(await app.say(MARIA, 'acknowledge Initech')).toBe('Acknowledged Initech. It stays in one line of your digest until it gets worse.');
    const after = await app.say(MARIA, 'my digest');
    expect(after).toContain('Acknowledged and no worse: Initech');
    expect(after).not.toMatch(/Initech · 44\/100 · at risk/);
    // Someone else's digest is untouched.
    expect(await app.say(ANNA, 'mój przegląd')).toMatch(/Initech · 44\/100 · zagrożone/);
  });

  it('lists the renewals of the next 90 days on accounts that are not healthy, soonest first', async () => {
    const text = await app.say(MARIA, 'which of my renewals are at risk?');
    expect(text).toContain('== Renewals in the next 90 days on accounts at risk or on watch ==');
    expect(text).toContain('2 of the 2 accounts renewing; the soonest first.');
    const lines = text.split('\n').filter((l) => l.startsWith('  • '));
    expect(lines.map((l) => l.slice(4, l.indexOf(' · ')))).toEqual(['Northwind Logistics 89/100', 'Initech 44/100']);
    expect(lines[1]).toContain('9 Jan 2027 (in 45 days) · €1,200,000 — No order for 127 days');
    expect(await app.say(ANNA, 'które odnowienia są zagrożone?')).toContain('Initech 44/100 · zagrożone');
    const chloes = await app.say(CHLOE, 'renewals at risk');
    expect(chloes).toContain('1 of the 1 account renewing');
    expect(chloes).not.toContain('Initech');
  });

  it('lists a manager\'s accounts at risk and on watch, largest ARR first, through the question and /at-risk alike', async () => {
    const text = await app.say(MARIA, 'which of my accounts are at risk?');
    expect(text).toContain('2 at risk and 6 on watch, of 15 accounts; the largest ARR first.');
    const lines = text.split('\n').filter((l) => l.startsWith('  • '));
    expect(lines.map((l) => l.slice(4, l.indexOf(' ', 6)))).toEqual(['Initech', 'Woodgrove', 'Contoso', 'Northwind', 'Northwind', 'Fabrikam', 'Coho', 'Lamna']);
    expect(lines[0]).toBe('  • Initech 44/100 · at risk ▼3 · €1,200,000 — No order for 127 days (since 21 Jul 2026); usually orders at least every 30 days, so this is 4.2× that gap.');
    expect(await app.say(MARIA, '/at-risk')).toBe(text);
  });

  it('narrows the list to a colleague\'s accounts when the question names one, among those the asker sees', async () => {
    const ben = await app.say(MARIA, "Ben's accounts at risk");
    expect(ben).toContain("== Ben Carter's accounts at risk and on watch ==");
    expect(ben).toContain('1 at risk and 3 on watch, of 5 accounts; the largest ARR first.');
    expect(ben).not.toMatch(/Initech|Contoso|Coho/);
    expect(await app.say(MARIA, "which of Anna's accounts are at risk?")).toMatch(/1 at risk and 0 on watch, of 5 accounts[^]*Initech/);
    // In Polish the name is declined: "konta Anny".
    expect(await app.say(MARIA, 'zagrożone konta Anny')).toContain("== Anna Kowalska's accounts at risk and on watch ==");
    // Ben does not cover Anna's accounts: he learns nothing about them.
    expect(await app.say(BEN, "Anna's accounts at risk")).toBe("You see none of Anna Kowalska's accounts.");
  });

  it('sums up the team by owner for a manager, most at risk first', async () => {
    const text = await app.say(MARIA, 'how is my team doing?');
    expect(text).toContain('== Your team, by owner ==');
    const lines = text.split('\n').filter((l) => l.startsWith('  • '));
    expect(lines).toEqual([
      '  • Anna Kowalska — 5 accounts: 1 at risk, 0 on watch, 4 healthy · ARR at risk ≈ €1,200,000',
      '  • Ben Carter — 5 accounts: 1 at risk, 3 on watch, 1 healthy · ARR at risk ≈ €69,000',
      '  • Chloe Martin — 5 accounts: 0 at risk, 3 on watch, 2 healthy',
    ]);
    // A KAM's "team" is what they see: their own accounts.
    expect((await app.say(BEN, 'how is my team doing?')).split('\n').filter((l) => l.startsWith('  • '))).toEqual([
      '  • Ben Carter — 5 accounts: 1 at risk, 3 on watch, 1 healthy · ARR at risk ≈ €69,000',
    ]);
  });

  it('shows a KAM only their own accounts', async () => {
    const text = await app.say(ANNA, '/at-risk');
    expect(text).toContain('Zagrożone: 1, do obserwacji: 1, z 6 kont; największe ARR najpierw.');
    expect(text).toContain('Initech 44/100 · zagrożone ▼3');
    expect(text).not.toMatch(/Woodgrove|Northwind|Fabrikam/);
    expect(await app.say(ANNA, 'how healthy is Woodgrove?')).toBe('Nie znalazłem klienta „woodgrove” wśród klientów, których obsługujesz.');
  });

  it('answers in Polish with Polish dates and numbers', async () => {
    const text = await app.say(ANNA, 'dlaczego Initech jest zagrożony?');
    expect(text).toContain('== Dlaczego Initech: 44/100 · zagrożone ==');
    expect(text).toContain('Brak zamówień od 127 dni (od 21 lip 2026); zwykle zamawia co najmniej raz na 30 dni, to 4,2× ta przerwa. (−17.3 pkt)');
    expect(text).toContain('Zaplanuj zaległy QBR.');
    expect(await app.say(ANNA, 'jaka jest kondycja Initechu?')).toContain('Kondycja: 44/100 · zagrożone');
  });

  it('tells what changed this week against last week\'s snapshot', async () => {
    const changed = await testApp({ data: 'demo' });
    const lastWeek = demoPortfolio(TEST_NOW);
    // A week ago Contoso's NPS was still positive and Acme had just lost its champion.
    const then = new Portfolio({
      ...lastWeek,
      accounts: lastWeek.accounts.map((a) => (a.id === 'acc-contoso-pharma' ? { ...a, nps: 35 } : a)),
      contacts: lastWeek.contacts.map((c) => (c.accountId === 'acc-acme' && c.role === 'champion' ? { ...c, leftCompany: true } : c)),
    });
    await recordWeeklySnapshot(changed.store, then, '2026-11-16', defaultRiskSettings);
    const text = await changed.say(MARIA, 'what changed this week?');
    await changed.close();
    expect(text).toContain('== What changed since 16 Nov 2026 ==');
    expect(text).toMatch(/New at risk or on watch\n  • Contoso Pharma \d+\/100 · healthy → 90\/100 · watch — Negative NPS: -18\./);
    expect(text).toMatch(/Recovered\n  • Acme Corporation \d+\/100 · watch → 96\/100 · healthy/);
    expect(text).toMatch(/New at risk or on watch\n(?:  • .*\n)*  • Initech \d+\/100 · watch → 44\/100 · at risk/);
    expect(text).toContain('Changes against the snapshot of 16 Nov 2026.');
  });

  it('snoozes an account by name for some weeks', async () => {
    expect(await app.say(MARIA, 'snooze Woodgrove for 3 weeks')).toBe('Snoozed Woodgrove Energy for 3 weeks: it is back in your digest from 16 Dec 2026.');
    expect(await app.say(MARIA, '/at-risk')).toContain('Woodgrove Energy 31/100 · at risk ▲3 · US$75,000 · snoozed until 16 Dec 2026');
  });

  it('offers the closest accounts when the name does not match', async () => {
    const replies = await app.replies(MARIA, 'how healthy is Northwind?');
    const buttons = replies[0].blocks.find((b) => b.kind === 'buttons');
    expect(buttons && buttons.kind === 'buttons' ? buttons.buttons.map((b) => [b.label, b.action.value]) : []).toEqual([
      ['Northwind Logistics', 'how healthy is acc-northwind-logistics?'],
      ['Northwind Traders', 'how healthy is acc-northwind-traders?'],
    ]);
    expect(await app.say(MARIA, 'how healthy is acc-northwind-logistics?')).toContain('Health: 89/100 · watch');
  });

  it('counts a QBR booked in chat and since held, as the QBR calendar does', async () => {
    const before = await app.say(CHLOE, 'how healthy is Coho Winery?');
    expect(before).toContain('QBRs 0/8 — QBR overdue by 112 days');
    await bookQbr(app.store, { accountId: 'acc-coho-winery', by: CHLOE, now: new Date('2026-11-20T09:00:00Z'), today: '2026-11-20' }, '2026-11-24', undefined);
    const after = await app.say(CHLOE, 'how healthy is Coho Winery?');
    expect(after).toContain('QBRs 8/8 — Last QBR on 24 Nov 2026, 1 day ago (one every 3 months).');
    expect(after).toContain('Health: 87/100 · watch');
  });

  it('weighs the signals as ACRE_HEALTH_WEIGHTS says', async () => {
    const weighted = await testApp({ data: 'demo', env: { ACRE_HEALTH_WEIGHTS: '{"recency":0,"trend":0}' } });
    const text = await weighted.say(MARIA, 'how healthy is Initech?');
    await weighted.close();
    expect(text).not.toMatch(/Buying rhythm|Revenue trend/);
    expect(text).toContain('Health: 53/100 · watch');
    expect(text).toContain('Regularity (XYZ) 9.1/10 — Buys regularly with swings (Y)');
  });

  it('adds health and ABC-XYZ to the account overview', async () => {
    const text = await app.say(MARIA, '/account initech');
    expect(text).toContain('Health: 44/100 · at risk — buying rhythm');
    expect(text).toContain('ABC-XYZ: AY · suggested tier: Strategic (top revenue, steady buying)');
  });
});

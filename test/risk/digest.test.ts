import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/channels/slack/render/block-kit.js';
import { cardsFor, MAX_CARD_BYTES } from '../../src/channels/teams/card.js';
import { explainSignal } from '../../src/core/i18n/risk-signals.js';
import type { Portfolio } from '../../src/core/portfolio.js';
import { plainText, type Reply } from '../../src/core/reply.js';
import {
  acknowledge,
  audienceOfUser,
  defaultRiskSettings,
  digestRecipients,
  digestReplies,
  encodeDigestAction,
  reachPeopleThrough,
  recordWeeklySnapshot,
  weeklyDigestFor,
  type DigestRecipient,
} from '../../src/core/risk/index.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { ANNA, demoWithTwoManagers, MARIA, NINA, recordingMessenger, syntheticPortfolio } from './helpers.js';

const options = { defaultTimezone: 'UTC', defaultLocale: 'en' as const };
const names = (list: { name: string }[]) => list.map((a) => a.name);

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWith(data = demoWithTwoManagers()): Promise<{ app: TestApp; portfolio: Portfolio; recipient: (email: string) => DigestRecipient }> {
  app = await testApp({ data: 'empty' });
  const portfolio = await app.acre.replacePortfolio(data);
  const recipients = digestRecipients(portfolio, options);
  return { app, portfolio, recipient: (email) => recipients.find((r) => r.kind === 'manager' && r.user.email === email)! };
}

const digestOf = (a: { app: TestApp; portfolio: Portfolio }, r: DigestRecipient, asOf: string) =>
  weeklyDigestFor(r, { portfolio: a.portfolio, store: a.app.store, settings: defaultRiskSettings, asOf });

describe('the weekly digest', () => {
  it('goes to every manager, each in their own time zone and language', async () => {
    const { portfolio } = await appWith();
    expect(digestRecipients(portfolio, options).map((r) => [r.kind === 'manager' ? r.user.email : r.id, r.timezone, r.locale])).toEqual([
      [MARIA, 'Europe/Warsaw', 'en'],
      [NINA, 'America/New_York', 'en'],
    ]);
    const withChannel = digestRecipients(portfolio, { ...options, channel: { channel: 'slack', id: 'C0KAM' }, timezone: 'Europe/London' });
    expect(withChannel.map((r) => r.timezone)).toEqual(['Europe/London', 'Europe/London', 'Europe/London']);
    expect(withChannel[2]).toMatchObject({ kind: 'channel', channel: 'slack', id: 'C0KAM' });
  });

  it('ranks the accounts needing attention by band, then by ARR in one currency, with reasons, owner and renewal', async () => {
    const a = await appWith();
    const digest = await digestOf(a, a.recipient(MARIA), '2026-11-25');
    expect(names(digest.attention)).toEqual(['Initech', 'Woodgrove Energy', 'Contoso Pharma', 'Northwind Logistics', 'Fabrikam Industries', 'Lamna Healthcare']);
    expect(digest.totals).toMatchObject({ accounts: 11, atRisk: 2, watch: 4, healthy: 5, atRiskArr: 1_269_000 });
    const initech = digest.attention[0];
    expect(initech).toMatchObject({ accountId: 'acc-initech', band: 'at_risk', owner: { email: ANNA, name: 'Anna Kowalska' }, arr: 1_200_000, currency: 'EUR', renewal: { date: '2027-01-09', inDays: 45 } });
    expect(initech.reasons.map((r) => [r.signal, r.critical])).toEqual([['recency', true], ['trend', true], ['qbr', true]]);
    expect(explainSignal(initech.reasons[0].explanation, 'en')).toBe('No order for 127 days (since 21 Jul 2026); usually orders at least every 30 days, so this is 4.2× that gap.');
    expect(names(digest.renewals)).toEqual(['Northwind Logistics', 'Initech']);
    expect(digest.comparedWith).toEqual({ basis: 'recomputed', since: '2026-11-18' });
  });

  it('shows a manager only their team\'s accounts', async () => {
    const a = await appWith();
    const maria = await digestOf(a, a.recipient(MARIA), '2026-11-23');
    const nina = await digestOf(a, a.recipient(NINA), '2026-11-23');
    expect(names(nina.attention)).toEqual(['Contoso Pharma', 'Northwind Logistics', 'Northwind Traders', 'Coho Winery']);
    expect(nina.totals.accounts).toBe(7);
    for (const own of ['Northwind Traders', 'Coho Winery']) expect(names(maria.attention)).not.toContain(own);
    expect(JSON.stringify(nina)).not.toMatch(/Initech|Woodgrove|Fabrikam|Lamna/);
  });

  it('tells what is new, worse and recovered against last week\'s snapshot', async () => {
    const a = await appWith();
    const data = demoWithTwoManagers();
    const lastWeek = {
      ...data,
      accounts: data.accounts.map((x) => (x.id === 'acc-contoso-pharma' ? { ...x, nps: 40 } : x)),
      contacts: data.contacts.map((c) => (c.accountId === 'acc-acme' && c.role === 'champion' ? { ...c, leftCompany: true } : c)),
    };
    const { Portfolio } = await import('../../src/core/portfolio.js');
    await recordWeeklySnapshot(a.app.store, new Portfolio(lastWeek), '2026-11-16', defaultRiskSettings);
    const nina = await digestOf(a, a.recipient(NINA), '2026-11-23');
    expect(names(nina.changes.new)).toEqual(['Contoso Pharma']);
    expect(names(nina.changes.recovered)).toEqual(['Acme Corporation']);
    expect(nina.comparedWith).toEqual({ basis: 'snapshot', since: '2026-11-16' });
    const text = plainText(digestReplies(nina, defaultRiskSettings)[0]);
    expect(text).toContain('New: Contoso Pharma (watch)');
    expect(text).toContain('Recovered: Acme Corporation');
  });

  it('keeps a snoozed account out until the snooze ends', async () => {
    const a = await appWith();
    const value = encodeDigestAction({ account: 'acc-initech', audience: audienceOfUser(MARIA), weeks: 2 });
    expect(await a.app.say(MARIA, '', { action: { id: 'digest.snooze', value } })).toBe('Snoozed Initech for 2 weeks: it is back in your digest from 9 Dec 2026.');
    const during = await digestOf(a, a.recipient(MARIA), '2026-12-07');
    expect(names(during.attention)).not.toContain('Initech');
    expect(names(during.renewals)).not.toContain('Initech');
    expect(during.snoozed).toEqual([{ accountId: 'acc-initech', name: 'Initech', until: '2026-12-09', by: 'Maria Nowak' }]);
    expect(plainText(digestReplies(during, defaultRiskSettings)[0])).toContain('Snoozed: Initech (until 9 Dec 2026)');
    const after = await digestOf(a, a.recipient(MARIA), '2026-12-14');
    expect(names(after.attention)[0]).toBe('Initech');
    expect(after.snoozed).toEqual([]);
    // Snoozing is Maria's: Nina's digest is not affected by it.
    expect((await digestOf(a, a.recipient(NINA), '2026-12-07')).snoozed).toEqual([]);
  });

  it('folds an acknowledged account into one line until it gets worse', async () => {
    const a = await appWith();
    const value = encodeDigestAction({ account: 'acc-woodgrove', audience: audienceOfUser(MARIA) });
    expect(await a.app.say(MARIA, '', { action: { id: 'digest.ack', value } })).toBe('Acknowledged Woodgrove Energy. It stays in one line of your digest until it gets worse.');
    const next = await digestOf(a, a.recipient(MARIA), '2026-11-30');
    expect(names(next.acknowledged)).toEqual(['Woodgrove Energy']);
    expect(names(next.attention)).not.toContain('Woodgrove Energy');
    // Had it been acknowledged while it still looked fine, today's score is worse: back in full.
    await acknowledge(a.app.store, audienceOfUser(MARIA), 'acc-woodgrove', { score: 60, band: 'watch' }, 'Maria Nowak', '2026-11-01');
    expect(names((await digestOf(a, a.recipient(MARIA), '2026-11-30')).attention)).toContain('Woodgrove Energy');
  });

  it('refuses a button for an account the person pressing it does not cover', async () => {
    const a = await appWith();
    const value = encodeDigestAction({ account: 'acc-woodgrove', audience: audienceOfUser(MARIA), weeks: 2 });
    expect(await a.app.say(ANNA, '', { action: { id: 'digest.snooze', value } })).toBe('Tego konta nie ma wśród Twoich klientów, więc nie mogę nic z nim zrobić.');
  });

  it('asks the owner by direct message in the owner\'s language, and says so when no channel can reach them', async () => {
    const a = await appWith();
    const value = encodeDigestAction({ account: 'acc-initech', audience: audienceOfUser(MARIA) });
    expect(await a.app.say(MARIA, '', { action: { id: 'digest.ask', value } })).toBe(
      "I can't reach Anna Kowalska from here: no Slack or Teams channel is running. Ask them directly, or try again from Slack or Teams.",
    );
    const messenger = recordingMessenger();
    reachPeopleThrough(a.app.store, messenger);
    expect(await a.app.say(MARIA, '', { action: { id: 'digest.ask', value } })).toBe('I sent Anna Kowalska a message about Initech, with its score and reasons.');
    expect(messenger.sent).toHaveLength(1);
    expect(messenger.sent[0].to).toEqual({ kind: 'user', email: ANNA });
    expect(messenger.sent[0].text).toMatch(/^Maria Nowak pyta o Initech \(44\/100 · zagrożone\): jak wygląda sytuacja i co planujesz\?\nCo obniża wynik\n  • Brak zamówień od 127 dni/);
    expect(messenger.sent[0].text).toContain('[Dlaczego?] [Przegląd konta]');
    const digest = await digestOf(a, a.recipient(MARIA), '2026-11-30');
    expect(digest.attention[0].asked).toEqual({ by: 'Maria Nowak', on: '2026-11-25' });
  });

  it('stays within Slack\'s and Teams\' limits with 500 accounts', async () => {
    const a = await appWith(syntheticPortfolio(500));
    const boss = digestRecipients(a.portfolio, options)[0];
    const digest = await digestOf(a, boss, '2026-11-25');
    expect(digest.totals.accounts).toBe(500);
    expect(digest.attention.length).toBeGreaterThan(150);
    const [reply] = digestReplies(digest, defaultRiskSettings);
    const text = plainText(reply);
    expect(text).toContain(`…and ${digest.attention.length - 8 - countListed(reply)} more`);
    const slack = renderReply(reply, { sources: 'Sources', moreItems: (n) => `…and ${n} more` });
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0].blocks.length).toBeLessThanOrEqual(50);
    for (const block of slack.messages[0].blocks) if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    const cards = cardsFor(reply, { sourcesLabel: 'Sources' });
    expect(cards).toHaveLength(1);
    expect(Buffer.byteLength(JSON.stringify(cards[0]))).toBeLessThan(MAX_CARD_BYTES);
  });
});

/** The accounts listed one per line under "Also needing attention". */
function countListed(reply: Reply): number {
  const list = reply.blocks.find((b) => b.kind === 'list' && b.title === 'Also needing attention');
  return list && list.kind === 'list' ? list.items.length - 1 : 0;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsGlance } from '../../src/channels/slack/home/accounts-glance.js';
import { suggestedPrompts } from '../../src/channels/slack/home/suggested-prompts.js';
import { visibleAccounts } from '../../src/core/accounts/access.js';
import { plainText } from '../../src/core/reply.js';
import { bookQbr } from '../../src/core/qbr/changes.js';
import { testApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
const deps = () => ({ acre: app.acre, defaultLocale: 'en' as const, defaultTimezone: 'UTC' });
beforeAll(async () => {
  app = await testApp({ data: 'crm' });
});
afterAll(async () => {
  await app.close();
});

describe('the Home tab\'s accounts at a glance', () => {
  it('lists a manager\'s team\'s accounts, soonest renewal first, with renewal, next QBR and ARR, and where that comes from', async () => {
    const text = plainText(await accountsGlance(deps(), { slackUserId: 'U100MIA' }));
    expect(text).toMatch(/Oakridge Mills[\s\S]*Bluefin Shipping Ltd[\s\S]*Zorza/);
    expect(text).toContain('Renewal: 28 Feb 2027 (in 95 days) · Next QBR: 15 Dec 2026');
    expect(text).toContain('ARR £480,000');
    expect(text).toMatch(/Sources: accounts\.csv › renewal_date, next_qbr_date, arr/);
  });

  it('shows a QBR booked in chat as the next one, and cites it', async () => {
    const portfolio = await app.acre.portfolio();
    const oakridge = [...portfolio.accounts.values()].find((a) => a.name === 'Oakridge Mills')!;
    await bookQbr(app.store, { accountId: oakridge.id, by: 'mia@northco.example', now: new Date('2026-11-24T09:00:00Z'), today: '2026-11-24' }, '2026-12-03', undefined);
    const text = plainText(await accountsGlance(deps(), { slackUserId: 'U100MIA' }));
    expect(text).toMatch(/Oakridge Mills[^\n]*\nRenewal: [^\n]* · Next QBR: 3 Dec 2026/);
    expect(text).toContain('set in chat by mia@northco.example (24 Nov 2026)');
  });

  it('tells someone it does not know how to get access', async () => {
    expect(plainText(await accountsGlance(deps(), { slackUserId: 'U999NEW', email: 'new@northco.example' }))).toMatch(/I don't know you yet \(new@northco\.example\)/);
  });

  it('leaves the core\'s shared list of visible accounts in its order (the core indexes it)', async () => {
    const portfolio = await app.acre.portfolio();
    const kate = portfolio.user('kate@northco.example')!;
    const before = visibleAccounts(portfolio, kate).map((a) => a.id);
    await accountsGlance(deps(), { slackUserId: 'U100KATE' });
    await suggestedPrompts(deps(), { slackUserId: 'U100KATE' });
    expect(visibleAccounts(portfolio, kate).map((a) => a.id)).toEqual(before);
  });

  it('shows 40 accounts and says how many more there are', async () => {
    const portfolio = await app.acre.portfolio();
    const many = Array.from({ length: 55 }, (_, i) => ({ ...portfolio.data.accounts[0], id: `acc${i}`, name: `Account ${String(i).padStart(2, '0')}` }));
    await app.acre.replacePortfolio({ ...portfolio.data, accounts: [...portfolio.data.accounts, ...many] });
    try {
      const glance = await accountsGlance(deps(), { slackUserId: 'U100KATE' });
      expect(glance.blocks.filter((b) => b.kind === 'buttons')).toHaveLength(40);
      expect(plainText(glance)).toContain('…and 17 more');
    } finally {
      await app.acre.replacePortfolio(portfolio.data);
    }
  });
});

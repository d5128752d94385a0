import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeProblems, importCsv } from '../../src/store/import/index.js';
import { CRM_FIXTURE, testApp, type TestApp } from '../helpers/app.js';

/** A copy of the CRM fixture that a test may change. */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'acre-crm-'));
  cpSync(CRM_FIXTURE, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('importing CRM exports', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await testApp({ data: 'crm' });
  });
  afterEach(() => app.close());

  it('refuses a file with one bad row, names its line and column, and changes nothing', async () => {
    const dir = fixtureCopy();
    edit(dir, 'accounts.csv', (t) => t.replace('blue,Bluefin Shipping Ltd', 'blue,Bluefin Renamed').replace('2026-12-31', '31/12/2026'));
    const before = await app.acre.portfolio();
    const result = await importCsv(app.acre, [dir], { now: app.clock.now() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { file: 'accounts.csv', line: 3, column: 'renewal_date', value: '31/12/2026', expected: 'a date as YYYY-MM-DD, e.g. 2026-03-31' },
    ]);
    expect(describeProblems(result.problems)).toEqual([
      'accounts.csv, line 3, column renewal_date: "31/12/2026" — expected a date as YYYY-MM-DD, e.g. 2026-03-31',
    ]);
    const after = await app.acre.portfolio();
    expect(after.version).toBe(before.version);
    expect(after.accounts.get('blue')?.name).toBe('Bluefin Shipping Ltd');
    app.acre.refresh();
    expect((await app.acre.portfolio()).accounts.get('blue')?.name).toBe('Bluefin Shipping Ltd');
  });

  it('reports every problem across files: wrong types, a missing required value, an unknown account', async () => {
    const dir = fixtureCopy();
    edit(dir, 'transactions.csv', (t) => `${t}blue,2026-11-20,"1,5",GBP,B-1005\nghost,2026-11-20,100,GBP,G-1\n`);
    edit(dir, 'contacts.csv', (t) => `${t}blue,,CTO,cto@bluefin.example,champion,9,fan,,maybe\n`);
    const result = await importCsv(app.acre, [dir], { now: app.clock.now() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = describeProblems(result.problems);
    expect(lines).toContain('contacts.csv, line 7, column name: expected a value (this column is required)');
    expect(lines).toContain('contacts.csv, line 7, column influence: "9" — expected a whole number from 1 to 5');
    expect(lines).toContain('contacts.csv, line 7, column attitude: "fan" — expected one of mentor, supporter, neutral, non_supporter, enemy');
    expect(lines).toContain('contacts.csv, line 7, column left_company: "maybe" — expected true or false');
    expect(lines).toContain('transactions.csv, line 9, column amount: "1,5" — expected a number with a dot as the decimal mark, e.g. 12500.50');
    expect(lines).toContain('transactions.csv, line 10, column account_id: "ghost" — expected the id of an account in accounts.csv or already imported');
  });

  it('says which required column a file lacks', async () => {
    const dir = fixtureCopy();
    edit(dir, 'activities.csv', (t) => t.replace('account_id,date,type,summary', 'account_id,when,type,summary'));
    const result = await importCsv(app.acre, [join(dir, 'activities.csv')], { now: app.clock.now() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)[0]).toBe('activities.csv, line 1, column date: expected a "date" column (the file has: account_id, when, type, summary)');
  });

  it('updates by id on re-import, keeps extra columns as custom fields, and adds new records', async () => {
    const dir = fixtureCopy();
    edit(dir, 'accounts.csv', (t) => t.replace('480000,GBP', '510000,GBP'));
    edit(dir, 'transactions.csv', (t) => `${t}blue,2026-11-20,43000,GBP,B-1005\n`);
    const result = await importCsv(app.acre, [join(dir, 'accounts.csv'), join(dir, 'transactions.csv')], { now: app.clock.now() });
    expect(result.ok).toBe(true);
    const portfolio = await app.acre.portfolio();
    expect(portfolio.accounts.size).toBe(3);
    expect(portfolio.accounts.get('blue')?.arr).toBe(510000);
    expect(portfolio.accounts.get('blue')?.custom).toEqual({ 'Custom Score': '7' });
    expect(portfolio.transactionsOf('blue').map((t) => t.invoice)).toEqual(['B-1001', 'B-1002', 'B-1003', 'B-1004', 'B-1005']);
    expect(portfolio.contactsOf('blue')).toHaveLength(3);
  });

  it('accepts Salesforce and HubSpot header names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acre-sf-'));
    writeFileSync(join(dir, 'accounts.csv'), 'Account ID,Account Name,Account Owner Email,Industry,CurrencyIsoCode,Contract End Date\nsf1,Contoso Pharma,kate@northco.example,Pharma,EUR,2027-01-31\n');
    writeFileSync(join(dir, 'contacts.csv'), 'Associated Company ID,First Name,Last Name,Job Title,Email Address,Last Activity Date\nsf1,Lena,Berg,CFO,lena@contoso.example,2026-10-01T09:30:00Z\n');
    writeFileSync(join(dir, 'transactions.csv'), 'AccountId,Close Date,Amount,Opportunity ID\nsf1,2026-09-30,25000.00,006XYZ\n');
    const result = await importCsv(app.acre, [dir], { now: app.clock.now() });
    expect(result.ok).toBe(true);
    const portfolio = await app.acre.portfolio();
    expect(portfolio.accounts.get('sf1')).toMatchObject({ name: 'Contoso Pharma', currency: 'EUR', renewalDate: '2027-01-31', industry: 'Pharma' });
    expect(portfolio.contactsOf('sf1')[0]).toMatchObject({ name: 'Lena Berg', title: 'CFO', lastContactDate: '2026-10-01' });
    expect(portfolio.transactionsOf('sf1')[0]).toMatchObject({ id: '006XYZ', amount: 25000 });
  });

  it('refuses a file it cannot place, and a malformed CSV, without storing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acre-bad-'));
    writeFileSync(join(dir, 'deals.csv'), 'a,b\n1,2\n');
    const unknown = await importCsv(app.acre, [join(dir, 'deals.csv')], { now: app.clock.now() });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.unknownFiles).toEqual([join(dir, 'deals.csv')]);
    writeFileSync(join(dir, 'accounts.csv'), 'id,name,owner_email\nx,"Unclosed quote,kate@northco.example\n');
    const broken = await importCsv(app.acre, [join(dir, 'accounts.csv')], { now: app.clock.now() });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(describeProblems(broken.problems)[0]).toMatch(/^accounts\.csv, line \d+: expected well-formed CSV/);
    expect((await app.acre.portfolio()).accounts.has('x')).toBe(false);
  });

  it('shows progress on large files', async () => {
    const dir = fixtureCopy();
    const rows = Array.from({ length: 25_000 }, (_, i) => `blue,2025-${String((i % 12) + 1).padStart(2, '0')}-10,${100 + i},GBP,BIG-${i}`);
    writeFileSync(join(dir, 'transactions.csv'), `account_id,date,amount,currency,invoice\n${rows.join('\n')}\n`);
    const seen: number[] = [];
    const result = await importCsv(app.acre, [join(dir, 'transactions.csv')], { now: app.clock.now(), onProgress: (p) => seen.push(p.rows) });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([10_000, 20_000, 25_000]);
    expect((await app.acre.portfolio()).transactionsOf('blue')).toHaveLength(25_004);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRM_FIXTURE } from '../helpers/app.js';
import { acreCommand } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'acre-cli-'));

const acre = acreCommand(dataDir);

describe('the acre command', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a folder into an empty data folder and answers piped questions as the owner', () => {
    const imported = acre(['import', CRM_FIXTURE]);
    expect(imported.err).toBe('');
    expect(imported.out).toMatch(/^Imported 4 users, 3 accounts, 5 contacts, 7 transactions, 4 activities in [\d.]+ s into sqlite/);
    const chat = acre(['chat', '--as', 'kate@northco.example'], '/account blufin shiping\n/account oakrige\n');
    expect(chat.code).toBe(0);
    expect(chat.out).toContain('Bluefin Shipping Ltd');
    expect(chat.out).toContain('Oakridge Mills');
    expect(chat.out).toContain('Sources: accounts.csv');
  });

  it('prints no trace of an account to a KAM who does not cover it', () => {
    const chat = acre(['chat', '--as', 'piotr@northco.example'], '/account oakrige\n');
    expect(chat.code).toBe(0);
    expect(chat.out).not.toMatch(/Oakridge|Gary|120/);
  });

  it('stops on a bad row with its line and column, and keeps the data', () => {
    const bad = acre(['import', join(CRM_FIXTURE, '..', 'crm-bad', 'transactions.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Nothing was imported: 1 problem to fix first.');
    expect(bad.err).toContain('transactions.csv, line 3, column date: "2026-13-01" — expected a real calendar date as YYYY-MM-DD');
    expect(acre(['chat', '--as', 'kate@northco.example'], '/account bluefin\n').out).toMatch(/Last order\s+2 Nov 2026/);
  });

  it('refuses to start on a broken account-plan question file, naming the question and field', () => {
    const questions = mkdtempSync(join(tmpdir(), 'acre-questions-'));
    for (const locale of ['en', 'pl']) {
      const text = readFileSync(join(root, 'prompts', `account-plan.${locale}.yaml`), 'utf8');
      writeFileSync(join(questions, `account-plan.${locale}.yaml`), locale === 'en' ? text.replace('type: scale', 'type: scael') : text);
    }
    const run = acre(['chat'], '', { ACRE_QUESTIONS_DIR: questions });
    expect(run.code).toBe(2);
    expect(run.err).toContain('Acre cannot start: the account-plan questions need fixing.');
    expect(run.err).toMatch(/account-plan\.en\.yaml, question 13 \(customer_team\.relationship_breadth\), line \d+: 'type' must be one of .*; got 'scael'/);
    expect(run.err).not.toContain('    at ');
  });

  it('refuses to start on a wrong setting and says which', () => {
    const run = acre(['chat'], '', { PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(run.err).toContain('PORT: expected');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_FIXTURE } from '../helpers/app.js';

const acre = join(import.meta.dirname, '..', '..', 'bin', 'acre.js');

/** The acre CLI as an admin uses it: import a CRM export, then pipe questions into `acre chat`. (Real clock: only dates that do not move are checked.) */
describe('piping questions into acre chat on an imported portfolio', () => {
  let dataDir: string;
  const run = (args: string[], input = '') =>
    execFileSync(process.execPath, [acre, ...args], { input, encoding: 'utf8', env: { ...process.env, ACRE_DATA_DIR: dataDir, ACRE_DEMO: 'off', ACRE_LOG_LEVEL: 'warn' } });
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'acre-cli-qa-'));
    run(['import', CRM_FIXTURE]);
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers in English with sources, and follows up on the same account', () => {
    const out = run(['chat', '--as', 'kate@northco.example'], 'when does bluefin renew?\nwho signs there?\n');
    expect(out).toContain('Bluefin Shipping Ltd renews on 28 Feb 2027');
    expect(out).toContain('Sources: accounts.csv › renewal_date, arr');
    expect(out).toContain('Harriet Vane · COO · decision maker');
  }, 60_000);

  it('answers in Polish, and tells a KAM nothing about an account they do not cover', () => {
    const out = run(['chat', '--as', 'piotr@northco.example'], 'kto odszedł z bluefin?\nkiedy odnowienie oakridge?\n');
    expect(out).toContain('Kontakty, które odeszły z Bluefin Shipping Ltd:');
    expect(out).toContain('Sara Holt');
    expect(out).toContain('Nie znalazłem klienta „oakridge” wśród klientów, których obsługujesz.');
    expect(out).not.toMatch(/31 gru 2026|Gary Mills/);
  }, 60_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_FIXTURE } from '../helpers/app.js';
import { acreCommand } from '../helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'acre-qbr-cli-'));

const acre = acreCommand(dataDir);

// Each test starts the real command a few times; on a busy machine that takes a while.
describe('QBRs from the acre command', { timeout: 180_000 }, () => {
  beforeAll(() => {
    expect(acre(['import', CRM_FIXTURE]).code).toBe(0);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers /qbr-prep with the brief in the console chat, from piped input', () => {
    const chat = acre(['chat', '--as', 'kate@northco.example'], '/qbr-prep bluefin\n');
    expect(chat.code).toBe(0);
    for (const heading of ['QBR brief — Bluefin Shipping Ltd', 'Snapshot', 'Results since the last QBR (15 Sept 2026)', 'Plan status and open items', 'Stakeholders to invite', 'Risks and competitor notes', 'Suggested agenda', 'Five questions worth asking']) {
      expect(chat.out).toContain(`${heading}\n`);
    }
    expect(chat.out).toMatch(/ARR\s+£480,000/);
    expect(chat.out).toContain('Harriet Vane · COO · decision maker · last contact 30 Oct 2026');
    expect(chat.out).toContain('Sources: contacts.csv › name, role, last_contact_date, left_company');
    expect(chat.out).toContain('[1] Export as Markdown');
  });

  it('lists the reminders and nudges that fall due on a day, with account and recipient', () => {
    const dec1 = acre(['reminders', '--as-of', '2026-12-01']);
    expect(dec1.code).toBe(0);
    expect(dec1.out).toBe(
      'QBR reminders and nudges due on 2026-12-01 (1):\n' +
        '  2026-12-01 09:00 Europe/London · reminder, 14 days before the QBR on 15 Dec 2026 · Bluefin Shipping Ltd (blue) → kate@northco.example\n',
    );
    const monday = acre(['reminders', '--as-of', '2026-11-30']);
    expect(monday.out).toContain('2026-11-30 09:00 Europe/London · nudge: no QBR booked, overdue by 112 days (due 10 Aug 2026) · Oakridge Mills (oak) → kate@northco.example');
    expect(acre(['reminders', '--as-of', '2026-12-02']).out).toBe('No QBR reminders, nudges or open-item reminders fall due on 2026-12-02.\n');
  });

  it('prints them as JSON, with the team when configured', () => {
    const json = JSON.parse(acre(['reminders', '--as-of', '2026-12-14', '--json'], '', { ACRE_QBR_REMIND_TEAM: 'true' }).out) as { day: string; reminders: Record<string, unknown>[] };
    expect(json.day).toBe('2026-12-14');
    expect(json.reminders.map((r) => [r.kind, r.accountId, r.recipient, r.role, r.at, r.leadDays ?? null])).toEqual([
      ['reminder', 'blue', 'piotr@northco.example', 'team', '2026-12-14T08:00:00Z', 1],
      ['reminder', 'blue', 'kate@northco.example', 'owner', '2026-12-14T09:00:00Z', 1],
      ['nudge', 'oak', 'kate@northco.example', 'owner', '2026-12-14T09:00:00Z', null],
    ]);
  });

  it('follows a QBR moved in chat, and refuses a date that is not one', () => {
    expect(acre(['chat', '--as', 'kate@northco.example'], '/qbr-prep bluefin schedule 2026-12-22\n').out).toContain('moved from 15 Dec 2026');
    expect(acre(['reminders', '--as-of', '2026-12-01']).out).toBe('No QBR reminders, nudges or open-item reminders fall due on 2026-12-01.\n');
    expect(acre(['reminders', '--as-of', '2026-12-08']).out).toContain('reminder, 14 days before the QBR on 22 Dec 2026 · Bluefin Shipping Ltd (blue) → kate@northco.example');
    const bad = acre(['reminders', '--as-of', '2026-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as-of: expected a date as YYYY-MM-DD, got "2026-13-01"');
  });

  it('prints the brief as Markdown with acre qbr-prep, and nothing for an account the user does not cover', () => {
    const md = acre(['qbr-prep', 'oakridge', '--as', 'kate@northco.example', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out.startsWith('# QBR brief — Oakridge Mills\n')).toBe(true);
    expect(md.out).toContain('- **ARR:** £120,001');
    const hidden = acre(['qbr-prep', 'oakridge', '--as', 'piotr@northco.example']);
    expect(hidden.code).toBe(1);
    expect(hidden.out).not.toMatch(/Oakridge|Gary/);
  });
});

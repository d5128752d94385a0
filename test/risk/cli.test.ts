import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { DEMO_ANCHOR } from '../../src/store/demo.js';
import { MARIA } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'acre-cli-risk-'));

/**
 * The demo data moves by whole weeks to stay current, so the day it was written for
 * moves with it: asking as of that day gives the same answers whenever the test runs.
 */
const AS_OF = addDays(DEMO_ANCHOR, 7 * Math.floor(daysBetween(DEMO_ANCHOR, new Date().toISOString().slice(0, 10)) / 7));

function acre(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'acre.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ACRE_DATA_DIR: dataDir },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface HealthRow {
  accountId: string;
  score: number;
  band: string;
  critical: string[];
  signals: { id: string; contribution: number; weight: number; text: string }[];
  change: { basis: string; kind: string } | null;
  abc: string;
  suggestedTier: string;
}

describe('acre health and acre digest', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the health of every account a manager may see as JSON, poorest first', () => {
    const run = acre(['health', '--as-of', AS_OF, '--as', MARIA, '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out) as HealthRow[];
    expect(rows).toHaveLength(15);
    expect(rows.slice(0, 2).map((r) => [r.accountId, r.band, Math.round(r.score)])).toEqual([
      ['acc-woodgrove', 'at_risk', 31],
      ['acc-initech', 'at_risk', 45],
    ]);
    const traders = rows.find((r) => r.accountId === 'acc-northwind-traders')!;
    expect(traders).toMatchObject({ band: 'watch', critical: ['trend'], abc: 'B', suggestedTier: 'normal', change: { basis: 'recomputed', kind: 'steady' } });
    expect(traders.signals.find((s) => s.id === 'trend')).toMatchObject({ contribution: 6.6, weight: 12.5 });
    expect(rows.at(-1)!.band).toBe('healthy');
  });

  it('prints the signals of each account with its id, in the user\'s language, and nothing they do not cover', () => {
    const run = acre(['health', '--as-of', AS_OF, '--as', 'anna.kowalska@acre.example']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Health as of ${AS_OF} (data dated before it), 6 accounts visible to anna.kowalska@acre.example`);
    expect(run.out).toMatch(/\nacc-initech\s+44\/100 {2}zagrożone {2}Initech {2}▼3 since \d{4}-\d{2}-\d{2} \(recomputed\) {2}AY → strategic\n/);
    expect(run.out).toMatch(/\n {4}! champion\s+0\.0\/6\.3 {3}Orędownik Peter Gibbs odszedł z firmy i nikt nie przejął tej roli\.\n/);
    expect(run.out).not.toMatch(/acc-woodgrove|acc-globex/);
  });

  it('prints a manager\'s weekly digest as JSON: accounts at risk with scores, bands, reasons and the change since last week', () => {
    const run = acre(['digest', '--as-of', AS_OF, '--for', MARIA, '--json']);
    expect(run.err).toBe('');
    const digest = JSON.parse(run.out) as {
      asOf: string;
      totals: { atRisk: number; watch: number };
      attention: { accountId: string; score: number; band: string; reasons: { signal: string; text: string }[]; change: { delta: number; kind: string } }[];
    };
    expect(digest.asOf).toBe(AS_OF);
    expect(digest.totals).toMatchObject({ atRisk: 2, watch: 6 });
    const initech = digest.attention[0];
    expect(initech).toMatchObject({ accountId: 'acc-initech', score: 44, band: 'at_risk', change: { kind: 'new' } });
    expect(Math.round(initech.change.delta)).toBe(-3);
    expect(initech.reasons.map((r) => r.signal)).toEqual(['recency', 'trend', 'qbr']);
    expect(initech.reasons[0].text).toMatch(/^No order for 127 days/);
  });

  it('prints the digest as text with its buttons', () => {
    const run = acre(['digest', '--as-of', AS_OF, '--for', MARIA]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Maria Nowak and team · 15 accounts');
    expect(run.out).toContain('2 at risk (ARR ≈ €1,269,000), 6 on watch, 7 healthy.');
    expect(run.out).toContain('[Acknowledge] [Snooze 2 weeks] [Ask Anna]');
  });

  it('says clearly that nothing was sent when no chat channel is configured', () => {
    const run = acre(['digest', '--send']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^Nothing was sent: no Slack or Teams channel is configured\./);
  });

  it('refuses a date that is not one', () => {
    const run = acre(['health', '--as-of', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.err).toBe('--as-of: expected a date as YYYY-MM-DD, got "2026-02-30"\n');
  });
});

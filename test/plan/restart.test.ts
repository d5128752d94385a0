import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { converse } from './transcript.js';

const ben = 'ben.carter@acre.example';
const root = join(import.meta.dirname, '..', '..');

describe('a walk-through survives a restart', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'acre-plan-restart-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resumes at the same question after the app is closed and opened again, in another channel, days later', async () => {
    const first = await testApp({ data: 'demo', dataDir });
    await converse(first, ben, [
      ['/account-plan globex', '1/57'],
      ['me, KAM', '2/57'],
      ['Chloe Martin, solutions engineer', '3/57'],
      ['Maria Nowak, sales director', '4/57'],
    ]);
    await first.close();

    const second = await testApp({ data: 'demo', dataDir });
    second.clock.advance(9 * 86_400_000);
    // A typed answer, days later, from Slack instead of the console, still answers question 4.
    const fromSlack = await second.say(ben, '1, 5', { channel: 'slack', conversationId: 'D0BEN' });
    expect(fromSlack).toContain('Saved: Technical expert, Innovator who brings new ideas');
    expect(fromSlack).toContain('5/57');
    await converse(second, ben, [['/account-plan globex', 'Welcome back to the Globex Corporation plan — we were at question 5 of 57.', '5/57']]);
    await second.close();
  });

  /** Runs the real `acre` command with piped input, as someone at a shell would. */
  const acre = (args: string[], input = '') => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'acre.js'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ACRE_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('through the acre command: two chat runs on one data folder continue at question N, and plan export prints the answers', () => {
    const run1 = acre(['chat', '--as', ben], '/account-plan globex\nme, KAM\nChloe Martin, solutions engineer\n');
    expect(run1.code).toBe(0);
    expect(run1.out).toContain('1/57 · Our team');
    expect(run1.out).toContain('Saved: Chloe Martin (solutions engineer)');
    expect(run1.out).toContain('3/57 · Our team');

    const run2 = acre(['chat', '--as', ben], 'Maria Nowak, sales director\n/account-plan globex\nnot a number\n1\n30%\n');
    expect(run2.code).toBe(0);
    expect(run2.out).toContain('Saved: Maria Nowak (sales director)');
    expect(run2.out).toContain('Welcome back to the Globex Corporation plan — we were at question 4 of 57.');
    expect(run2.out).toContain('4/57 · Our team');
    expect(run2.out).toContain("I couldn't match \"not a number\" to any of the choices");
    // In the terminal a number presses a button; a choice's button has the choice's number.
    expect(run2.out).toContain('[1] 1 · Technical expert');
    expect(run2.out).toContain('Saved: Technical expert\n5/57');
    expect(run2.out).toContain('Saved: 30%');

    const markdown = acre(['plan', 'export', 'globex', '--as', ben]);
    expect(markdown.code).toBe(0);
    expect(markdown.out).toContain('# Account plan: Globex Corporation');
    expect(markdown.out).toContain('### Who leads the relationship on our side?\n\nBen Carter (KAM)\n\n_Ben Carter, ');
    expect(markdown.out).toContain('### Which of our senior managers backs this account?\n\nMaria Nowak (sales director)');
    expect(markdown.out).toContain('5 of 57 questions answered (9%).');

    const json = acre(['plan', 'export', 'acc-globex', '--format', 'json', '--as', ben]);
    const doc = JSON.parse(json.out) as { counts: { answered: number }; categories: { questions: { id: string; value?: unknown; by?: string }[] }[] };
    expect(doc.counts.answered).toBe(5);
    expect(doc.categories[0].questions[3]).toMatchObject({ id: 'our_team.role_gaps', value: { kind: 'choice', choices: ['technical_expert'] }, by: ben });

    const hidden = acre(['plan', 'export', 'initech', '--as', ben]);
    expect(hidden.code).toBe(1);
    expect(hidden.out).toBe('');
    expect(hidden.err).toContain('No account called "initech" that ben.carter@acre.example may see.');
    expect(acre(['plan', 'export', 'globex', '--format', 'pdf']).err).toContain('--format must be md or json (got "pdf").');
  }, 120_000);
});

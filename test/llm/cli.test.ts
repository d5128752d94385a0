import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeOpenAi, hasToolResults, toolResults } from './fake-openai.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'acre-llm-cli-'));
const question = 'What should I bring up with Globex next time we talk?\n';

/** Runs `acre chat` as a user would, without blocking this process (the fake model answers from here). */
function acreChat(input: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'acre.js'), 'chat', '--as', 'ben.carter@acre.example'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ACRE_DATA_DIR: dataDir, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.stdin.end(input);
  });
}

describe('acre chat with and without a language model', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers a free question through tool calls, with cited facts, when OPENAI_BASE_URL points at a compatible server', async () => {
    const fake = await fakeOpenAi((body) => {
      if (!hasToolResults(body)) return { call: [{ name: 'account_activities', args: { account: 'Globex', types: null, since: null, limit: 2 } }] };
      const [{ activities }] = toolResults(body) as [{ activities: { date: string; summary: string }[] }];
      return { say: activities.map((a) => `On ${a.date}: ${a.summary}.`).join(' ') };
    });
    try {
      const run = await acreChat(question, { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'local-model' });
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/On \d{4}-\d{2}-\d{2}: On-site visit in Cleveland with Margaret Olsen \(CFO\) and David Reyes/);
      expect(run.out).toMatch(/Sources: demo\/activities\.csv › date, type, summary \(imported \d+ \w+ \d{4}\)/);
      expect(run.out).toContain("Answered by the language model from Acre's data (1 look-up)");
      expect(fake.received.map((r) => r.body.model)).toEqual(['local-model', 'local-model']);
    } finally {
      await fake.close();
    }
  }, 120_000);

  it('with no language model configured, the same question gets an honest answer', async () => {
    const run = await acreChat(question);
    expect(run.code).toBe(0);
    expect(run.out).toContain("I can't answer that yet. Here is what I can do:");
    expect(run.out).not.toContain('language model');
  }, 120_000);
});

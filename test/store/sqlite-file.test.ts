import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/keyv-store.js';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'acre-sqlite-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the SQLite state file', () => {
  it('opens a data folder written by earlier versions (the @keyv/sqlite table and row format)', async () => {
    const dir = folder();
    const earlier = new Database(join(dir, 'acre.sqlite'));
    earlier.exec('CREATE TABLE IF NOT EXISTS acre_kv(key VARCHAR(255) PRIMARY KEY, value TEXT )');
    const row = earlier.prepare('INSERT INTO acre_kv (key, value) VALUES (?, ?)');
    row.run('acre:plan:globex', '{"value":{"answered":12,"by":"kate@northco.example"},"expires":null}');
    row.run('acre:memory:slack:D1:kate@northco.example', `{"value":{"accountId":"globex"},"expires":${Date.now() - 1000}}`);
    earlier.close();

    const store = await openStore({ dataDir: dir, namespace: 'acre' });
    try {
      expect(await store.get('plan:globex')).toEqual({ answered: 12, by: 'kate@northco.example' });
      expect(await store.get('memory:slack:D1:kate@northco.example')).toBeUndefined(); // expired
      await store.set('plan:globex', { answered: 13, by: 'kate@northco.example' });
    } finally {
      await store.close();
    }
    const reopened = new Database(join(dir, 'acre.sqlite'), { readonly: true });
    const saved = reopened.prepare('SELECT value FROM acre_kv WHERE key = ?').get('acre:plan:globex') as { value: string };
    reopened.close();
    expect(JSON.parse(saved.value).value).toEqual({ answered: 13, by: 'kate@northco.example' });
  });

  it('sees at once what another process committed to the same file', async () => {
    const dir = folder();
    const server = await openStore({ dataDir: dir, namespace: 'acre' });
    const terminal = await openStore({ dataDir: dir, namespace: 'acre' });
    try {
      expect(await server.get('plan:active:kate@northco.example')).toBeUndefined();
      await terminal.set('plan:active:kate@northco.example', { accountId: 'globex' });
      expect(await server.get('plan:active:kate@northco.example')).toEqual({ accountId: 'globex' });
      await terminal.delete('plan:active:kate@northco.example');
      expect(await server.get('plan:active:kate@northco.example')).toBeUndefined();
    } finally {
      await Promise.all([server.close(), terminal.close()]);
    }
  });

  it('answers a read without waiting for the event loop (no trip through the thread pool)', async () => {
    const store = await openStore({ dataDir: folder(), namespace: 'acre' });
    try {
      await store.set('plan:active:kate@northco.example', { accountId: 'globex' });
      const order: string[] = [];
      setImmediate(() => order.push('event loop turned'));
      const read = store.get('plan:active:kate@northco.example').then((v) => order.push(`read ${JSON.stringify(v)}`));
      await read;
      expect(order).toEqual(['read {"accountId":"globex"}']);
      await new Promise((r) => setImmediate(r));
      expect(order).toEqual(['read {"accountId":"globex"}', 'event loop turned']);
    } finally {
      await store.close();
    }
  });

  it('refuses a file that is not a SQLite database with a message that says what to do, and leaves it alone', async () => {
    const dir = folder();
    const file = join(dir, 'acre.sqlite');
    writeFileSync(file, 'account,arr\nGlobex,120000\n'.repeat(200));
    await expect(openStore({ dataDir: dir, namespace: 'acre' })).rejects.toThrow(/acre\.sqlite could not be opened as a SQLite database \(file is not a database\)\. Move it aside/);
    expect(readFileSync(file, 'utf8').startsWith('account,arr\nGlobex,120000\n')).toBe(true);
  });
});

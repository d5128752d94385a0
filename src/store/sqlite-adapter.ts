import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';

/**
 * A Keyv store on a SQLite file through better-sqlite3, whose calls run on the calling
 * thread. The asynchronous driver sent every read to libuv's thread pool and back; on a
 * two-core machine about one hop in a hundred waited 4–15 ms for a thread to be
 * scheduled, which set the tail of every answer (docs/benchmarks.md, 2026-11-26). A
 * read here takes microseconds and always sees what other processes committed.
 *
 * Same table and row format as @keyv/sqlite (`key` primary key, Keyv's serialized
 * `value`), so a data folder written by earlier versions opens unchanged.
 */
export class SqliteKeyvStore extends EventEmitter {
  readonly ttlSupport = false;
  namespace?: string;
  private readonly db: Database.Database;
  private readonly statements: {
    get: Database.Statement<[string], { value: string }>;
    set: Database.Statement<[string, string]>;
    delete: Database.Statement<[string]>;
    clear: Database.Statement<[string]>;
    page: Database.Statement<[string, number, number], { key: string; value: string }>;
  };

  constructor(file: string, table: string, busyTimeoutMs: number) {
    super();
    if (!/^[a-z][a-z0-9_]*$/i.test(table)) throw new Error(`invalid table name "${table}"`);
    try {
      this.db = new Database(file, { timeout: busyTimeoutMs });
      // Write-ahead logging without a sync per commit: each conversation turn saves its memory, and waiting
      // for the disk on every one set the tail latency. A crash can lose at most the last moments of memory.
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(255) PRIMARY KEY, value TEXT )`);
    } catch (error) {
      throw new Error(`Acre's state file ${file} could not be opened as a SQLite database (${(error as Error).message}). Move it aside to start afresh, or point ACRE_STORE_URL elsewhere.`, { cause: error });
    }
    this.statements = {
      get: this.db.prepare(`SELECT value FROM ${table} WHERE key = ?`),
      set: this.db.prepare(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      delete: this.db.prepare(`DELETE FROM ${table} WHERE key = ?`),
      clear: this.db.prepare(`DELETE FROM ${table} WHERE key LIKE ?`),
      page: this.db.prepare(`SELECT key, value FROM ${table} WHERE key LIKE ? ORDER BY key LIMIT ? OFFSET ?`),
    };
  }

  async get(key: string): Promise<string | undefined> {
    return this.statements.get.get(key)?.value;
  }

  async getMany(keys: string[]): Promise<(string | undefined)[]> {
    return keys.map((key) => this.statements.get.get(key)?.value);
  }

  async set(key: string, value: string): Promise<void> {
    this.statements.set.run(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.statements.delete.run(key).changes > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const many = this.db.transaction((all: string[]) => all.reduce((n, key) => n + this.statements.delete.run(key).changes, 0));
    return many(keys) > 0;
  }

  async clear(): Promise<void> {
    this.statements.clear.run(this.namespace ? `${this.namespace}:%` : '%');
  }

  async has(key: string): Promise<boolean> {
    return this.statements.get.get(key) !== undefined;
  }

  async *iterator(namespace?: string): AsyncGenerator<[string, string]> {
    const pattern = namespace ? `${namespace}:%` : '%';
    for (let offset = 0; ; offset += 100) {
      const rows = this.statements.page.all(pattern, 100, offset);
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < 100) return;
    }
  }

  /** Any other statement: rows for a query, nothing for the rest (claims use this). */
  query(sql: string, ...params: unknown[]): unknown[] {
    const statement = this.db.prepare(sql);
    if (statement.reader) return statement.all(...params);
    statement.run(...params);
    return [];
  }

  async disconnect(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Keyv from 'keyv';
import type { KeyValueStore } from '../core/ports.js';

/** Which backend holds Acre's state: a SQLite file (the default), Redis or PostgreSQL. */
export type Backend = 'sqlite' | 'redis' | 'postgres';

export interface StoreOptions {
  /** redis://…, postgres://…, sqlite://path; empty for a SQLite file in the data folder. */
  url?: string;
  dataDir: string;
  /** Keeps several stores apart on one server (tests, several Acre instances). */
  namespace?: string;
}

export interface OpenStore extends KeyValueStore {
  readonly backend: Backend;
  readonly location: string;
  close(): Promise<void>;
}

type Sql = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

export function backendOf(url: string | undefined): Backend {
  if (!url || url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('redis:') || url.startsWith('rediss:')) return 'redis';
  if (url.startsWith('postgres:') || url.startsWith('postgresql:')) return 'postgres';
  throw new Error(`ACRE_STORE_URL must start with redis://, postgres:// or sqlite:// (got "${url.split(':')[0]}:")`);
}

/** Opens the store the configuration names; the rest of Acre sees only KeyValueStore. */
export async function openStore(options: StoreOptions): Promise<OpenStore> {
  const backend = backendOf(options.url);
  const namespace = options.namespace ?? 'acre';
  if (backend === 'redis') {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const adapter = new KeyvRedis(options.url!, { namespace, keyPrefixSeparator: ':' });
    const keyv = new Keyv({ store: adapter, namespace, useKeyPrefix: false });
    const client = await adapter.getClient();
    const claimKey = (key: string) => `${namespace}:claim:${key}`;
    return new KeyvBackedStore(keyv, backend, redact(options.url!), {
      claim: async (key, ttlMs) => {
        const result = await (client as unknown as { set: (k: string, v: string, o: object) => Promise<string | null> }).set(claimKey(key), randomUUID(), {
          condition: 'NX',
          ...(ttlMs ? { expiration: { type: 'PX', value: Math.ceil(ttlMs) } } : {}),
        });
        return result === 'OK';
      },
      release: async (key) => {
        await (client as unknown as { del: (k: string) => Promise<number> }).del(claimKey(key));
      },
    });
  }
  if (backend === 'postgres') {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    const table = namespace.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    const adapter = new KeyvPostgres({ uri: options.url!, table: `${table}_kv`, max: 4 });
    const keyv = new Keyv({ store: adapter, namespace });
    const query: Sql = (sql, ...params) => adapter.query(sql, params);
    const claims = await sqlClaims(query, `${table}_claims`, (i) => `$${i}`);
    // @keyv/postgres shares one connection pool per URL across adapters and ends it on any disconnect,
    // so the pool is ended only when the last store using it closes.
    const url = options.url!;
    postgresUsers.set(url, (postgresUsers.get(url) ?? 0) + 1);
    const disconnect = async () => {
      const left = (postgresUsers.get(url) ?? 1) - 1;
      postgresUsers.set(url, left);
      if (left === 0) await keyv.disconnect();
    };
    return new KeyvBackedStore(keyv, backend, redact(url), claims, disconnect);
  }
  const { SqliteKeyvStore } = await import('./sqlite-adapter.js');
  const file = options.url?.startsWith('sqlite:') ? options.url.replace(/^sqlite:(\/\/)?/, '') : join(options.dataDir, 'acre.sqlite');
  mkdirSync(resolve(file, '..'), { recursive: true });
  const adapter = new SqliteKeyvStore(file, 'acre_kv', 10_000);
  const keyv = new Keyv({ store: adapter, namespace });
  const query: Sql = async (sql, ...params) => adapter.query(sql, ...params);
  const claims = await sqlClaims(query, 'acre_claims', () => '?');
  return new KeyvBackedStore(keyv, 'sqlite', file, claims);
}

interface Claims {
  claim(key: string, ttlMs?: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

/** Claims as rows of their own table: INSERT that does nothing on conflict is atomic on both SQLite and PostgreSQL. */
async function sqlClaims(query: Sql, table: string, param: (i: number) => string): Promise<Claims> {
  try {
    await query(`CREATE TABLE IF NOT EXISTS ${table} (key VARCHAR(512) PRIMARY KEY, token VARCHAR(64) NOT NULL, expires_at BIGINT)`);
  } catch (error) {
    // Two replicas starting together may both create the table; PostgreSQL then refuses the second.
    if (!/already exists|duplicate key/i.test(String((error as Error).message))) throw error;
  }
  return {
    claim: async (key, ttlMs) => {
      const now = Date.now();
      await query(`DELETE FROM ${table} WHERE key = ${param(1)} AND expires_at IS NOT NULL AND expires_at < ${param(2)}`, key, now);
      const token = randomUUID();
      await query(
        `INSERT INTO ${table} (key, token, expires_at) VALUES (${param(1)}, ${param(2)}, ${param(3)}) ON CONFLICT (key) DO NOTHING`,
        key,
        token,
        ttlMs ? now + ttlMs : null,
      );
      const rows = (await query(`SELECT token FROM ${table} WHERE key = ${param(1)}`, key)) as { token: string }[];
      return rows[0]?.token === token;
    },
    release: async (key) => {
      await query(`DELETE FROM ${table} WHERE key = ${param(1)}`, key);
    },
  };
}

const LOCK_TTL_MS = 15_000;
const postgresUsers = new Map<string, number>();

class KeyvBackedStore implements OpenStore {
  private readonly localLocks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly keyv: Keyv,
    readonly backend: Backend,
    readonly location: string,
    private readonly claims: Claims,
    private readonly disconnect: () => Promise<void> = () => keyv.disconnect(),
  ) {
    keyv.on('error', () => {
      // Errors reach the caller through the rejected promise; keyv would otherwise also emit them unhandled.
    });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get(key)) as T | undefined;
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    const ok = await this.keyv.set(key, value, ttlMs);
    if (ok === false) throw new Error(`the ${this.backend} store did not save ${key.split(':')[0]}`);
  }

  async delete(key: string): Promise<boolean> {
    return this.keyv.delete(key);
  }

  claim(key: string, ttlMs?: number): Promise<boolean> {
    return this.claims.claim(key, ttlMs);
  }

  release(key: string): Promise<void> {
    return this.claims.release(key);
  }

  /** Serialises writers of one key: in this process by a promise chain, across processes by a claimed lock. */
  async update<T>(key: string, change: (current: T | undefined) => T | Promise<T>): Promise<T> {
    const previous = this.localLocks.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(async () => {
      const lock = `lock:${key}`;
      const deadline = Date.now() + LOCK_TTL_MS;
      while (!(await this.claims.claim(lock, LOCK_TTL_MS))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for the lock on ${key}`);
        await new Promise((r) => setTimeout(r, 15));
      }
      try {
        const next = await change(await this.get<T>(key));
        await this.set(key, next);
        return next;
      } finally {
        await this.claims.release(lock);
      }
    });
    this.localLocks.set(key, run);
    try {
      return await run;
    } finally {
      if (this.localLocks.get(key) === run) this.localLocks.delete(key);
    }
  }

  async close(): Promise<void> {
    await this.disconnect();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

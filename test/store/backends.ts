import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openStore, type OpenStore } from '../../src/store/keyv-store.js';

export interface BackendCase {
  name: 'sqlite' | 'redis' | 'postgres';
  /** Why the backend is not tested in this run, if it is not. */
  skipped?: string;
  open(namespace?: string): Promise<OpenStore>;
  cleanup(): void;
}

/**
 * The three stores Acre runs on. SQLite always; Redis and PostgreSQL when
 * REDIS_URL / DATABASE_URL name a server (.ci/run sets both to this machine's).
 */
export function backends(): BackendCase[] {
  const dirs = new Map<string, string>();
  const run = randomUUID().slice(0, 8);
  const redisUrl = process.env.REDIS_URL;
  const databaseUrl = process.env.DATABASE_URL;
  return [
    {
      name: 'sqlite',
      open: async (namespace = `t_${run}`) => {
        // One file per namespace, so that two stores opened with one namespace share it like two processes would.
        const dir = dirs.get(namespace) ?? mkdtempSync(join(tmpdir(), 'acre-store-'));
        dirs.set(namespace, dir);
        return openStore({ dataDir: dir, namespace });
      },
      cleanup: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
    },
    {
      name: 'redis',
      ...(redisUrl ? {} : { skipped: 'REDIS_URL is not set (.ci/run sets it to the local Redis on 6379)' }),
      open: (namespace = `t_${run}`) => openStore({ url: redisUrl, dataDir: '.', namespace }),
      cleanup: () => {},
    },
    {
      name: 'postgres',
      ...(databaseUrl ? {} : { skipped: 'DATABASE_URL is not set (.ci/run sets it to the local PostgreSQL on 5432)' }),
      open: (namespace = `t_${run}`) => openStore({ url: databaseUrl, dataDir: '.', namespace }),
      cleanup: () => {},
    },
  ];
}

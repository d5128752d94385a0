import type { KeyValueStore } from '../../src/core/ports.js';

/** A KeyValueStore in a Map, for unit tests that need a store but not a database. */
export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(key: string) => data.get(key) as T | undefined,
    set: async (key, value) => {
      data.set(key, value);
    },
    delete: async (key) => data.delete(key),
    claim: async (key) => {
      if (data.has(key)) return false;
      data.set(key, true);
      return true;
    },
    release: async (key) => {
      data.delete(key);
    },
    update: async <T>(key: string, change: (current: T | undefined) => T | Promise<T>) => {
      const next = await change(data.get(key) as T | undefined);
      data.set(key, next);
      return next;
    },
  };
}

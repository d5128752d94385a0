import type { KeyValueStore } from '../core/ports.js';

/**
 * What a reminder job keeps about a message once it has tried to send it. The claim
 * that makes it go out once cannot be read back, so this is how `acre reminders`
 * tells what was already sent.
 */
export interface SentRecord {
  at: string;
  delivered: boolean;
  detail?: string;
}

const sentKey = (key: string) => `sent:${key}`;

export const recordSent = (store: KeyValueStore, key: string, record: SentRecord, ttlMs: number): Promise<void> => store.set(sentKey(key), record, ttlMs);

export const sentRecordOf = (store: KeyValueStore, key: string): Promise<SentRecord | undefined> => store.get<SentRecord>(sentKey(key));

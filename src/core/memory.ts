import type { Memory } from './conversation.js';
import type { Clock, KeyValueStore, Logger } from './ports.js';

export interface MemoryOptions {
  /** How long a conversation's memory lasts after its last turn. */
  ttlMs: number;
  /**
   * Whether this process may answer later turns from the copy it keeps, without reading the
   * store again. Right when no other process writes the same conversations (one SQLite file
   * per deployment); with replicas sharing Redis or PostgreSQL, every turn reads the store.
   */
  keepCopies: boolean;
  /** Most conversations kept in process; the least recently used go first. */
  maxCopies?: number;
}

const DEFAULT_MAX_COPIES = 5_000;

/**
 * Conversation memory (the account a conversation is about, the last question…) between
 * turns. A turn's answer does not wait for its memory to be written: the write goes to
 * the store behind the answer, in order per conversation, and the next turn in this
 * process sees it at once. Waiting for the store on every turn, twice, set the slowest
 * turns' pace. `settle()` waits for the writes still on their way (before closing).
 */
export class ConversationMemory {
  private readonly copies = new Map<string, { memory: Memory; expires: number }>();
  /** Per conversation: the write on its way, and the newest memory still to write after it. */
  private readonly writing = new Map<string, { next?: Memory; done: Promise<void> }>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: MemoryOptions,
  ) {}

  async read(key: string): Promise<Memory> {
    const now = this.clock.now().getTime();
    const copy = this.copies.get(key);
    if (copy && copy.expires > now) return structuredClone(copy.memory);
    if (copy) this.copies.delete(key);
    // A write of this conversation still on its way is newer than what the store holds.
    await this.writing.get(key)?.done;
    return (await this.store.get<Memory>(key)) ?? {};
  }

  /**
   * Keeps the memory and writes it to the store behind the answer. While a write of the
   * conversation is on its way, only the newest memory waits for it: turns faster than
   * the store skip the versions already outdated instead of queueing them.
   */
  write(key: string, memory: Memory): void {
    if (this.options.keepCopies) this.keep(key, structuredClone(memory));
    const queued = this.writing.get(key);
    if (queued) {
      queued.next = memory;
      return;
    }
    const entry: { next?: Memory; done: Promise<void> } = { next: memory, done: Promise.resolve() };
    this.writing.set(key, entry);
    entry.done = this.drain(key, entry);
  }

  /** Resolves when every write started so far has reached the store (or failed and been logged). */
  async settle(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing.values()].map((w) => w.done));
  }

  private async drain(key: string, entry: { next?: Memory }): Promise<void> {
    try {
      while (entry.next) {
        const memory = entry.next;
        entry.next = undefined;
        try {
          await this.store.set(key, memory, this.options.ttlMs);
        } catch (error) {
          // The conversation goes on from the copy in this process; only a restart would forget it.
          this.logger.warn({ event: 'memory_not_saved', err: error }, 'conversation memory could not be written to the store');
        }
      }
    } finally {
      this.writing.delete(key);
    }
  }

  private keep(key: string, memory: Memory): void {
    this.copies.delete(key);
    this.copies.set(key, { memory, expires: this.clock.now().getTime() + this.options.ttlMs });
    const max = this.options.maxCopies ?? DEFAULT_MAX_COPIES;
    if (this.copies.size > max) this.copies.delete(this.copies.keys().next().value!);
  }
}

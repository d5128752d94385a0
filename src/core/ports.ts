import type { PortfolioData } from './model.js';
import type { Portfolio } from './portfolio.js';
import type { Reply } from './reply.js';

/** The time, injected so that tests and `--as-of` can set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at one instant, or moved by hand: for tests and replays. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * Key-value state (conversations, plans, claims, snapshots), on whichever backend
 * keyv is configured with. Values are JSON.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /**
   * Sets the key only if it is absent, atomically across every process sharing the
   * backend; true when this caller won. This is how a job occurrence is claimed.
   */
  claim(key: string, ttlMs?: number): Promise<boolean>;
  /** Gives up a claim, so that the claimed work can be tried again. */
  release(key: string): Promise<void>;
  /** Changes a value under a lock on its key, so that two writers never lose each other's update. */
  update<T>(key: string, change: (current: T | undefined) => T | Promise<T>): Promise<T>;
}

/** The imported data: read as a whole, replaced as a whole so an import is all or nothing. */
export interface PortfolioRepository {
  load(): Promise<Portfolio>;
  /** Stores a complete new version of the data; readers see the old one until it is fully written. */
  replace(data: PortfolioData): Promise<Portfolio>;
}

/** Where a proactive message should go. */
export type Recipient = { kind: 'user'; email: string } | { kind: 'channel'; channel: 'slack' | 'teams'; id: string };

/** Sends replies without a user message to answer: reminders, digests. Each channel implements it. */
export interface Messenger {
  readonly channel: string;
  send(to: Recipient, replies: Reply[]): Promise<{ delivered: boolean; detail?: string }>;
}

/** Structured log, pino-shaped so pino can be passed in directly. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: object): Logger;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

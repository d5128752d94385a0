import type { KeyValueStore } from '../ports.js';

/**
 * What people said in chat about an account's QBRs: a date booked or cancelled, a
 * cadence changed. It overrides the import until a newer import says otherwise
 * (see `inForce`), and it lives in the store so that it survives restarts.
 */
export interface QbrBooking {
  /** The booked date; absent after a cancellation. */
  next?: string;
  /** The date that was cancelled, when the last change was a cancellation. */
  cancelled?: string;
  /** What the import said when this was set: an import that still says it has nothing new to say. */
  importNext?: string;
  by: string;
  /** The instant it was set (ISO). */
  at: string;
}

export interface QbrCadenceChange {
  months: number;
  importMonths?: number;
  by: string;
  at: string;
}

/** A QBR booked in chat whose date has passed: it counts as held. */
export interface QbrHeld {
  date: string;
  by: string;
  at: string;
}

export interface QbrChange {
  booking?: QbrBooking;
  cadence?: QbrCadenceChange;
  held?: QbrHeld[];
}

/** Every account's chat changes, by account id. One key, changed under its lock. */
export type QbrChanges = Record<string, QbrChange>;

const KEY = 'qbr:changes';
const HELD_KEPT = 8;

export async function qbrChangesIn(store: KeyValueStore): Promise<QbrChanges> {
  return (await store.get<QbrChanges>(KEY)) ?? {};
}

/** Who changed what, and the state of the import at the time. */
export interface ChangeContext {
  accountId: string;
  by: string;
  now: Date;
  /** The account's date of today, to tell a passed booking (held) from a future one. */
  today: string;
}

async function change(store: KeyValueStore, accountId: string, edit: (current: QbrChange) => QbrChange): Promise<QbrChange> {
  const all = await store.update<QbrChanges>(KEY, (current) => {
    const changes = { ...(current ?? {}) };
    changes[accountId] = edit(changes[accountId] ?? {});
    return changes;
  });
  return all[accountId];
}

/** A booking being replaced keeps its date as held if that date has passed, so the last QBR is not forgotten. */
function keepPassed(current: QbrChange, today: string): QbrHeld[] | undefined {
  const b = current.booking;
  if (!b?.next || b.next >= today) return current.held;
  return [{ date: b.next, by: b.by, at: b.at }, ...(current.held ?? []).filter((h) => h.date !== b.next)].slice(0, HELD_KEPT);
}

/** Books (or moves) the next QBR to `date`. */
export function bookQbr(store: KeyValueStore, ctx: ChangeContext, date: string, importNext: string | undefined): Promise<QbrChange> {
  return change(store, ctx.accountId, (current) => ({
    ...current,
    held: keepPassed(current, ctx.today),
    booking: { next: date, ...(importNext ? { importNext } : {}), by: ctx.by, at: ctx.now.toISOString() },
  }));
}

/** Cancels the booked QBR (`date`, from chat or the import). */
export function cancelQbr(store: KeyValueStore, ctx: ChangeContext, date: string, importNext: string | undefined): Promise<QbrChange> {
  return change(store, ctx.accountId, (current) => ({
    ...current,
    held: keepPassed(current, ctx.today),
    booking: { cancelled: date, ...(importNext ? { importNext } : {}), by: ctx.by, at: ctx.now.toISOString() },
  }));
}

/** Sets how many months apart the account's QBRs are. */
export function setQbrCadence(store: KeyValueStore, ctx: ChangeContext, months: number, importMonths: number | undefined): Promise<QbrChange> {
  return change(store, ctx.accountId, (current) => ({
    ...current,
    cadence: { months, ...(importMonths !== undefined ? { importMonths } : {}), by: ctx.by, at: ctx.now.toISOString() },
  }));
}

/**
 * Whether a chat change still holds against the import: it does unless an import
 * made after it says something different from what the import said when it was made.
 */
export function inForce(change: { at: string }, importedAt: string, importSaidThen: string | number | undefined, importSaysNow: string | number | undefined): boolean {
  if (importedAt <= change.at) return true;
  return (importSaidThen ?? '') === (importSaysNow ?? '');
}

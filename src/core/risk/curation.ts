/**
 * What a digest's reader did about an account: acknowledged it, snoozed it for some
 * weeks, asked its owner. Kept per audience (a manager, or a team channel), because
 * one manager snoozing an account must not hide it from another.
 */
import type { KeyValueStore } from '../ports.js';
import { bandRank, type ShownBand } from './band-rule.js';

/** Whose digest: `user:<email>` or `channel:<slack|teams>:<id>`. */
export type Audience = string;

export const audienceOfUser = (email: string): Audience => `user:${email.toLowerCase()}`;
export const audienceOfChannel = (channel: 'slack' | 'teams', id: string): Audience => `channel:${channel}:${id}`;

export interface Curation {
  /** Out of the digest before this day. */
  snoozedUntil?: string;
  snoozedBy?: string;
  /** Seen: shown in one line until it gets worse than it was when acknowledged. */
  acknowledged?: { by: string; on: string; score: number | null; band: ShownBand };
  asked?: { by: string; on: string };
}

export type CurationBook = Record<string, Curation>;

const keyOf = (audience: Audience) => `risk:curation:${audience}`;

export async function curationOf(store: KeyValueStore, audience: Audience): Promise<CurationBook> {
  return (await store.get<CurationBook>(keyOf(audience))) ?? {};
}

async function change(store: KeyValueStore, audience: Audience, accountId: string, patch: (c: Curation) => Curation): Promise<Curation> {
  const book = await store.update<CurationBook>(keyOf(audience), (current) => ({ ...(current ?? {}), [accountId]: patch(current?.[accountId] ?? {}) }));
  return book[accountId];
}

/** Keeps an account out of the audience's digest until `until` (YYYY-MM-DD, the first day it is back). */
export function snooze(store: KeyValueStore, audience: Audience, accountId: string, until: string, by: string): Promise<Curation> {
  return change(store, audience, accountId, (c) => ({ ...c, snoozedUntil: until, snoozedBy: by }));
}

export function acknowledge(
  store: KeyValueStore,
  audience: Audience,
  accountId: string,
  seen: { score: number | null; band: ShownBand },
  by: string,
  on: string,
): Promise<Curation> {
  return change(store, audience, accountId, (c) => ({ ...c, acknowledged: { by, on, score: seen.score === null ? null : Math.round(seen.score * 10) / 10, band: seen.band } }));
}

export function noteAsked(store: KeyValueStore, audience: Audience, accountId: string, by: string, on: string): Promise<Curation> {
  return change(store, audience, accountId, (c) => ({ ...c, asked: { by, on } }));
}

export const isSnoozed = (c: Curation | undefined, asOf: string): boolean => c?.snoozedUntil !== undefined && asOf < c.snoozedUntil;

/** An acknowledgement holds while the account is no poorer than when it was acknowledged. */
export function acknowledgementHolds(c: Curation | undefined, now: { score: number | null; band: ShownBand }, changePoints: number): boolean {
  const ack = c?.acknowledged;
  if (!ack) return false;
  if (bandRank(now.band) > bandRank(ack.band)) return false;
  return now.score === null || ack.score === null || now.score > ack.score - changePoints;
}

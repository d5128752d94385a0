import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KeyValueStore } from '../../../core/ports.js';
import type { Action } from '../../../core/reply.js';
import { limits } from './limits.js';

/** Every button Acre renders has an action_id starting with this, so one listener catches them all. */
export const ACTION_ID_PATTERN = /^acre:/;

/** A button's action too long for Slack's value field, kept in the store under a short reference. */
export interface StashedAction {
  key: string;
  action: Action;
}

export interface EncodedAction {
  actionId: string;
  value: string;
  stash?: StashedAction;
}

/** Buttons outlive restarts and sit in channels for weeks; a stashed action is kept this long. */
export const STASHED_ACTION_TTL_MS = 90 * 24 * 60 * 60 * 1000;

const Carried = z.union([z.object({ id: z.string(), value: z.string().optional() }).strict(), z.object({ ref: z.string().uuid() }).strict()]);

const stashKeyOf = (ref: string) => `slack:action:${ref}`;

/**
 * A core action as a Slack button's action_id and value. The value carries the
 * action itself, so that the core gets back exactly what it rendered; the action_id
 * only has to be unique within the message (`index`) and readable in logs.
 */
export function encodeAction(action: Action, index: number): EncodedAction {
  const actionId = `acre:${index}:${action.id}`.slice(0, limits.actionId);
  const inline = JSON.stringify({ id: action.id, ...(action.value !== undefined ? { value: action.value } : {}) });
  if (inline.length <= limits.buttonValue) return { actionId, value: inline };
  const ref = randomUUID();
  return { actionId, value: JSON.stringify({ ref }), stash: { key: stashKeyOf(ref), action } };
}

/** Keeps the actions that did not fit in a button, before the message carrying them is sent. */
export async function saveStashedActions(store: KeyValueStore, stashes: StashedAction[]): Promise<void> {
  for (const s of stashes) await store.set(s.key, s.action, STASHED_ACTION_TTL_MS);
}

/** The core action a pressed button carries; undefined when the value is not ours or its stash has expired. */
export async function decodeAction(value: string | undefined, store: KeyValueStore): Promise<Action | undefined> {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const carried = Carried.safeParse(parsed);
  if (!carried.success) return undefined;
  if ('ref' in carried.data) return store.get<Action>(stashKeyOf(carried.data.ref));
  const { id, value: v } = carried.data;
  return { id, ...(v !== undefined ? { value: v } : {}) };
}

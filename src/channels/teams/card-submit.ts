import { z } from 'zod';
import type { Action } from '../../core/reply.js';

/**
 * What an Action.Submit carries back to the bot as the message's `value`: the
 * core's action unchanged, and, for an answer delivered privately from a shared
 * conversation, that conversation (so "Share" posts there, not in the private chat).
 * Teams lets a client send any `value`, so it is validated like any other payload.
 */
export const CardSubmit = z.object({
  acre: z.object({
    id: z.string().min(1).max(200),
    value: z.string().max(8000).optional(),
  }),
  origin: z.string().min(1).max(1000).optional(),
});
export type CardSubmit = z.infer<typeof CardSubmit>;

export function submitData(action: Action, origin?: string): CardSubmit {
  return {
    acre: { id: action.id, ...(action.value !== undefined ? { value: action.value } : {}) },
    ...(origin ? { origin } : {}),
  };
}

/** The core action a submit stands for, exactly as the core put it on the button. */
export function actionOf(submit: CardSubmit): Action {
  return { id: submit.acre.id, ...(submit.acre.value !== undefined ? { value: submit.acre.value } : {}) };
}

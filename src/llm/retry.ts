import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { LlmFailure } from '../core/i18n/llm.js';
import type { Deadline } from './deadline.js';

/** The model gave no answer; the kind says why, for the note and the logs. */
export class ModelFailure extends Error {
  constructor(readonly kind: LlmFailure, readonly detail: string) {
    super(`${kind}: ${detail}`);
  }
}

export interface RetryOptions {
  retries: number;
  backoffMs: number;
  deadline: Deadline;
  onRetry?: (attempt: number, waitMs: number, error: ModelFailure) => void;
}

/**
 * Runs a request, again after a 429, a 5xx, a 408 or a dropped connection, waiting
 * backoff × 2^attempt with jitter (or what Retry-After asks, if the deadline allows).
 * Anything else, and the deadline, ends it at once.
 */
export async function withRetries<T>(run: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const failure = classify(error, options.deadline.expired);
      if (!failure.retry || attempt >= options.retries) throw failure.error;
      const backoff = options.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      const wait = Math.round(Math.max(backoff, failure.retryAfterMs ?? 0));
      options.onRetry?.(attempt + 1, wait, failure.error);
      // No time left for another try: the failure that stopped us is the honest reason.
      if (!(await options.deadline.sleep(wait))) throw failure.error;
    }
  }
}

interface Classified {
  error: ModelFailure;
  retry: boolean;
  retryAfterMs?: number;
}

export function classify(error: unknown, deadlinePassed: boolean): Classified {
  if (error instanceof ModelFailure) return { error, retry: false };
  // The client's own timeout is set to the time left before the deadline, so it firing means the deadline has come
  // (it can fire a moment before the deadline's timer does, on a busy machine).
  if (deadlinePassed || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return { error: new ModelFailure('timeout', 'the question took longer than allowed'), retry: false };
  }
  if (error instanceof APIConnectionError) return { error: new ModelFailure('unavailable', error.message), retry: true };
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryAfterMs = retryAfter(error.headers);
    const detail = `HTTP ${status}: ${error.message}`;
    if (status === 429) return { error: new ModelFailure('rate_limited', detail), retry: true, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    if (status === 408 || status >= 500) return { error: new ModelFailure('unavailable', detail), retry: true, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    return { error: new ModelFailure('unavailable', detail), retry: false };
  }
  return { error: new ModelFailure('refused', error instanceof Error ? error.message : String(error)), retry: false };
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const seconds = Number(headers?.get('retry-after'));
  if (Number.isFinite(seconds) && seconds > 0) return seconds * 1000;
  return undefined;
}

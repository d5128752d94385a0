import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f2c1d';

/** Slack's request signature: HMAC-SHA256 of "v0:<timestamp>:<body>" with the app's signing secret. */
export function signatureHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface Posted {
  status: number;
  body: string;
  ms: number;
}

/** POSTs a body to Acre as Slack would, signed unless told otherwise. */
export async function postToSlackEndpoint(
  url: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<Posted> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...signatureHeaders(body, options), ...options.headers }, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export const asForm = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
/** Interactivity posts a form with one field, `payload`, holding the JSON. */
export const asInteraction = (payload: object) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

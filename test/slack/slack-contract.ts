import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedCall } from './fake-slack.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Spec {
  paths: Record<string, Record<string, { parameters?: SpecParameter[] }>>;
}

const spec = JSON.parse(readFileSync(join(FIXTURES, 'slack-api-specs', 'slack_web_openapi_v2_without_examples.json'), 'utf8')) as Spec;

/**
 * Methods Acre calls that Slack added after its last published OpenAPI spec (October
 * 2020). Each is checked here by hand against its docs page instead: method name and
 * required arguments.
 */
const NEWER_THAN_SPEC: Record<string, string[]> = {
  // https://docs.slack.dev/reference/methods/assistant.threads.setStatus (2024)
  'assistant.threads.setStatus': ['channel_id', 'thread_ts', 'status'],
  // https://docs.slack.dev/reference/methods/assistant.threads.setSuggestedPrompts (2024)
  'assistant.threads.setSuggestedPrompts': ['channel_id', 'thread_ts', 'prompts'],
  // https://docs.slack.dev/reference/methods/assistant.threads.setTitle (2024)
  'assistant.threads.setTitle': ['channel_id', 'thread_ts', 'title'],
};

/**
 * Problems with one Web API call as Slack's spec describes the method: unknown
 * method, or a required argument missing. The token may come as an argument or in
 * the Authorization header (the client sends it there); Slack accepts GET and POST
 * for every method, so the spec's verb is not checked.
 */
export function apiCallProblems(call: RecordedCall): string[] {
  if (call.kind !== 'api') return [];
  const hasToken = typeof call.args.token === 'string' || /^Bearer \S+/.test(String(call.headers.authorization ?? ''));
  const newer = NEWER_THAN_SPEC[call.method];
  if (newer) return [...(hasToken ? [] : ['token']), ...newer.filter((a) => call.args[a] === undefined)].map((a) => `${call.method}: missing ${a}`);
  const operations = spec.paths[`/${call.method}`];
  if (!operations) return [`${call.method}: not a Slack Web API method`];
  const required = Object.values(operations).flatMap((op) => (op.parameters ?? []).filter((p) => p.required).map((p) => p.name));
  return [...new Set(required)].filter((name) => (name === 'token' ? !hasToken : call.args[name] === undefined)).map((name) => `${call.method}: missing ${name}`);
}

export const knownToSpec = (method: string) => Boolean(spec.paths[`/${method}`]);

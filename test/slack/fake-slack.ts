import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call Acre made: a Web API method, or a post to a response_url. */
export interface RecordedCall {
  kind: 'api' | 'response_url';
  /** The Web API method ("chat.postMessage"), or the response_url path. */
  method: string;
  args: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
  /** Set when the fake answered 429. */
  rateLimited?: boolean;
  /** What the fake answered a Web API call (a posted message's ts, an error). */
  response?: Record<string, unknown>;
}

export const BOT = { userId: 'UACREBOT', botId: 'BACRE', teamId: 'T100NORTH' } as const;

type Responder = (args: Record<string, unknown>, headers: IncomingMessage['headers']) => Record<string, unknown>;

/**
 * A small stand-in for Slack's Web API on 127.0.0.1: records every call and answers
 * like Slack ({ ok: true, ... }). Responses for users.info and users.lookupByEmail are
 * set per test; a method can be made to answer 429 with Retry-After, or to answer slowly.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private readonly responders = new Map<string, Responder>();
  private readonly rateLimits = new Map<string, number[]>();
  private readonly delays = new Map<string, number>();
  private seq = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url that posts back here. */
  responseUrl(name: string): string {
    return `${this.url}/response/${name}`;
  }

  respondTo(method: string, responder: Responder): void {
    this.responders.set(method, responder);
  }

  /** The next calls of `method` answer 429 with these Retry-After seconds, one per call. */
  rateLimit(method: string, ...retryAfterSeconds: number[]): void {
    this.rateLimits.set(method, retryAfterSeconds);
  }

  slowDown(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  api(method?: string): RecordedCall[] {
    return this.calls.filter((c) => c.kind === 'api' && !c.rateLimited && (!method || c.method === method));
  }

  responses(): RecordedCall[] {
    return this.calls.filter((c) => c.kind === 'response_url');
  }

  /** Waits until `count` calls match, or fails after `ms`. */
  async waitFor(match: (c: RecordedCall) => boolean, count = 1, ms = 5000): Promise<RecordedCall[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.calls.filter((c) => !c.rateLimited && match(c));
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} call(s); saw: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  clear(): void {
    this.calls.length = 0;
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const args = parseBody(raw, req.headers['content-type'] ?? '');
    const path = (req.url ?? '/').split('?')[0];
    const query = Object.fromEntries(new URL(req.url ?? '/', this.url).searchParams);
    const kind = path.startsWith('/response/') ? 'response_url' : 'api';
    const method = kind === 'api' ? path.replace(/^\/api\//, '') : path.replace(/^\/response\//, '');
    const call: RecordedCall = { kind, method, args: { ...query, ...args }, headers: req.headers, at: Date.now() };
    this.calls.push(call);
    const pending = this.rateLimits.get(method);
    if (pending?.length) {
      call.rateLimited = true;
      res.writeHead(429, { 'retry-after': String(pending.shift()), 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (kind === 'response_url') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    const body = { ok: true, ...(this.responders.get(method) ?? defaultResponder(method, () => ++this.seq))(call.args, req.headers) };
    call.response = body;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

function defaultResponder(method: string, next: () => number): Responder {
  switch (method) {
    case 'auth.test':
      return () => ({ url: 'https://northco.slack.com/', team: 'NorthCo', user: 'acre', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId });
    case 'chat.postMessage':
      return (a) => ({ channel: a.channel, ts: `1764064800.${String(next()).padStart(6, '0')}`, message: { text: a.text, user: BOT.userId, bot_id: BOT.botId } });
    case 'chat.postEphemeral':
      return () => ({ message_ts: `1764064800.${String(next()).padStart(6, '0')}` });
    case 'views.publish':
      return (a) => ({ view: { id: 'V100HOME', type: 'home', ...(typeof a.view === 'string' ? JSON.parse(a.view) : {}) } });
    case 'users.info':
      return (a) => ({ ok: false, error: 'user_not_found', user_asked: a.user });
    case 'users.lookupByEmail':
      return () => ({ ok: false, error: 'users_not_found' });
    default:
      return () => ({});
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Web API client posts form-encoded arguments with objects as JSON strings; response_url posts are JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = v.startsWith('[') || v.startsWith('{') ? safeJson(v) : v;
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

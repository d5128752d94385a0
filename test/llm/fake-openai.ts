import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake server received: the parsed body and its size in characters. */
export interface Received {
  body: ChatBody;
  chars: number;
}

export interface ChatBody {
  model: string;
  stream?: boolean;
  tool_choice?: string;
  tools?: { type: 'function'; function: { name: string; description?: string; parameters: unknown } }[];
  messages: ChatMessage[];
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/**
 * How a streamed answer comes: a piece of text every `everyMs`, and, after `failAfter`
 * pieces, an error event in the stream, as a server that fails mid-answer sends it.
 */
export interface Pace {
  everyMs: number;
  failAfter?: number;
}

/** What the fake model does for one request: answer (at a pace, when streamed), call tools, fail, or stall. */
export type Scripted =
  | { say: string; pace?: Pace }
  | { call: { name: string; args: Record<string, unknown> }[]; say?: string }
  | { status: number; headers?: Record<string, string>; message?: string }
  | { stallMs: number; then?: Scripted };

/** Decides the next move from the request (the fake "model" reads what it was sent) and how many came before. */
export type Script = (request: ChatBody, index: number) => Scripted;

export interface FakeOpenAi {
  baseURL: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A Chat Completions server on 127.0.0.1 for tests and the benchmark. It reports usage as
 * an estimate from the request it actually received (characters ÷ 4), the same way for
 * every request, so sizes can be compared; with stream: true it answers in SSE chunks.
 */
export async function fakeOpenAi(script: Script): Promise<FakeOpenAi> {
  const received: Received[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const body = JSON.parse(raw) as ChatBody;
    received.push({ body, chars: raw.length });
    await respond(res, body, raw.length, script(body, received.length - 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(res: ServerResponse, body: ChatBody, chars: number, move: Scripted): Promise<void> {
  if ('stallMs' in move) {
    await new Promise((r) => setTimeout(r, move.stallMs));
    if (res.destroyed) return;
    return respond(res, body, chars, move.then ?? { say: 'too late' });
  }
  if ('status' in move) {
    res.writeHead(move.status, { 'content-type': 'application/json', ...move.headers });
    res.end(JSON.stringify({ error: { message: move.message ?? `scripted ${move.status}`, type: 'server_error' } }));
    return;
  }
  const toolCalls = 'call' in move ? move.call.map((c, i) => ({ id: `call_${i}_${c.name}`, type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.args) } })) : [];
  const content = move.say ?? null;
  const usage = {
    prompt_tokens: Math.ceil(chars / 4),
    completion_tokens: Math.ceil(((content ?? '').length + toolCalls.reduce((n, c) => n + c.function.name.length + c.function.arguments.length, 0)) / 4),
    total_tokens: 0,
  };
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
  const finish = toolCalls.length ? 'tool_calls' : 'stop';
  const base = { id: 'chatcmpl-fake', created: Math.floor(Date.now() / 1000), model: body.model };
  if (!body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) } }], usage }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (chunk: object) => res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', ...chunk })}\n\n`);
  send({ choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] });
  const pace = 'pace' in move ? move.pace : undefined;
  for (const [i, piece] of ((content ?? '').match(/[\s\S]{1,12}/g) ?? []).entries()) {
    if (pace && i === pace.failAfter) {
      res.end(`data: ${JSON.stringify({ error: { message: 'scripted failure mid-stream', type: 'server_error' } })}\n\n`);
      return;
    }
    if (pace && i > 0) await new Promise((r) => setTimeout(r, pace.everyMs));
    if (res.destroyed) return;
    send({ choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  }
  toolCalls.forEach((c, index) => {
    send({ choices: [{ index: 0, delta: { tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.function.name, arguments: '' } }] }, finish_reason: null }] });
    const half = Math.ceil(c.function.arguments.length / 2);
    for (const part of [c.function.arguments.slice(0, half), c.function.arguments.slice(half)]) {
      send({ choices: [{ index: 0, delta: { tool_calls: [{ index, function: { arguments: part } }] }, finish_reason: null }] });
    }
  });
  send({ choices: [{ index: 0, delta: {}, finish_reason: finish }] });
  send({ choices: [], usage });
  res.end('data: [DONE]\n\n');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** The JSON data of the tool results in a request, newest last. */
export function toolResults(body: ChatBody): unknown[] {
  return body.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content ?? 'null') as unknown);
}

/** Whether the request already carries tool results: the fake model's cue to answer. */
export const hasToolResults = (body: ChatBody) => body.messages.some((m) => m.role === 'tool');

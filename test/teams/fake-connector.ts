import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  replyToId?: string;
  authorization?: string;
  body: Record<string, unknown>;
}

export interface Member {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * A stand-in for the Bot Connector service Teams runs, on 127.0.0.1: it records
 * what the bot posts (replies, proactive messages, new conversations) and answers
 * member look-ups from a roster the test fills.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly roster = new Map<string, Member>();
  /** Conversation ids that answer 403, as Teams does once the app is removed. */
  readonly refusing = new Set<string>();
  private next = 1;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = createServer((req, res) => void connector!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    connector = new FakeConnector(server, `http://127.0.0.1:${port}/`);
    return connector;
  }

  /** Activities the bot sent (replies and proactive posts), optionally only to one conversation. */
  sent(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && (!conversationId || c.conversationId === conversationId));
  }

  /** Messages only, without typing indicators. */
  messages(conversationId?: string): ConnectorCall[] {
    return this.sent(conversationId).filter((c) => c.body.type === 'message');
  }

  clear(): void {
    this.calls.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    const call: ConnectorCall = { method: req.method ?? '', path, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    if (req.headers.authorization) call.authorization = req.headers.authorization;
    const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (activities) {
      call.conversationId = activities[1];
      if (activities[2]) call.replyToId = activities[2];
    }
    this.calls.push(call);
    if (call.method === 'POST' && activities) {
      if (this.refusing.has(activities[1])) return json(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
      return json(res, 200, { id: `sent-${this.next++}` });
    }
    if (call.method === 'POST' && path === '/v3/conversations') {
      const members = (call.body.members as Member[] | undefined) ?? [];
      return json(res, 200, { id: `a:personal-${members[0]?.id ?? 'nobody'}`, activityId: '' });
    }
    if (call.method === 'GET' && member) {
      const found = this.roster.get(member[2]);
      return found ? json(res, 200, found) : json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'Member not found' } });
    }
    json(res, 404, { error: { code: 'NotFound', message: `no route for ${call.method} ${path}` } });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

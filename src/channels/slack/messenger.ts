import type { webApi } from '@slack/bolt';
import type { Acre } from '../../core/acre.js';
import { messagesFor } from '../../core/i18n/index.js';
import type { Locale } from '../../core/model.js';
import type { KeyValueStore, Logger, Messenger, Recipient } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { deliver } from './delivery.js';

export interface SlackMessengerDeps {
  acre: Acre;
  store: KeyValueStore;
  logger: Logger;
  defaultLocale: Locale;
  /** The app's Web API client: its retry settings wait out 429s (Retry-After) and retry, so nothing is dropped. */
  client: webApi.WebClient;
  /** One bot token per workspace Acre is installed in. */
  botTokens(): Promise<string[]>;
}

/** Errors that mean "not in this workspace": with several installed, the next one may know the person or channel. */
const ELSEWHERE = new Set(['channel_not_found', 'user_not_found', 'users_not_found', 'not_in_channel', 'invalid_auth', 'account_inactive', 'token_revoked']);

/**
 * Reminders and digests to people (by e-mail) and channels (by id). A person is found
 * by users.csv's slack_user_id, else by Slack's users.lookupByEmail; messages to a
 * person go to Acre's DM with them.
 */
export class SlackMessenger implements Messenger {
  readonly channel = 'slack';

  constructor(private readonly deps: SlackMessengerDeps) {}

  async send(to: Recipient, replies: Reply[]): Promise<{ delivered: boolean; detail?: string }> {
    if (to.kind === 'channel' && to.channel !== 'slack') return { delivered: false, detail: `not a Slack channel: ${to.channel}` };
    const tokens = await this.deps.botTokens();
    if (!tokens.length) return { delivered: false, detail: 'Acre is not installed in any Slack workspace' };
    const locale = await this.localeOf(to);
    let detail = 'no workspace knows this recipient';
    for (const token of tokens) {
      try {
        const channel = to.kind === 'user' ? await this.slackUserOf(to.email, token) : to.id;
        if (!channel) continue;
        await deliver(replies, { kind: 'conversation', channel, asker: channel, shared: false }, { client: this.deps.client, token, store: this.deps.store, words: messagesFor(locale) });
        return { delivered: true };
      } catch (error) {
        const code = slackErrorOf(error);
        detail = code ?? (error instanceof Error ? error.message : String(error));
        if (!code || !ELSEWHERE.has(code)) break;
      }
    }
    this.deps.logger.warn({ event: 'slack_not_delivered', to: to.kind === 'user' ? to.email : to.id, detail }, 'proactive message not delivered');
    return { delivered: false, detail };
  }

  private async slackUserOf(email: string, token: string): Promise<string | undefined> {
    const known = (await this.deps.acre.portfolio()).user(email)?.slackUserId;
    if (known) return known;
    const found = await this.deps.client.users.lookupByEmail({ email, token });
    return found.user?.id;
  }

  private async localeOf(to: Recipient): Promise<Locale> {
    if (to.kind !== 'user') return this.deps.defaultLocale;
    return (await this.deps.acre.portfolio()).user(to.email)?.locale ?? this.deps.defaultLocale;
  }
}

function slackErrorOf(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

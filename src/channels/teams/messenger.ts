import type { Acre } from '../../core/acre.js';
import { messagesFor } from '../../core/i18n/index.js';
import type { Locale } from '../../core/model.js';
import type { Logger, Messenger, Recipient } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Outbox } from './outbox.js';
import type { ConversationReferences } from './references.js';
import { renderReplies } from './render.js';

export interface TeamsMessengerDeps {
  acre: Acre;
  references: ConversationReferences;
  outbox: Outbox;
  logger: Logger;
  defaultLocale: Locale;
}

/**
 * Reminders and digests through Teams: a person in their personal chat with Acre,
 * a channel by its id (19:…@thread.tacv2), both from the references stored when
 * Acre was installed or last spoken to, so it works after a restart.
 */
export class TeamsMessenger implements Messenger {
  readonly channel = 'teams';

  constructor(private readonly deps: TeamsMessengerDeps) {}

  async send(to: Recipient, replies: Reply[]): Promise<{ delivered: boolean; detail?: string }> {
    if (to.kind === 'channel' && to.channel !== 'teams') return { delivered: false, detail: `a ${to.channel} conversation, not a Teams one` };
    const portfolio = await this.deps.acre.portfolio();
    const user = to.kind === 'user' ? portfolio.user(to.email) : undefined;
    const reference =
      to.kind === 'user'
        ? await this.deps.references.person({ ...(user?.teamsUserId ? { userKey: user.teamsUserId } : {}), email: to.email })
        : await this.deps.references.place(to.id);
    if (!reference) {
      return {
        delivered: false,
        detail: to.kind === 'user' ? `${to.email} has not installed Acre in Teams or chatted with it yet` : `Acre has not been added to the Teams conversation ${to.id}`,
      };
    }
    const locale = user?.locale ?? this.deps.defaultLocale;
    try {
      await this.deps.outbox.post(reference, renderReplies(replies, { sourcesLabel: messagesFor(locale).sources, lang: locale }));
      return { delivered: true };
    } catch (error) {
      this.deps.logger.warn({ event: 'teams_proactive_failed', err: error, to }, 'could not deliver a Teams message');
      return { delivered: false, detail: `Teams refused the message: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

import type { Portfolio } from '../core/portfolio.js';
import type { Messenger, Recipient } from '../core/ports.js';
import type { Reply } from '../core/reply.js';

/**
 * The messenger jobs use: a person is reached on the channel they are known on
 * (a Slack id → Slack, a Teams id → Teams), else on the first channel that can
 * find them by e-mail; a channel post goes to the channel it names.
 */
export class RoutingMessenger implements Messenger {
  readonly channel = 'any';

  constructor(
    private readonly messengers: Messenger[],
    private readonly portfolio: () => Promise<Portfolio>,
  ) {}

  async send(to: Recipient, replies: Reply[]): Promise<{ delivered: boolean; detail?: string }> {
    if (!this.messengers.length) return { delivered: false, detail: 'no chat channel is running (configure Slack or Teams)' };
    if (to.kind === 'channel') {
      const messenger = this.messengers.find((m) => m.channel === to.channel);
      return messenger ? messenger.send(to, replies) : { delivered: false, detail: `the ${to.channel} channel is not running` };
    }
    const user = (await this.portfolio()).user(to.email);
    const preferred = [
      ...this.messengers.filter((m) => (m.channel === 'slack' && user?.slackUserId) || (m.channel === 'teams' && user?.teamsUserId)),
      ...this.messengers,
    ];
    const tried: string[] = [];
    for (const messenger of new Set(preferred)) {
      const result = await messenger.send(to, replies);
      if (result.delivered) return result;
      tried.push(`${messenger.channel}: ${result.detail ?? 'not delivered'}`);
    }
    return { delivered: false, detail: tried.join('; ') };
  }
}

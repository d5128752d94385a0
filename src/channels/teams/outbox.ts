import type { CloudAdapter, ConversationParameters, TurnContext } from 'botbuilder';
import type { IncomingActivity } from './activity.js';
import { referenceOf, type Reference } from './references.js';
import type { OutgoingMessage } from './render.js';

/** The public cloud's Bot Connector, the audience of the tokens Acre sends with. */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * Writing outside the turn being answered: to a stored conversation (reminders,
 * digests, a shared answer) or to a personal chat opened for the purpose.
 */
export class Outbox {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  /** Posts into a conversation Acre was part of, from its stored reference; throws if Teams refuses. */
  async post(reference: Reference, messages: OutgoingMessage[]): Promise<void> {
    await surfacingErrors((logic) => this.adapter.continueConversationAsync(this.appId, reference, logic), async (context) => {
      await context.sendActivities(messages);
    });
  }

  /**
   * Opens (or reopens: Teams returns the existing one) the personal chat between
   * Acre and the sender of an activity, posts there, and returns its reference.
   * Teams allows this for anyone in a team or chat where Acre is installed.
   */
  async openPersonalChat(with_: IncomingActivity, messages: OutgoingMessage[]): Promise<Reference> {
    const tenantId = with_.conversation.tenantId ?? with_.channelData?.tenant?.id;
    const parameters: ConversationParameters = {
      isGroup: false,
      bot: { id: with_.recipient.id, name: with_.recipient.name ?? '' },
      members: [{ id: with_.from.id, name: with_.from.name ?? '' }],
      ...(tenantId ? { tenantId } : {}),
      channelData: tenantId ? { tenant: { id: tenantId } } : {},
    };
    let opened: Reference | undefined;
    await surfacingErrors(
      (logic) => this.adapter.createConversationAsync(this.appId, with_.channelId, with_.serviceUrl, CONNECTOR_AUDIENCE, parameters, logic),
      async (context) => {
        // The "conversation created" activity names the bot only; the person is added so that later sends address them.
        opened = { ...referenceOf(context.activity), user: { id: with_.from.id, name: with_.from.name ?? '' } };
        await this.post(opened, messages);
      },
    );
    if (!opened) throw new Error('Teams did not open a personal chat');
    return opened;
  }
}

/**
 * Runs a proactive turn and rethrows what failed in it. The adapter hands a turn's
 * error to its onTurnError, which only logs, so a refused send would otherwise
 * look delivered.
 */
async function surfacingErrors(start: (logic: Logic) => Promise<void>, logic: Logic): Promise<void> {
  let failure: unknown;
  await start(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = error;
    }
  });
  if (failure !== undefined) throw failure;
}

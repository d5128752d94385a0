import type { TurnContext } from 'botbuilder';
import { messagesFor } from '../../core/i18n/index.js';
import type { TeamsDeps } from './deps.js';
import { onMembership } from './on-membership.js';
import { onMessage } from './on-message.js';
import { textMessage } from './render.js';

type Listener = (context: TurnContext, deps: TeamsDeps) => Promise<void>;

/** Who answers which activity type; anything else (reactions, typing, invokes) needs nothing from Acre. */
const listeners: Partial<Record<string, Listener>> = {
  message: onMessage,
  conversationUpdate: onMembership,
  installationUpdate: onMembership,
};

/** The bot's turn: the listener for the activity's type, if any. */
export function teamsBot(deps: TeamsDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    await listeners[context.activity.type]?.(context, deps);
  };
}

/**
 * The last resort for a turn that failed outside the core (the core itself never
 * throws): logged once here, and the person gets an apology, never the error.
 */
export function onTurnError(deps: Pick<TeamsDeps, 'logger' | 'defaultLocale'>): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    deps.logger.error({ event: 'teams_turn_failed', err: error, activityType: context.activity.type }, 'a Teams turn failed');
    if (context.activity.type !== 'message') return;
    const locale = context.activity.locale?.toLowerCase().startsWith('pl') ? 'pl' : deps.defaultLocale;
    try {
      await context.sendActivity(textMessage(messagesFor(locale).somethingWentWrong));
    } catch {
      // The connector itself is unreachable; the log line above is the record.
    }
  };
}

import type { ChannelStarter } from '../channel.js';
import { createAdapter } from './adapter.js';
import { onTurnError, teamsBot } from './bot.js';
import type { TeamsDeps } from './deps.js';
import { TeamsMessenger } from './messenger.js';
import { Outbox } from './outbox.js';
import { ConversationReferences } from './references.js';
import { MESSAGES_ROUTE, mountMessagesRoute } from './route.js';

/**
 * The Microsoft Teams channel: the Bot Framework's CloudAdapter at POST /api/messages
 * on the shared HTTP server, the listeners that translate activities for the core,
 * and a messenger that reaches people and channels through stored conversations.
 */
export const startTeams: ChannelStarter = async ({ app, http }) => {
  const logger = app.logger.child({ channel: 'teams' });
  const teams = createAdapter(app.config);
  const references = new ConversationReferences(app.store);
  const outbox = new Outbox(teams.adapter, teams.appId);
  const deps: TeamsDeps = { acre: app.acre, store: app.store, logger, references, outbox, defaultLocale: app.config.ACRE_LOCALE };
  teams.adapter.onTurnError = onTurnError(deps);
  mountMessagesRoute(http, teams, teamsBot(deps), logger);
  if (!teams.authenticated) {
    logger.warn({ event: 'teams_local_mode' }, 'MicrosoftAppId is not set: Teams runs without authentication, for the Bot Framework Emulator only');
  }
  return {
    name: 'teams',
    messenger: new TeamsMessenger(deps),
    routes: [`POST ${MESSAGES_ROUTE}`],
    // The route lives on the shared server, which its owner closes; there is no connection of our own to end.
    stop: async () => {},
  };
};

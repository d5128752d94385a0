import express, { type NextFunction, type Request, type Response } from 'express';
import type { ChannelStarter } from '../channel.js';
import { createAdapter } from './adapter.js';
import { onTurnError, teamsBot } from './bot.js';
import type { TeamsDeps } from './deps.js';
import { TeamsMessenger } from './messenger.js';
import { Outbox } from './outbox.js';
import { ConversationReferences } from './references.js';

/** Where the Azure Bot's messaging endpoint must point. */
export const MESSAGES_ROUTE = '/api/messages';
/** Teams activities are small; a card submit or a long message stays far below this. */
const MAX_BODY = '256kb';

/**
 * The Microsoft Teams channel: the Bot Framework's CloudAdapter at POST /api/messages
 * on the shared HTTP server, the listeners that translate activities for the core,
 * and a messenger that reaches people and channels through stored conversations.
 */
export const startTeams: ChannelStarter = async ({ app, http }) => {
  const logger = app.logger.child({ channel: 'teams' });
  const { adapter, appId, authenticated } = createAdapter(app.config);
  const references = new ConversationReferences(app.store);
  const outbox = new Outbox(adapter, appId);
  const deps: TeamsDeps = { acre: app.acre, store: app.store, logger, references, outbox, defaultLocale: app.config.ACRE_LOCALE };
  adapter.onTurnError = onTurnError(deps);
  const bot = teamsBot(deps);
  http.post(
    MESSAGES_ROUTE,
    express.json({ limit: MAX_BODY }),
    async (req: Request, res: Response) => {
      await adapter.process(req, res, bot);
    },
    // A body that is not JSON: the sender gets a plain 400, never express's page with a stack trace.
    (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
      logger.warn({ event: 'teams_bad_request', err: error }, 'refused a request to the Teams endpoint');
      if (!res.headersSent) res.status(400).json({ error: 'expected a Bot Framework activity as JSON' });
    },
  );
  if (!authenticated) {
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

import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../core/ports.js';
import type { TeamsAdapter } from './adapter.js';

/** Where the Azure Bot's messaging endpoint must point. */
export const MESSAGES_ROUTE = '/api/messages';
/** Teams activities are small; a card submit or a long message stays far below this. */
const MAX_BODY = '256kb';

/**
 * Mounts the Bot Framework endpoint on the shared HTTP server: JSON in, the
 * adapter authenticates and runs the turn, the adapter answers.
 */
export function mountMessagesRoute(http: Express, teams: TeamsAdapter, bot: (context: TurnContext) => Promise<void>, logger: Logger): void {
  http.post(
    MESSAGES_ROUTE,
    express.json({ limit: MAX_BODY }),
    (req: Request, res: Response, next: NextFunction) => {
      // The adapter would refuse this too, but only after printing a stack trace to
      // stderr; unauthenticated calls (scanners, misconfigured tests) are common
      // enough to be answered here, quietly. Any token at all still goes to the adapter.
      if (teams.authenticated && !req.headers.authorization) {
        logger.debug({ event: 'teams_unauthenticated' }, 'refused a call to /api/messages without a token');
        res.status(401).json({ error: 'a Bot Framework token is required' });
        return;
      }
      next();
    },
    async (req: Request, res: Response) => {
      await teams.adapter.process(req, res, bot);
    },
    // A body that is not JSON: the sender gets a plain 400, never express's page with a stack trace.
    (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
      logger.warn({ event: 'teams_bad_request', err: error }, 'refused a request to the Teams endpoint');
      if (!res.headersSent) res.status(400).json({ error: 'expected a Bot Framework activity as JSON' });
    },
  );
}

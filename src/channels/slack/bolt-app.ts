import { App, ExpressReceiver, webApi, type ExpressReceiverOptions } from '@slack/bolt';
import type { Express } from 'express';
import type { KeyValueStore, Logger } from '../../core/ports.js';
import { boltLogger } from './bolt-logger.js';
import { KeyvInstallationStore } from './installations.js';
import { BOT_SCOPES, SLACK_ROUTES } from './scopes.js';
import type { SlackSettings } from './settings.js';

/** The Bolt app, however it reaches Slack, and what Acre needs around it. */
export interface SlackConnection {
  bolt: App;
  /** The routes it added to the shared HTTP server (none in Socket Mode without OAuth). */
  routes: string[];
  /** Bot tokens for messages no event prompted: the one token, or one per installed workspace. */
  botTokens(): Promise<string[]>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ConnectionDeps {
  http: Express;
  store: KeyValueStore;
  logger: Logger;
}

/**
 * Bolt on Socket Mode or on the shared HTTP server, for one workspace (bot token) or
 * many (OAuth install flow, installations in Acre's store).
 */
export async function connectToSlack(settings: SlackSettings, deps: ConnectionDeps): Promise<SlackConnection> {
  const logger = boltLogger(deps.logger);
  const clientOptions: webApi.WebClientOptions = { logger, ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}) };
  // Bolt's in-memory conversation store is unused (conversation state lives in Acre's store) and costs a lookup per request.
  const common = { logger, clientOptions, convoStore: false as const };
  const installations = new KeyvInstallationStore(deps.store);
  const oauth = settings.auth.kind === 'oauth' ? oauthOptions(settings.auth, installations, clientOptions) : undefined;
  const single = settings.auth.kind === 'single' ? await botIdentity(settings.auth.botToken, clientOptions) : undefined;
  const botTokens = single ? async () => [single.token] : () => installations.botTokens();
  const installRoutes = oauth ? [SLACK_ROUTES.install, SLACK_ROUTES.oauthRedirect] : [];

  if (settings.transport.kind === 'http') {
    // Mounted on the shared express app, so Teams' /api/messages can live on the same port.
    const receiver = new ExpressReceiver({ signingSecret: settings.transport.signingSecret, app: deps.http, endpoints: SLACK_ROUTES.events, logger, ...oauth });
    const bolt = new App({ receiver, ...common, ...single?.appOptions });
    // The shared server is started and stopped by Acre, not by Bolt.
    return { bolt, routes: [SLACK_ROUTES.events, ...installRoutes], botTokens, start: async () => {}, stop: async () => {} };
  }

  // Events come over the socket; only the install flow, when there is one, needs HTTP. Its routes
  // go on the shared server through a receiver with no event endpoint, so nothing unsigned is accepted.
  const installer = oauth ? new ExpressReceiver({ signingSecret: '', signatureVerification: false, app: deps.http, endpoints: {}, logger, ...oauth }).installer : undefined;
  const bolt = new App({
    socketMode: true,
    appToken: settings.transport.appToken,
    ...common,
    ...(installer ? { authorize: (source) => installer.authorize(source) } : single?.appOptions),
  });
  return { bolt, routes: installRoutes, botTokens, start: async () => void (await bolt.start()), stop: async () => void (await bolt.stop()) };
}

function oauthOptions(auth: Extract<SlackSettings['auth'], { kind: 'oauth' }>, installationStore: KeyvInstallationStore, clientOptions: webApi.WebClientOptions): Partial<ExpressReceiverOptions> {
  return {
    clientId: auth.clientId,
    clientSecret: auth.clientSecret,
    stateSecret: auth.stateSecret,
    installationStore,
    scopes: [...BOT_SCOPES],
    installerOptions: { directInstall: true, installPath: SLACK_ROUTES.install, redirectUriPath: SLACK_ROUTES.oauthRedirect, clientOptions },
  };
}

/**
 * Checks the bot token once at start (a wrong token fails here, with Slack's reason,
 * not at the first message) and gives Bolt the bot's ids so it need not ask again.
 */
async function botIdentity(token: string, clientOptions: webApi.WebClientOptions) {
  const auth = await new webApi.WebClient(token, clientOptions).auth.test();
  if (!auth.user_id || !auth.bot_id) throw new Error(`SLACK_BOT_TOKEN is not a bot token (auth.test gave no bot id for ${auth.user ?? 'this token'})`);
  return { token, appOptions: { token, botId: auth.bot_id, botUserId: auth.user_id, tokenVerificationEnabled: false } };
}

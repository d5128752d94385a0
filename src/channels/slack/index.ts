import type { ChannelStarter } from '../channel.js';
import { AfterAck } from './after-ack.js';
import { connectToSlack } from './bolt-app.js';
import { registerListeners } from './listeners/register.js';
import { SlackMessenger } from './messenger.js';
import type { SlackRuntime } from './runtime.js';
import { slackSettings } from './settings.js';

/** How long stopping waits for answers already acknowledged. */
const STOP_GRACE_MS = 10_000;

/** The Slack channel: Bolt, Acre's listeners, and a messenger for reminders and digests. */
export const startSlack: ChannelStarter = async ({ app, http }) => {
  const logger = app.logger.child({ channel: 'slack' });
  const settings = slackSettings(app.config);
  const answers = new AfterAck(logger);
  const rt: SlackRuntime = {
    acre: app.acre, store: app.store, logger, defaultLocale: app.config.ACRE_LOCALE, defaultTimezone: app.config.ACRE_TIMEZONE,
    later: (what, job) => answers.later(what, job),
  };
  const slack = await connectToSlack(settings, { http, store: app.store, logger });
  registerListeners(slack.bolt, rt);
  await slack.start();
  logger.info({ event: 'slack_started', transport: settings.transport.kind, auth: settings.auth.kind, routes: slack.routes }, 'Slack channel started');
  const messenger = new SlackMessenger({ acre: app.acre, store: app.store, logger, defaultLocale: app.config.ACRE_LOCALE, client: slack.bolt.client, botTokens: slack.botTokens });
  const stop = async () => {
    await slack.stop();
    // Questions already acknowledged still get their answer before the process goes, within reason.
    await Promise.race([answers.idle(), new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
  };
  return { name: 'slack', messenger, ...(slack.routes.length ? { routes: slack.routes } : {}), stop };
};

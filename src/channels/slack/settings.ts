import type { Config } from '../../config.js';

/** How Acre reaches Slack, decided once from the configuration. */
export interface SlackSettings {
  /** Socket Mode needs no public URL; HTTP mode needs Slack to reach /slack/events. */
  transport: { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string };
  /** One workspace with a bot token, or any number installed through Slack's OAuth flow. */
  auth: { kind: 'single'; botToken: string } | { kind: 'oauth'; clientId: string; clientSecret: string; stateSecret: string };
  /** A different Web API base URL (a proxy, or a fake Slack in tests). */
  apiUrl?: string;
}

export class SlackSettingsError extends Error {}

/** The Slack settings, or an error naming the variable that is missing. */
export function slackSettings(config: Config): SlackSettings {
  const auth: SlackSettings['auth'] | undefined = config.SLACK_CLIENT_ID
    ? { kind: 'oauth', clientId: config.SLACK_CLIENT_ID, clientSecret: required(config.SLACK_CLIENT_SECRET, 'SLACK_CLIENT_SECRET'), stateSecret: required(config.SLACK_STATE_SECRET, 'SLACK_STATE_SECRET') }
    : config.SLACK_BOT_TOKEN
      ? { kind: 'single', botToken: config.SLACK_BOT_TOKEN }
      : undefined;
  if (!auth) throw new SlackSettingsError('Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (install to several).');
  const transport: SlackSettings['transport'] = config.SLACK_APP_TOKEN
    ? { kind: 'socket', appToken: config.SLACK_APP_TOKEN }
    : { kind: 'http', signingSecret: required(config.SLACK_SIGNING_SECRET, 'SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)') };
  return { transport, auth, ...(config.SLACK_API_URL ? { apiUrl: withTrailingSlash(config.SLACK_API_URL) } : {}) };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new SlackSettingsError(`Slack needs ${name}.`);
  return value;
}

/** The Web API client appends method names to the base URL, so it must end with a slash. */
const withTrailingSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

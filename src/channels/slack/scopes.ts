/**
 * What the Slack app asks for. The OAuth install flow requests these scopes, and a
 * test checks that manifest/slack/manifest.json declares exactly the same.
 */
export const BOT_SCOPES = [
  'app_mentions:read', // answer @Acre in channels
  'assistant:write', // the assistant pane: suggested prompts and "is looking…" status
  'chat:write', // answers, ephemeral answers, DMs from reminders and digests
  'commands', // /account, /acre and the commands later features add
  'im:history', // read what people write to Acre in its DM
  'users:read', // a person's time zone and locale when users.csv has none
  'users:read.email', // map a Slack user to users.csv by e-mail; find a person to DM by e-mail
] as const;

/** The events Acre listens to. */
export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'assistant_thread_context_changed', 'assistant_thread_started', 'message.im'] as const;

/** Where Slack posts events, commands and button presses in HTTP mode, and where the install flow lives. */
export const SLACK_ROUTES = { events: '/slack/events', install: '/slack/install', oauthRedirect: '/slack/oauth_redirect' } as const;

import type { App } from '@slack/bolt';
import { onceForEachEvent } from '../redelivery.js';
import { ACTION_ID_PATTERN } from '../render/actions.js';
import type { SlackRuntime } from '../runtime.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { assistantPane } from './assistant.js';
import { buttonAction } from './button-action.js';
import { directMessage } from './direct-message.js';
import { slashCommand } from './slash-command.js';

/** Every way Slack reaches Acre, each handed to the listener that translates it for the core. */
export function registerListeners(bolt: App, rt: SlackRuntime): void {
  bolt.use(onceForEachEvent(rt.store, rt.logger));
  // Before the DM listener: messages in an assistant thread belong to the pane.
  bolt.assistant(assistantPane(rt));
  // Every command: the manifest declares exactly the core's, and the core answers a stray one with help.
  bolt.command(/^\/[^\s/]+$/, slashCommand(rt));
  bolt.event('message', directMessage(rt));
  bolt.event('app_mention', appMention(rt));
  bolt.event('app_home_opened', appHomeOpened(rt));
  bolt.action(ACTION_ID_PATTERN, buttonAction(rt));
  bolt.error(async (error) => {
    rt.logger.error({ event: 'slack_listener_failed', code: error.code, err: error }, 'a Slack listener failed');
  });
}

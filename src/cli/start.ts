import type { Server } from 'node:http';
import type { Command } from 'commander';
import type { RunningChannel } from '../channels/channel.js';
import { runConsole } from '../channels/console/console.js';
import { channelStarters } from '../channels/registry.js';
import { RoutingMessenger } from '../channels/route-messenger.js';
import { startJobs } from '../jobs/index.js';
import { createHttp, listen } from '../server.js';
import { consoleUser, withApp } from './context.js';

const howToConnect = `No Slack or Teams credentials are set, so Acre runs here in the terminal.
  Slack: create an app from manifest/slack/manifest.json, then set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP).
  Teams: register a bot, then set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, and upload the package from npm run package:teams.
  The README's "Connect Slack" and "Connect Teams" sections walk through both.`;

export function registerStart(program: Command): void {
  program
    .command('start', { isDefault: true })
    .description('run Acre: the configured chat channels as a service, or the terminal chat when none is configured')
    .option('--as <email>', 'in the terminal, speak as this user (default: the first admin)')
    .action(async (opts: { as?: string }) => {
      // Alone in a terminal, info logs would drown the conversation; as a service they are the record.
      await withApp({ defaultLogLevel: (c) => (c.channels.every((ch) => ch === 'console') ? 'warn' : 'info') }, async (app, config) => {
        const wantsConsole = config.channels.includes('console');
        // As a service, a stop asked for while the channels and jobs start (SIGTERM from a service
        // manager) waits until start-up is over and then shuts down cleanly, instead of killing it
        // half-way through catching up. A second signal exits at once, should start-up hang.
        const stopAsked = wantsConsole
          ? undefined
          : new Promise<void>((resolve) => {
              let asked = false;
              const onSignal = (signal: NodeJS.Signals) => {
                if (asked) {
                  app.logger.warn({ event: 'stop_forced', signal }, 'second stop signal: exiting at once');
                  process.exit(1);
                }
                asked = true;
                app.logger.info({ event: 'stopping', signal }, 'stopping once what is under way is done');
                resolve();
              };
              process.on('SIGINT', onSignal);
              process.on('SIGTERM', onSignal);
            });
        const chatChannels = config.channels.filter((c): c is 'slack' | 'teams' => c !== 'console');
        const running: RunningChannel[] = [];
        let server: Server | undefined;
        if (chatChannels.length) {
          const http = createHttp();
          for (const name of chatChannels) running.push(await (await channelStarters[name]())({ app, http }));
          if (running.some((c) => c.routes?.length)) {
            server = await listen(http, config.PORT, config.HOST);
            app.logger.info({ event: 'listening', port: config.PORT, routes: running.flatMap((c) => c.routes ?? []) }, 'HTTP server listening');
          }
        }
        // Reminders and digests need a chat channel to reach people; the terminal alone has no one to remind.
        const scheduler = running.length
          ? await startJobs({ app, messenger: new RoutingMessenger(running.map((c) => c.messenger), () => app.acre.portfolio()) })
          : undefined;
        const stop = async () => {
          await scheduler?.stop();
          for (const c of running) await c.stop();
          await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        };
        if (wantsConsole) {
          const asEmail = await consoleUser(app, opts.as);
          const interactive = Boolean(process.stdin.isTTY);
          const banner = [
            !config.slackConfigured && !config.teamsConfigured ? howToConnect : '',
            app.demoLoaded ? 'The store was empty, so the fictional demo portfolio is loaded (acre import <folder> replaces it with your data).' : '',
            `Speaking as ${asEmail}; start with "acre chat --as <email>" to be someone else. Type /acre help, or exit to leave.`,
          ].filter(Boolean).join('\n\n');
          process.stderr.write(`${banner}\n\n`);
          await runConsole({ acre: app.acre, asEmail, input: process.stdin, output: process.stdout, interactive });
          await stop();
          return;
        }
        await stopAsked;
        await stop();
      });
    });
}

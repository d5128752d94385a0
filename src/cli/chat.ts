import type { Command } from 'commander';
import { runConsole } from '../channels/console/console.js';
import { consoleUser, withApp } from './context.js';

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('talk to Acre in the terminal (also reads piped input, one message per line)')
    .option('--as <email>', 'speak as this user (default: the first admin)')
    .action(async (opts: { as?: string }) => {
      await withApp({ defaultLogLevel: 'warn' }, async (app) => {
        const asEmail = await consoleUser(app, opts.as);
        const interactive = Boolean(process.stdin.isTTY);
        await runConsole({
          acre: app.acre, asEmail, input: process.stdin, output: process.stdout, interactive,
          ...(interactive ? { banner: `Acre — speaking as ${asEmail}. Type /acre help, or exit to leave.` } : {}),
        });
      });
    });
}

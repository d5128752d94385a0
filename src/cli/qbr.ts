import type { Command } from 'commander';
import { renderForTerminal } from '../channels/console/render.js';
import { messagesFor } from '../core/i18n/index.js';
import { consoleUser, withApp } from './context.js';

/** `acre qbr-prep <account> [--as EMAIL] [--format md]`: the QBR brief on standard output, as the chosen user may see it. */
export function registerQbr(program: Command): void {
  program
    .command('qbr-prep')
    .description('the QBR brief of an account: snapshot, results since the last QBR, plan, stakeholders, risks, agenda and questions')
    .argument('<account...>', "the account's id or name")
    .option('--as <email>', 'as this user, in their language, if they may see the account (default: the first admin)')
    .option('--format <format>', 'text or md (Markdown, for a file)', 'text')
    .action(async (words: string[], opts: { as?: string; format: string }) => {
      const format = opts.format.toLowerCase();
      if (!['text', 'md', 'markdown'].includes(format)) {
        process.stderr.write(`--format must be text or md (got "${opts.format}").\n`);
        process.exitCode = 2;
        return;
      }
      await withApp({ defaultLogLevel: 'warn' }, async (app) => {
        const email = await consoleUser(app, opts.as);
        const markdown = format !== 'text';
        const replies = await app.acre.handle({
          channel: 'console',
          identity: { email },
          conversationId: 'cli',
          shared: false,
          command: { name: 'qbr-prep', args: `${words.join(' ')}${markdown ? ' --format md' : ''}` },
        });
        const file = replies.find((r) => r.attachment)?.attachment;
        if (markdown && file) {
          process.stdout.write(file.content);
          return;
        }
        const locale = (await app.acre.portfolio()).user(email)?.locale ?? app.config.ACRE_LOCALE;
        process.stdout.write(`${renderForTerminal(replies, { color: false, sourcesLabel: messagesFor(locale).sources }).text}\n`);
        // A brief always has sections; anything else is a message about the account not being found.
        if (!replies.some((r) => r.blocks.some((b) => b.kind === 'heading'))) process.exitCode = 1;
      });
    });
}

import type { Command } from 'commander';
import { visibleAccounts } from '../core/accounts/access.js';
import { resolveAccount } from '../core/accounts/resolve.js';
import { messagesFor } from '../core/i18n/index.js';
import { planDocument } from '../core/plan/document.js';
import { planFile, type ExportFormat } from '../core/plan/export.js';
import { consoleUser, withApp } from './context.js';

const formats: readonly ExportFormat[] = ['md', 'json'];

/** `acre plan export <account> --format md|json [--as EMAIL]`: an account plan on standard output, as the chosen user may see it. */
export function registerPlan(program: Command): void {
  const plan = program.command('plan').description('account plans: the answers to the plan questions, per account');
  plan
    .command('export')
    .description('print an account plan (answers with author and date, earlier versions, open items) as Markdown or JSON')
    .argument('<account>', "the account's id or name")
    .option('--format <format>', 'md or json', 'md')
    .option('--as <email>', 'export as this user, in their language, if they may see the account (default: the first admin)')
    .action(async (query: string, opts: { format: string; as?: string }) => {
      const format = opts.format.toLowerCase() === 'markdown' ? 'md' : opts.format.toLowerCase();
      if (!formats.includes(format as ExportFormat)) {
        process.stderr.write(`--format must be md or json (got "${opts.format}").\n`);
        process.exitCode = 2;
        return;
      }
      await withApp({ defaultLogLevel: 'warn' }, async (app) => {
        const portfolio = await app.acre.portfolio();
        const email = await consoleUser(app, opts.as);
        const user = portfolio.user(email);
        if (!user) {
          process.stderr.write(`${email} is not in users.csv, so they may see no account plan.\n`);
          process.exitCode = 1;
          return;
        }
        const found = resolveAccount(query, visibleAccounts(portfolio, user));
        if (found.kind !== 'found') {
          const options = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
          const hint = options.length ? ` Did you mean: ${options.map((a) => `${a.id} (${a.name})`).join(', ')}?` : '';
          process.stderr.write(`${found.kind === 'ambiguous' ? `"${query}" matches several accounts.` : `No account called "${query}" that ${email} may see.`}${hint}\n`);
          process.exitCode = 1;
          return;
        }
        const locale = user.locale ?? app.config.ACRE_LOCALE;
        const t = messagesFor(locale);
        const timezone = user.timezone ?? app.config.ACRE_TIMEZONE;
        const doc = await planDocument({ state: app.store, set: app.questionSets[locale], account: found.account, portfolio, t, now: app.clock.now() });
        process.stdout.write(planFile(doc, format as ExportFormat, t, portfolio, timezone).content);
      });
    });
}

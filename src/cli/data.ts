import type { Command } from 'commander';
import { demoPortfolio } from '../store/demo.js';
import { describeProblems, importCsv } from '../store/import/index.js';
import { withApp } from './context.js';

export function registerData(program: Command): void {
  program
    .command('import')
    .description('import CRM exports: a folder with accounts.csv, contacts.csv, transactions.csv, activities.csv, users.csv, or some of those files')
    .argument('<paths...>', 'a folder or CSV files')
    .action(async (paths: string[]) => {
      await withApp({ defaultLogLevel: 'warn', demo: false }, async (app) => {
        const started = performance.now();
        const result = await importCsv(app.acre, paths, {
          now: app.clock.now(),
          onProgress: (p) => {
            if (p.total >= 10_000) process.stderr.write(`\r${p.file}: ${p.rows.toLocaleString('en')} / ${p.total.toLocaleString('en')} rows${p.rows === p.total ? '\n' : ''}`);
          },
        });
        if (!result.ok) {
          process.stderr.write(`Nothing was imported: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} to fix first.\n`);
          for (const line of describeProblems(result.problems)) process.stderr.write(`  ${line}\n`);
          process.exitCode = 1;
          return;
        }
        const counts = Object.entries(result.counts).map(([k, n]) => `${n} ${k}`).join(', ');
        process.stdout.write(`Imported ${counts} in ${((performance.now() - started) / 1000).toFixed(1)} s into ${app.store.backend} (${app.store.location}).\n`);
      });
    });

  program
    .command('demo')
    .description('replace the stored data with the fictional demo portfolio')
    .action(async () => {
      await withApp({ defaultLogLevel: 'warn', demo: false }, async (app) => {
        const portfolio = await app.acre.replacePortfolio(demoPortfolio(app.clock.now()));
        process.stdout.write(`Loaded the demo portfolio: ${portfolio.accounts.size} accounts, ${portfolio.users.size} users. Try: npx acre chat --as ${[...portfolio.users.values()].find((u) => u.role === 'kam')?.email ?? ''}\n`);
      });
    });
}

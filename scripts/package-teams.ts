/**
 * npm run package:teams [-- --out <file>] [-- --icons]
 * Writes the Teams app package (build/teams/acre-teams.zip) for the bot named by
 * MicrosoftAppId, ready to upload in Teams (Apps › Manage your apps › Upload an app).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsPackage } from '../src/channels/teams/package/build.js';
import { PackagingError } from '../src/channels/teams/package/manifest.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { features } from '../src/features.js';
import { loadQuestionSets } from '../src/core/plan/questions.js';

const root = resolve(import.meta.dirname, '..');

function main(): number {
  const { values } = parseArgs({ options: { out: { type: 'string' }, icons: { type: 'boolean', default: false } } });
  const config = loadConfig();
  if (!config.MicrosoftAppId) {
    process.stderr.write('Set MicrosoftAppId (the Application (client) ID of the bot\'s Azure registration) in the environment or .env, then run this again.\n');
    return 2;
  }
  // Packaging needs only which commands the features define, not a running Acre.
  const commandNames = features(
    () => {
      throw new Error('packaging reads command names only');
    },
    { questionSets: loadQuestionSets(join(root, 'prompts')) },
    config,
  ).flatMap((f) => Object.keys(f.commands ?? {}));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const { out } = buildTeamsPackage({
    manifestDir: join(root, 'manifest', 'teams'),
    appId: config.MicrosoftAppId,
    version,
    commandNames,
    out: resolve(values.out ?? join(root, 'build', 'teams', 'acre-teams.zip')),
    redrawIcons: values.icons,
  });
  process.stdout.write(`Wrote ${relative(process.cwd(), out) || out}: upload it in Teams (Apps › Manage your apps › Upload an app).\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof PackagingError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}

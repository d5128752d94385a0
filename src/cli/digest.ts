import type { Command } from 'commander';
import type { AcreApp } from '../app.js';
import type { RunningChannel } from '../channels/channel.js';
import { channelStarters } from '../channels/registry.js';
import { RoutingMessenger } from '../channels/route-messenger.js';
import { riskSettingsOf, type Config } from '../config.js';
import { todayIn } from '../core/dates.js';
import { plainText } from '../core/reply.js';
import { explainSignal } from '../core/i18n/risk-signals.js';
import { digestRecipients, digestReplies, recipientName, weeklyDigestFor, type DigestAccount, type DigestRecipient, type WeeklyDigest } from '../core/risk/index.js';
import { recipientOptionsOf, sendWeeklyDigests } from '../jobs/digest.js';
import { createHttp } from '../server.js';
import { withApp } from './context.js';
import { fail, parseAsOf } from './health.js';

interface DigestOptions {
  asOf?: string;
  for?: string;
  json?: boolean;
  send?: boolean;
}

export function registerDigest(program: Command): void {
  program
    .command('digest')
    .description("the weekly at-risk digest of each manager (and the team channel), or of one person with --for")
    .option('--as-of <date>', 'use only data dated before this day (YYYY-MM-DD); default: today in the recipient\'s time zone')
    .option('--for <email>', 'only this person\'s digest (a manager: their team\'s accounts; anyone else: their own)')
    .option('--json', 'print the digest as JSON')
    .option('--send', 'post it through the configured Slack or Teams channel instead of printing it')
    .action(async (opts: DigestOptions) => {
      const { asOf, problem } = parseAsOf(opts.asOf);
      if (problem) return fail(problem, 2);
      await withApp({ defaultLogLevel: 'warn' }, async (app, config) => {
        const recipients = await recipientsFor(app, config, opts.for);
        if (!recipients) return;
        if (opts.send) return send(app, config, recipients, asOf);
        const settings = riskSettingsOf(config);
        const portfolio = await app.acre.portfolio();
        const out: unknown[] = [];
        for (const r of recipients) {
          const digest = await weeklyDigestFor(r, { portfolio, store: app.store, settings, asOf: asOf ?? todayIn(app.clock.now(), r.timezone) });
          out.push(opts.json ? withReasonTexts(digest) : `${digestReplies(digest, settings).map((reply) => plainText(reply)).join('\n\n')}\n`);
        }
        if (opts.json) process.stdout.write(`${JSON.stringify(opts.for ? out[0] : out, null, 2)}\n`);
        else process.stdout.write((out as string[]).join(`\n${'='.repeat(60)}\n\n`));
      });
    });
}

/** The digest with each reason worded in the recipient's language, for reading the JSON. */
function withReasonTexts(d: WeeklyDigest) {
  const worded = (a: DigestAccount) => ({ ...a, reasons: a.reasons.map((r) => ({ ...r, text: explainSignal(r.explanation, d.locale) })) });
  return {
    ...d,
    attention: d.attention.map(worded),
    acknowledged: d.acknowledged.map(worded),
    changes: { new: d.changes.new.map(worded), worse: d.changes.worse.map(worded), recovered: d.changes.recovered.map(worded) },
    renewals: d.renewals.map(worded),
  };
}

/** The digest recipients of the configuration, or the one person named; undefined (with a message) for someone unknown. */
async function recipientsFor(app: AcreApp, config: Config, email: string | undefined): Promise<DigestRecipient[] | undefined> {
  const portfolio = await app.acre.portfolio();
  const all = digestRecipients(portfolio, recipientOptionsOf(config));
  if (!email) {
    if (!all.length) fail('No digest recipients: nobody in users.csv is a manager or has people reporting to them, and ACRE_DIGEST_CHANNEL is not set.');
    return all.length ? all : undefined;
  }
  const named = all.find((r) => recipientName(r).toLowerCase() === email.toLowerCase());
  if (named) return [named];
  const user = portfolio.user(email);
  if (!user) {
    fail(`No user ${email} in users.csv.`);
    return undefined;
  }
  return [{ kind: 'manager', user, timezone: config.ACRE_DIGEST_TIMEZONE ?? user.timezone ?? config.ACRE_TIMEZONE, locale: user.locale ?? config.ACRE_LOCALE }];
}

/** Starts the configured chat channels just long enough to post the digests through them. */
async function send(app: AcreApp, config: Config, recipients: DigestRecipient[], asOf: string | undefined): Promise<void> {
  const chat = config.channels.filter((c): c is 'slack' | 'teams' => c !== 'console');
  if (!chat.length) {
    return fail(
      'Nothing was sent: no Slack or Teams channel is configured. Set SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) or MicrosoftAppId and MicrosoftAppPassword, or print the digest without --send.',
    );
  }
  const running: RunningChannel[] = [];
  try {
    const http = createHttp();
    for (const name of chat) running.push(await (await channelStarters[name]())({ app, http }));
    const messenger = new RoutingMessenger(running.map((c) => c.messenger), () => app.acre.portfolio());
    // Each run is its own "slot", so a manual send never stands in for the scheduled one.
    const report = await sendWeeklyDigests(app, messenger, riskSettingsOf(config), {
      slot: app.clock.now(),
      recipients,
      ...(asOf ? { asOf } : {}),
    });
    process.stdout.write(`Sent the weekly digest to ${report.sent.join(', ')} through ${chat.join(' and ')}.\n`);
  } catch (error) {
    fail(`Not everything was sent: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    for (const c of running) await c.stop();
  }
}

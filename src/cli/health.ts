import type { Command } from 'commander';
import { visibleAccounts } from '../core/accounts/access.js';
import { dayNumber, fromDayNumber, todayIn } from '../core/dates.js';
import { messagesFor } from '../core/i18n/index.js';
import { explainSignal } from '../core/i18n/risk-signals.js';
import type { User } from '../core/model.js';
import { portfolioHealth, storedHealthInputs, withWeeklyChange, type AccountHealth } from '../core/risk/index.js';
import { bandRank } from '../core/risk/band-rule.js';
import { riskSettingsOf } from '../config.js';
import { consoleUser, withApp } from './context.js';

/** A --as-of value: a real calendar date as YYYY-MM-DD, or undefined with a message. */
export function parseAsOf(value: string | undefined): { asOf?: string; problem?: string } {
  if (value === undefined) return {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(dayNumber(value)) === value) return { asOf: value };
  return { problem: `--as-of: expected a date as YYYY-MM-DD, got "${value}"` };
}

/** Ends the command with a message for the user and a non-zero exit code. */
export function fail(message: string, code = 1): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

export function registerHealth(program: Command): void {
  program
    .command('health')
    .description('the health score, band and signals of every account a user may see (all of them for an admin)')
    .option('--as-of <date>', 'use only data dated before this day (YYYY-MM-DD); default: today')
    .option('--as <email>', 'the accounts this user may see (default: the first admin)')
    .option('--json', 'print JSON instead of text')
    .action(async (opts: { asOf?: string; as?: string; json?: boolean }) => {
      const { asOf: given, problem } = parseAsOf(opts.asOf);
      if (problem) return fail(problem, 2);
      await withApp({ defaultLogLevel: 'warn' }, async (app, config) => {
        const portfolio = await app.acre.portfolio();
        const email = await consoleUser(app, opts.as);
        const user = portfolio.user(email);
        if (!user) return fail(`No user ${email} in users.csv: name one with --as <email>.`);
        const settings = riskSettingsOf(config);
        const asOf = given ?? todayIn(app.clock.now(), user.timezone ?? config.ACRE_TIMEZONE);
        const stored = await storedHealthInputs(app.store);
        const scored = portfolioHealth(portfolio, visibleAccounts(portfolio, user), asOf, settings, stored);
        const healths = (await withWeeklyChange(app.store, portfolio, scored, asOf, settings, stored)).sort(
          (a, b) => bandRank(b.band) - bandRank(a.band) || (a.score ?? 101) - (b.score ?? 101) || a.account.name.localeCompare(b.account.name),
        );
        process.stdout.write(opts.json ? `${JSON.stringify(healths.map((h) => healthJson(h, user)), null, 2)}\n` : healthText(healths, user, asOf));
      });
    });
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** One account's health as JSON: everything the score knows, with each explanation in the user's language. */
export function healthJson(h: AccountHealth, user: User) {
  const locale = user.locale ?? 'en';
  return {
    accountId: h.account.id,
    name: h.account.name,
    owner: h.account.ownerEmail,
    asOf: h.asOf,
    score: h.score === null ? null : round1(h.score),
    band: h.band,
    scoreBand: h.health.band,
    critical: h.critical.map((s) => s.id),
    reasons: h.reasons.map((s) => ({ signal: s.id, text: explainSignal(s.explanation, locale), lostPoints: round1(s.weight - s.contribution) })),
    change: h.change ?? null,
    abc: h.abcXyz?.abc ?? null,
    xyz: h.abcXyz?.xyz ?? null,
    suggestedTier: h.tier?.tier ?? null,
    coverage: round1(h.health.coverage * 100) / 100,
    signals: h.health.signals.map((s) => ({
      id: s.id, value: s.value, score: round1(s.score * 100) / 100, weight: round1(s.weight), contribution: round1(s.contribution),
      text: explainSignal(s.explanation, locale), explanation: s.explanation,
    })),
    missing: h.health.missing.map((id) => ({ id, text: h.health.missingReasons[id] ? explainSignal(h.health.missingReasons[id]!, locale) : '' })),
  };
}

function healthText(healths: AccountHealth[], user: User, asOf: string): string {
  const locale = user.locale ?? 'en';
  const t = messagesFor(locale);
  const lines = [`Health as of ${asOf} (data dated before it), ${healths.length} account${healths.length === 1 ? '' : 's'} visible to ${user.email}`, ''];
  const idWidth = Math.max(0, ...healths.map((h) => h.account.id.length));
  for (const h of healths) {
    const score = h.score === null ? '  —  ' : `${Math.round(h.score).toString().padStart(3)}/100`;
    const change = h.change?.delta != null ? `  ${t.healthDelta(Math.round(h.change.delta))} since ${h.change.since} (${h.change.basis})` : '';
    const grid = h.abcXyz && h.tier ? `  ${h.abcXyz.abc}${h.abcXyz.xyz} → ${h.tier.tier}` : '';
    lines.push(`${h.account.id.padEnd(idWidth)}  ${score}  ${t.healthBands[h.band]}  ${h.account.name}${change}${grid}`);
    if (h.band !== h.health.band && h.critical[0]) lines.push(`    ${t.whyCapped(Math.round(h.score ?? 0))}`);
    for (const s of [...h.health.signals].sort((a, b) => b.weight - b.contribution - (a.weight - a.contribution))) {
      const points = `${round1(s.contribution).toFixed(1).padStart(4)}/${round1(s.weight).toFixed(1).padEnd(4)}`;
      lines.push(`    ${(h.critical.includes(s) ? '!' : ' ')} ${s.id.padEnd(14)} ${points}  ${explainSignal(s.explanation, locale)}`);
    }
    for (const id of h.health.missing) lines.push(`      ${id.padEnd(14)} —          ${h.health.missingReasons[id] ? explainSignal(h.health.missingReasons[id]!, locale) : ''}`);
    lines.push('');
  }
  lines.push('! critical: enough on its own to keep an account out of "healthy".');
  return `${lines.join('\n')}\n`;
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import cron from 'node-cron';
import { signalIds } from './core/health/index.js';
import { riskSettings, type RiskSettings } from './core/risk/index.js';

const channelName = z.enum(['console', 'slack', 'teams']);
const optionalString = z.string().trim().min(1).optional();
const optionalUrl = z.string().trim().url().optional();
/** The hour reminders go out, in each recipient's zone. */
const hourOfDay = z.coerce.number().int('a whole hour from 0 to 23').min(0, 'an hour from 0 to 23').max(23, 'an hour from 0 to 23').default(9);
/** Days ahead of a date on which reminders go out, as "14,7,1". */
const leadDays = (expected: string, fallback: string) =>
  z
    .string()
    .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, expected)
    .default(fallback)
    .transform((s) => s.split(',').map((d) => Number(d.trim())));

/**
 * Every setting Acre reads, with what it expects. This is the only place the
 * environment is read; the README documents each variable.
 */
export const ConfigSchema = z
  .object({
    ACRE_DATA_DIR: z.string().default('./data'),
    ACRE_STORE_URL: z
      .string()
      .regex(/^(redis|rediss|postgres|postgresql|sqlite):/, 'a URL starting with redis://, postgres:// or sqlite://')
      .optional(),
    ACRE_CHANNELS: z
      .string()
      .transform((s) => s.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(channelName).min(1, 'at least one of slack, teams, console'))
      .optional(),
    ACRE_LOCALE: z.enum(['en', 'pl']).default('en'),
    ACRE_TIMEZONE: z.string().default('UTC').refine(isTimeZone, 'an IANA time zone such as Europe/Warsaw'),
    ACRE_DEMO: z.enum(['auto', 'off']).default('auto'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    ACRE_QUESTIONS_DIR: z.string().trim().min(1).optional(),
    ACRE_PLAN_REVIEW_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
    ACRE_CATCH_UP_HOURS: z.coerce.number().min(0).max(24 * 14).default(24),
    ACRE_DIGEST_CRON: z.string().trim().default('0 8 * * 1').refine((p) => cron.validate(p), 'a cron pattern such as "0 8 * * 1" (Mondays at 08:00)'),
    ACRE_DIGEST_TIMEZONE: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Warsaw').optional(),
    ACRE_DIGEST_CHANNEL: z
      .string()
      .trim()
      .regex(/^(slack|teams):\S+$/, 'a team channel as slack:<channel id> or teams:<conversation id>')
      .transform((s) => ({ channel: s.slice(0, s.indexOf(':')) as 'slack' | 'teams', id: s.slice(s.indexOf(':') + 1) }))
      .optional(),
    ACRE_HEALTH_WEIGHTS: jsonOf(
      z.partialRecord(z.enum(signalIds), z.number().min(0).max(100)),
      `JSON points per signal, e.g. {"recency":30,"plan":0}; signals: ${signalIds.join(', ')}`,
    ).optional(),
    ACRE_HEALTH_TREND_MIN_ORDERS: z.coerce.number().int('a whole number of orders').min(0).max(100).optional(),
    ACRE_REPORTING_CURRENCY: z.string().trim().toUpperCase().length(3, 'a three-letter currency code such as EUR').default('EUR'),
    ACRE_FX_RATES: jsonOf(z.record(z.string().length(3), z.number().positive()), 'JSON: what one unit of each currency is worth in a common one, e.g. {"EUR":1,"USD":0.92}').optional(),
    ACRE_QBR_LEAD_DAYS: leadDays('whole days before a QBR, separated by commas, such as 14,7,1', '14,7,1'),
    ACRE_QBR_REMIND_TEAM: z.stringbool({ error: 'true or false' }).default(false),
    ACRE_QBR_REMINDER_HOUR: hourOfDay,
    ACRE_PLAN_REMINDER_DAYS: leadDays('whole days before an open item is due, separated by commas, such as 3,0 (0 is the due day)', '3,0'),
    ACRE_PLAN_REMINDER_HOUR: hourOfDay,
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),

    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_API_URL: optionalUrl,

    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalString,

    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    ACRE_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    ACRE_LLM_MAX_ROUNDS: z.coerce.number().int().min(1).max(10).default(4),
    ACRE_LLM_TOKEN_BUDGET: z.coerce.number().int().min(500).max(1_000_000).default(8_000),
    ACRE_LLM_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'the signing secret from your Slack app\'s Basic Information page (needed with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN enables Socket Mode)' });
    }
    if (c.SLACK_CLIENT_ID && (!c.SLACK_CLIENT_SECRET || !c.SLACK_STATE_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_CLIENT_SECRET'], message: 'SLACK_CLIENT_SECRET and SLACK_STATE_SECRET as well, for the multi-workspace install flow' });
    }
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'the client secret of the bot\'s Azure app registration (needed with MicrosoftAppId)' });
    }
  });

export type Config = z.infer<typeof ConfigSchema> & {
  /** The channels to run, decided from ACRE_CHANNELS or from which credentials are present. */
  channels: z.infer<typeof channelName>[];
  slackConfigured: boolean;
  teamsConfigured: boolean;
  llmConfigured: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Acre cannot start; fix these settings (environment or .env):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the environment, with a .env file in the working folder filling what the environment leaves unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = resolve('.env')): Config {
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath)) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') merged[k] = v;
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '?');
        const value = merged[name];
        return `${name}: expected ${i.message}${value !== undefined && !/SECRET|TOKEN|PASSWORD|KEY/.test(name) ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const c = parsed.data;
  const slackConfigured = Boolean(c.SLACK_BOT_TOKEN || c.SLACK_CLIENT_ID);
  const teamsConfigured = Boolean(c.MicrosoftAppId);
  const channels = c.ACRE_CHANNELS ?? [...(slackConfigured ? ['slack' as const] : []), ...(teamsConfigured ? ['teams' as const] : [])];
  return {
    ...c,
    channels: channels.length ? channels : ['console'],
    slackConfigured,
    teamsConfigured,
    llmConfigured: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL),
  };
}

const riskSettingsByConfig = new WeakMap<Config, RiskSettings>();

/**
 * The health and digest settings the configuration asks for, over the defaults: one object
 * per configuration, since the portfolio's ABC-XYZ and volume figures are kept per settings
 * object — the overview, the health answers, the model's tools and the digest job share them.
 */
export function riskSettingsOf(config: Config): RiskSettings {
  let settings = riskSettingsByConfig.get(config);
  if (!settings) riskSettingsByConfig.set(config, (settings = settingsFrom(config)));
  return settings;
}

function settingsFrom(config: Config): RiskSettings {
  return riskSettings({
    ...(config.ACRE_HEALTH_WEIGHTS ? { weights: config.ACRE_HEALTH_WEIGHTS } : {}),
    ...(config.ACRE_HEALTH_TREND_MIN_ORDERS !== undefined ? { trendMinOrders: config.ACRE_HEALTH_TREND_MIN_ORDERS } : {}),
    reportingCurrency: config.ACRE_REPORTING_CURRENCY,
    ...(config.ACRE_FX_RATES ? { fxRates: config.ACRE_FX_RATES } : {}),
  });
}

/** A setting holding JSON, parsed and then checked against a schema; either failure says what was expected. */
function jsonOf<T extends z.ZodType>(schema: T, expected: string) {
  return z.string().transform((text, ctx): z.infer<T> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: expected });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: expected });
      return z.NEVER;
    }
    return parsed.data;
  });
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

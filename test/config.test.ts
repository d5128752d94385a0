import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const noDotenv = join(tmpdir(), 'acre-no-such-file.env');

describe('configuration', () => {
  it('runs the console on defaults when no channel is configured', () => {
    const config = loadConfig({}, noDotenv);
    expect(config.channels).toEqual(['console']);
    expect(config.ACRE_DATA_DIR).toBe('./data');
    expect(config.PORT).toBe(3000);
    expect(config.llmConfigured).toBe(false);
  });

  it('runs Slack and Teams as a service when their credentials are set', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }, noDotenv);
    expect(config.channels).toEqual(['slack', 'teams']);
  });

  it('lets ACRE_CHANNELS override the choice', () => {
    expect(loadConfig({ ACRE_CHANNELS: 'teams, console' }, noDotenv).channels).toEqual(['teams', 'console']);
  });

  it('stops with a message naming each wrong variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', ACRE_STORE_URL: 'mysql://x', ACRE_CHANNELS: 'slack,fax', ACRE_TIMEZONE: 'Mars/Olympus' }, noDotenv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT: expected');
    expect(message).toContain('(got "eighty")');
    expect(message).toContain('ACRE_STORE_URL: expected a URL starting with redis://, postgres:// or sqlite://');
    expect(message).toContain('ACRE_CHANNELS: expected');
    expect(message).toContain('ACRE_TIMEZONE: expected an IANA time zone');
  });

  it('names a missing companion variable and never echoes a secret', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value' }, noDotenv)).toThrow(/SLACK_SIGNING_SECRET: expected the signing secret/);
    try {
      loadConfig({ SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, noDotenv);
    } catch (e) {
      expect((e as Error).message).toContain('SLACK_APP_TOKEN: expected an app-level token starting with xapp-');
      expect((e as Error).message).not.toContain('xoxb-wrong-kind');
    }
  });

  it('reads when reminders go out, and says what a wrong value should look like', () => {
    const defaults = loadConfig({}, noDotenv);
    expect([defaults.ACRE_QBR_LEAD_DAYS, defaults.ACRE_PLAN_REMINDER_DAYS, defaults.ACRE_PLAN_REMINDER_HOUR]).toEqual([[14, 7, 1], [3, 0], 9]);
    expect(loadConfig({ ACRE_PLAN_REMINDER_DAYS: '7, 1', ACRE_PLAN_REMINDER_HOUR: '8' }, noDotenv)).toMatchObject({ ACRE_PLAN_REMINDER_DAYS: [7, 1], ACRE_PLAN_REMINDER_HOUR: 8 });
    expect(() => loadConfig({ ACRE_PLAN_REMINDER_DAYS: 'a week before' }, noDotenv)).toThrow(
      'ACRE_PLAN_REMINDER_DAYS: expected whole days before an open item is due, separated by commas, such as 3,0 (0 is the due day) (got "a week before")',
    );
    expect(() => loadConfig({ ACRE_PLAN_REMINDER_HOUR: '25' }, noDotenv)).toThrow('ACRE_PLAN_REMINDER_HOUR: expected an hour from 0 to 23');
  });

  it('reads a .env file, with the environment taking precedence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acre-env-'));
    writeFileSync(join(dir, '.env'), 'ACRE_LOCALE=pl\nPORT=4000\n');
    const config = loadConfig({ PORT: '5000' }, join(dir, '.env'));
    expect(config.ACRE_LOCALE).toBe('pl');
    expect(config.PORT).toBe(5000);
  });
});

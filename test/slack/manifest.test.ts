import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_EVENTS, BOT_SCOPES } from '../../src/channels/slack/scopes.js';
import { testApp, type TestApp } from '../helpers/app.js';

// ajv-formats is CommonJS; under NodeNext its function sits on .default.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

const SCHEMAS = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'slack-manifest-schema');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const manifest = readJson(join(import.meta.dirname, '..', '..', 'manifest', 'slack', 'manifest.json')) as {
  features: { slash_commands: { command: string; description: string }[]; app_home: Record<string, boolean>; assistant_view?: object };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

/**
 * Slack's manifest schema picks its per-version schema by remote URL; the versioned
 * schemas are registered under those URLs so that nothing is fetched. Its one
 * non-standard keyword (`regex`) needs strict mode off.
 */
function manifestValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const v of ['1.0.0', '2.0.0']) {
    ajv.addSchema(readJson(join(SCHEMAS, 'schemas', `manifest.schema.${v}.json`)), `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${v}.json`);
  }
  return ajv.compile(readJson(join(SCHEMAS, 'manifest.schema.json')));
}

let app: TestApp;
beforeAll(async () => {
  app = await testApp({ data: 'crm' });
});
afterAll(async () => {
  await app.close();
});

describe('Slack app manifest', () => {
  const validate = manifestValidator();

  it('is valid against Slack\'s manifest schema', () => {
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is checked by a validator that does reject a bad manifest', () => {
    for (const v of ['v1', 'v2']) expect(validate(readJson(join(SCHEMAS, 'tests', 'manifests', v, 'manifest.invalid.json')))).toBe(false);
    expect(validate({ ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'account', description: 'no slash' }] } })).toBe(false);
  });

  it('declares exactly the commands the app handles', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command.replace(/^\//, '')).sort();
    expect(declared).toEqual([...app.acre.commandNames()].sort());
  });

  it('asks for the scopes and events the code uses, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
  });

  it('turns on Socket Mode, interactivity, the Home tab, the DM and the assistant pane', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.features.assistant_view).toBeDefined();
  });
});

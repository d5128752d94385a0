import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../src/channels/teams/package/build.js';
import { colorIcon, outlineIcon } from '../../src/channels/teams/package/icons.js';
import { commandDrift, fillManifest, TeamsManifest } from '../../src/channels/teams/package/manifest.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { readPng, unzip } from './archive-readers.js';
import { manifestValidator } from './schemas.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MANIFEST_DIR = join(ROOT, 'manifest', 'teams');
const APP_ID = '7d2c1a9e-4b3f-4e8a-9c1d-2f6a5b8e0c31';
const template = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as TeamsManifest;
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the Teams app manifest and package', () => {
  let app: TestApp;
  const out = mkdtempSync(join(tmpdir(), 'acre-teams-package-'));
  beforeAll(async () => {
    app = await testApp({ data: 'crm' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('is valid against the Teams schema of its manifestVersion, 1.17 or newer', () => {
    expect(Number(template.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifestValidator(template.manifestVersion)(template)).toEqual([]);
  });

  it('offers, in every command list, exactly the commands the core routes', () => {
    const names = app.acre.commandNames();
    expect(names.length).toBeGreaterThan(0);
    const lists = template.bots.flatMap((b) => b.commandLists);
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) expect(list.commands.map((c) => c.title).sort()).toEqual([...names].sort());
    expect(commandDrift(template, names)).toEqual([]);
  });

  it('names a command missing from a list, or one the core does not know', () => {
    expect(commandDrift(template, [...app.acre.commandNames(), 'renewals']).join('; ')).toContain('lacks renewals');
    expect(commandDrift(template, ['acre']).join('; ')).toContain('offers account, account-plan, qbr-prep, at-risk, which Acre does not know');
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent, as generated', () => {
    const color = readPng(readFileSync(join(MANIFEST_DIR, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(readFileSync(join(MANIFEST_DIR, 'outline.png')));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...outline.rgba.subarray(i * 4, i * 4 + 4)]);
    expect(pixels[0][3]).toBe(0);
    expect(pixels.filter((p) => p[3] > 0).length).toBeGreaterThan(50);
    expect(pixels.filter((p) => p[3] > 0).every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(Array.from({ length: 192 * 192 }, (_, i) => color.rgba[i * 4 + 3]).every((a) => a === 255)).toBe(true);
    expect(readFileSync(join(MANIFEST_DIR, 'color.png')).equals(colorIcon())).toBe(true);
    expect(readFileSync(join(MANIFEST_DIR, 'outline.png')).equals(outlineIcon())).toBe(true);
  });

  it('builds a zip with the manifest, filled with the app id, and the two icons', () => {
    const { out: zipPath } = buildTeamsPackage({ manifestDir: MANIFEST_DIR, appId: APP_ID, version, commandNames: app.acre.commandNames(), out: join(out, 'acre.zip') });
    const files = unzip(readFileSync(zipPath));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as TeamsManifest;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.version).toBe(version);
    expect(manifestValidator(manifest.manifestVersion)(manifest)).toEqual([]);
    expect(files.get('color.png')!.equals(readFileSync(join(MANIFEST_DIR, 'color.png')))).toBe(true);
    expect(files.get('outline.png')!.equals(readFileSync(join(MANIFEST_DIR, 'outline.png')))).toBe(true);
  });

  it('refuses an app id that is not a GUID, and a manifest whose commands lag behind the core', () => {
    expect(() => fillManifest(template, { appId: 'my-bot', version })).toThrow(/MicrosoftAppId must be a GUID/);
    expect(() => buildTeamsPackage({ manifestDir: MANIFEST_DIR, appId: APP_ID, version, commandNames: [...app.acre.commandNames(), 'renewals'], out: join(out, 'stale.zip') })).toThrow(/lacks renewals/);
    expect(existsSync(join(out, 'stale.zip'))).toBe(false);
  });

  it('runs as npm run package:teams, with the app id from the environment', () => {
    // Run from an empty folder so that a developer's .env cannot change the outcome.
    const run = (env: Record<string, string>) =>
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'package-teams.ts'), '--out', join(out, 'cli.zip')], {
        cwd: out,
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
    const missing = run({});
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Set MicrosoftAppId');
    const built = run({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(JSON.parse(unzip(readFileSync(join(out, 'cli.zip'))).get('manifest.json')!.toString('utf8'))).toMatchObject({ id: APP_ID });
  });
});

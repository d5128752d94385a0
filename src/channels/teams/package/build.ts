import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { colorIcon, outlineIcon } from './icons.js';
import { commandDrift, fillManifest, PackagingError, TeamsManifest } from './manifest.js';
import { zip } from './zip.js';

export interface PackageOptions {
  /** manifest/teams: the manifest template and the two icons. */
  manifestDir: string;
  appId: string;
  version: string;
  /** The core's command names, which the manifest's command lists must offer. */
  commandNames: string[];
  out: string;
  /** Draw the icons again (they are generated, and kept in the repository so the package needs no drawing). */
  redrawIcons?: boolean;
}

/** Builds the Teams app package: manifest.json with the ids filled, and the two icons, zipped at the top level as Teams requires. */
export function buildTeamsPackage(options: PackageOptions): { out: string; manifest: TeamsManifest } {
  const colorPath = join(options.manifestDir, 'color.png');
  const outlinePath = join(options.manifestDir, 'outline.png');
  if (options.redrawIcons || !existsSync(colorPath)) writeFileSync(colorPath, colorIcon());
  if (options.redrawIcons || !existsSync(outlinePath)) writeFileSync(outlinePath, outlineIcon());
  const template = TeamsManifest.safeParse(JSON.parse(readFileSync(join(options.manifestDir, 'manifest.json'), 'utf8')));
  if (!template.success) throw new PackagingError(`manifest/teams/manifest.json is not a Teams manifest Acre can fill: ${template.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  const drift = commandDrift(template.data, options.commandNames);
  if (drift.length) throw new PackagingError(`manifest/teams/manifest.json is out of date: ${drift.join('; ')}`);
  const manifest = fillManifest(template.data, { appId: options.appId, version: options.version });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(
    options.out,
    zip([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      { name: 'color.png', data: readFileSync(colorPath) },
      { name: 'outline.png', data: readFileSync(outlinePath) },
    ]),
  );
  return { out: options.out, manifest };
}

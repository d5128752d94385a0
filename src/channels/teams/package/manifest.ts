import { z } from 'zod';

const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a GUID such as 1a2b3c4d-0000-0000-0000-123456789abc');

/** The fields of the Teams manifest that packaging fills or checks; everything else passes through untouched. */
export const TeamsManifest = z.looseObject({
  manifestVersion: z.string(),
  version: z.string(),
  id: z.string(),
  bots: z
    .array(
      z.looseObject({
        botId: z.string(),
        commandLists: z.array(z.looseObject({ scopes: z.array(z.string()), commands: z.array(z.looseObject({ title: z.string(), description: z.string() })) })).default([]),
      }),
    )
    .min(1),
});
export type TeamsManifest = z.infer<typeof TeamsManifest>;

export class PackagingError extends Error {}

/**
 * The manifest for one installation: the app and its bot take the bot's Azure app
 * id (one id for both keeps registration to a single app), and the version is Acre's.
 */
export function fillManifest(template: TeamsManifest, fill: { appId: string; version: string }): TeamsManifest {
  const appId = Guid.safeParse(fill.appId);
  if (!appId.success) throw new PackagingError(`MicrosoftAppId must be ${appId.error.issues[0]?.message} (got "${fill.appId}")`);
  return {
    ...template,
    id: appId.data,
    version: fill.version,
    bots: template.bots.map((bot) => ({ ...bot, botId: appId.data })),
  };
}

/**
 * Commands the core routes but a command list does not offer, or the reverse:
 * Teams suggests only what the lists name, so they must follow the core.
 */
export function commandDrift(manifest: TeamsManifest, commandNames: string[]): string[] {
  const problems: string[] = [];
  for (const list of manifest.bots.flatMap((b) => b.commandLists)) {
    const listed = new Set(list.commands.map((c) => c.title));
    const missing = commandNames.filter((n) => !listed.has(n));
    const extra = [...listed].filter((n) => !commandNames.includes(n));
    const where = `the ${list.scopes.join('/')} command list`;
    if (missing.length) problems.push(`${where} lacks ${missing.join(', ')}`);
    if (extra.length) problems.push(`${where} offers ${extra.join(', ')}, which Acre does not know`);
  }
  return problems;
}

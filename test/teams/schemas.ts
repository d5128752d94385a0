import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

export const SHARED_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');

// ajv-formats is CommonJS with a default export; under NodeNext its callable sits on .default.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

function load(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SHARED_FIXTURES, path), 'utf8')) as Record<string, unknown>;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/**
 * The Adaptive Cards 1.5 schema is draft-06 and names itself with draft-04's `id`;
 * ajv 8 takes draft-06 once its meta-schema is added, and wants `$id`.
 * Its vendor keywords (`version`, `features`) need strict mode off.
 */
export function cardValidator(): (card: unknown) => string[] {
  const { id, ...schema } = load('adaptive-cards/adaptive-card.1.5.0.schema.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  const validate = ajv.compile({ ...schema, $id: String(id) });
  return (card) => (validate(card) ? [] : describe(validate.errors));
}

/**
 * The Teams manifest schemas declare draft-04 but use nothing draft-04 has that
 * draft-07 lacks (no `id`, no boolean exclusive bounds), so ajv's default draft
 * checks them once the `$schema` it cannot resolve is dropped.
 */
export function manifestValidator(manifestVersion: string): (manifest: unknown) => string[] {
  const { $schema: _draft04, ...schema } = load(`teams-manifest-schema/MicrosoftTeams.schema.v${manifestVersion}.json`);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate: ValidateFunction = ajv.compile(schema);
  return (manifest) => (validate(manifest) ? [] : describe(validate.errors));
}

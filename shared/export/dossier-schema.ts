import { z } from 'zod';
import { RECORD_KINDS, type KindSpec, type RecordKind } from '../records/registry';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './format';

type JsonSchema = Record<string, unknown>;

/** The kinds whose records appear in an export, in the registry's order. */
export const EXPORTED_KINDS = (Object.keys(RECORD_KINDS) as RecordKind[]).filter(
  (k) => RECORD_KINDS[k].export.section !== 'none',
);

const describe = (l: { nl: string; en: string }) => `${l.nl} / ${l.en}`;

/**
 * The data of one kind: the zod schema's JSON Schema where the registry has one, widened
 * with every labelled field the schema does not type (a stored record holds more than the
 * coach types: versions, timestamps), each with its Dutch and English label.
 */
function dataSchema(spec: KindSpec<unknown>): JsonSchema {
  const labels = (spec.export.fields ?? {}) as Record<string, { nl: string; en: string }>;
  const withheld = new Set<string>(spec.export.withhold ?? []);
  const typed: JsonSchema = spec.schema
    ? (z.toJSONSchema(spec.schema, {
        target: 'draft-2020-12',
        io: 'output',
        // Transforms (a Dutch date stored as ISO) describe their output as any value.
        unrepresentable: 'any',
      }) as JsonSchema)
    : { type: 'object' };
  const body = Object.fromEntries(Object.entries(typed).filter(([k]) => k !== '$schema'));
  const properties: Record<string, JsonSchema> = {};
  for (const [field, schema] of Object.entries(
    (body.properties ?? {}) as Record<string, JsonSchema>,
  ))
    if (!withheld.has(field)) properties[field] = schema;
  for (const [field, label] of Object.entries(labels)) {
    if (withheld.has(field)) continue;
    properties[field] = { ...(properties[field] ?? {}), description: describe(label) };
  }
  const required = ((typed.required as string[]) ?? []).filter((f) => !withheld.has(f));
  return {
    ...body,
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : { required: undefined }),
    // Every stored field is labelled in the registry, so nothing else may appear.
    additionalProperties: false,
  };
}

const recordList = (kind: RecordKind): JsonSchema => {
  const spec = RECORD_KINDS[kind] as KindSpec<unknown>;
  return {
    title: describe(spec.export.title),
    description: `Record kind "${kind}", schema version ${spec.version}; section ${spec.export.section}.`,
    type: 'array',
    items: {
      type: 'object',
      properties: { id: { type: 'string', minLength: 1 }, data: dataSchema(spec) },
      required: ['id', 'data'],
      additionalProperties: false,
    },
  };
};

/** schema/dossier.schema.json: JSON Schema (draft 2020-12) of dossier.json, from the registry. */
export function dossierJsonSchema(): JsonSchema {
  const records: Record<string, JsonSchema> = {};
  for (const kind of EXPORTED_KINDS) records[kind] = recordList(kind);
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://koers.example/schema/dossier/v${EXPORT_SCHEMA_VERSION}.json`,
    title: 'Koers dossier export',
    description:
      'Every record of one client, as exported for an access or portability request. See docs/export-format.md.',
    type: 'object',
    properties: {
      format: { const: EXPORT_FORMAT },
      schemaVersion: { const: EXPORT_SCHEMA_VERSION },
      exportId: { type: 'string', minLength: 1 },
      exportedAt: { type: 'string', format: 'date-time' },
      firm: { type: 'string' },
      coach: { type: 'string' },
      requestId: { type: ['string', 'null'] },
      client: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'name'],
        additionalProperties: false,
      },
      records: { type: 'object', properties: records, additionalProperties: false },
      documents: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            path: { type: 'string', pattern: '^documenten/' },
            size: { type: 'integer', minimum: 0 },
          },
          required: ['id', 'path', 'size'],
          additionalProperties: false,
        },
      },
      audit: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            seq: { type: 'integer' },
            at: { type: 'string' },
            action: { type: 'string' },
            purpose: { type: 'string' },
            detail: { type: 'string' },
            facts: { type: 'object', description: 'What happened, as codes; never dossier text.' },
          },
          required: ['seq', 'at', 'action'],
          additionalProperties: false,
        },
      },
      omitted: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string' },
            id: { type: 'string' },
            reason: { type: 'string', minLength: 1 },
          },
          required: ['kind', 'id', 'reason'],
          additionalProperties: false,
        },
      },
    },
    required: [
      'format',
      'schemaVersion',
      'exportId',
      'exportedAt',
      'firm',
      'coach',
      'requestId',
      'client',
      'records',
      'documents',
      'audit',
      'omitted',
    ],
    additionalProperties: false,
  };
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

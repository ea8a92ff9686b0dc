import { ALL_RECORD_KINDS, RECORD_KINDS, type KindSpec, type Label } from '../records/registry';
import { dossierJsonSchema } from './dossier-schema';
import type { DossierJson } from './format';

type JsonSchema = Record<string, unknown>;

/** Where the generated part of docs/export-format.md starts and ends. */
export const FIELDS_BEGIN = '<!-- generated: record kinds (npm run export:sample) -->';
export const FIELDS_END = '<!-- end generated -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** A JSON Schema in a few words, for a table cell. */
function typeOf(s: JsonSchema | undefined): string {
  if (!s) return 'any';
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union)) return union.map(typeOf).join(' or ');
  const type = s.type;
  if (Array.isArray(type)) return type.join(' or ');
  if (type === 'array') return `array of ${typeOf(s.items as JsonSchema | undefined)}`;
  if (type === 'string' && typeof s.format === 'string') return `string (${s.format})`;
  if (type === 'string' && typeof s.pattern === 'string') return 'string (pattern)';
  if (typeof type === 'string') return type;
  return 'any';
}

/**
 * The per-kind part of docs/export-format.md, from the registry and the JSON Schema: every
 * kind with its classification, and every exported field with its labels and type. A new
 * kind or field appears here when `npm run export:sample` runs; a unit test checks the
 * committed file is current.
 */
export function recordKindsMarkdown(example?: DossierJson): string {
  /** For a field the schema leaves untyped: the JSON type its value has in the example. */
  const seen = (kind: string, field: string): string => {
    for (const r of example?.records[kind as keyof DossierJson['records']] ?? []) {
      const v = r.data[field];
      if (v === undefined || v === null) continue;
      const type = Array.isArray(v) ? 'array' : typeof v;
      const iso = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(v);
      return ` (in the sample: ${iso ? (v.length > 10 ? 'ISO date-time string' : 'ISO date string') : type})`;
    }
    return '';
  };
  const schema = dossierJsonSchema() as {
    properties: { records: { properties: Record<string, JsonSchema> } };
  };
  const out: string[] = [FIELDS_BEGIN, ''];
  out.push('| kind | title (nl / en) | section | category | retention | sealed | import |');
  out.push('|---|---|---|---|---|---|---|');
  for (const kind of ALL_RECORD_KINDS) {
    const s = RECORD_KINDS[kind] as KindSpec<unknown>;
    const carry = typeof s.carry === 'string' ? s.carry : `singleton (${s.carry.singleton})`;
    out.push(
      `| \`${kind}\` | ${cell(`${s.export.title.nl} / ${s.export.title.en}`)} | ${s.export.section === 'none' ? 'not exported' : s.export.section} | ${s.category} | ${s.retention} | ${s.compartment ? 'yes' : 'no'} | ${carry} |`,
    );
  }
  for (const kind of ALL_RECORD_KINDS) {
    const s = RECORD_KINDS[kind] as KindSpec<unknown>;
    if (s.export.section === 'none') continue;
    const items = (schema.properties.records.properties[kind]?.items ?? {}) as JsonSchema;
    const data = ((items.properties as Record<string, JsonSchema> | undefined)?.data ??
      {}) as JsonSchema;
    const props = (data.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((data.required as string[] | undefined) ?? []);
    const withheld = new Set<string>(s.export.withhold ?? []);
    out.push('', `### \`records["${kind}"]\`: ${cell(s.export.title.en)}`, '');
    out.push(
      `${cell(s.export.title.nl)}. Record schema version ${s.version}; ${s.compartment ? 'special category (sealed in the vault, exported in clear)' : 'not sealed'}; retention class \`${s.retention}\`.`,
      '',
    );
    out.push('| field | label (nl) | label (en) | type | required |');
    out.push('|---|---|---|---|---|');
    for (const [field, label] of Object.entries((s.export.fields ?? {}) as Record<string, Label>)) {
      if (withheld.has(field)) continue;
      out.push(
        `| \`${field}\` | ${cell(label.nl)} | ${cell(label.en)} | ${cell(typeOf(props[field]) === 'any' ? `untyped${seen(kind, field)}` : typeOf(props[field]))} | ${required.has(field) ? 'yes' : 'no'} |`,
      );
    }
    if (withheld.size)
      out.push('', `Never exported: ${[...withheld].map((f) => `\`${f}\``).join(', ')}.`);
  }
  out.push('', FIELDS_END);
  return out.join('\n');
}

/** `doc` with its generated part replaced by the current one. */
export function withRecordKinds(doc: string, example?: DossierJson): string {
  const start = doc.indexOf(FIELDS_BEGIN);
  const end = doc.indexOf(FIELDS_END);
  if (start < 0 || end < start) throw new Error('docs/export-format.md: generated markers missing');
  return doc.slice(0, start) + recordKindsMarkdown(example) + doc.slice(end + FIELDS_END.length);
}

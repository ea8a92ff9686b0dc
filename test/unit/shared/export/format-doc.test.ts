import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FILES,
  dossierEnvelopeSchema,
  type DossierJson,
} from '../../../../shared/export/format';
import { withRecordKinds } from '../../../../shared/export/format-doc';

const path = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const docPath = path('docs/export-format.md');
const doc = readFileSync(docPath, 'utf8');

describe('docs/export-format.md', () => {
  it('has the current record kinds and fields (run npm run export:sample when this fails)', async () => {
    const example = JSON.parse(
      readFileSync(path('docs/sample-export/uitgepakt/dossier.json'), 'utf8'),
    ) as DossierJson;
    const config = (await prettier.resolveConfig(docPath)) ?? {};
    const expected = await prettier.format(withRecordKinds(doc, example), {
      ...config,
      filepath: docPath,
    });
    expect(doc).toBe(expected);
  });

  it('describes every file of the archive and every field of the envelope', () => {
    for (const file of Object.values(EXPORT_FILES)) expect(doc, file).toContain(`\`${file}`);
    for (const field of Object.keys(dossierEnvelopeSchema.shape))
      expect(doc, field).toContain(`\`${field}`);
  });
});

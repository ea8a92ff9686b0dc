import 'fake-indexeddb/auto';
import Ajv2020 from 'ajv/dist/2020';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../../shared/crypto/errors';
import { dossierJsonSchema } from '../../../../shared/export/dossier-schema';
import type { DossierJson } from '../../../../shared/export/format';
import type { Manifest } from '../../../../shared/export/manifest';
import {
  exportClient,
  fillDossier,
  memorySink,
  openCompartment,
  session,
} from '../../../fixtures/full-dossier';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the access export', () => {
  it('holds every record of every kind, validating against the bundled schema, with matching hashes', async () => {
    const s = await session();
    const client = await fillDossier(s);
    await openCompartment(s, client.id);
    const { zip, manifest } = await exportClient(s, client.id);
    const files = unzipSync(zip);
    const docs = Object.keys(files).filter((f) => f.startsWith('documenten/'));
    // Two names that differ only in case: the second gets " (2)", whichever it is.
    expect(docs.map((d) => d.replace(' (2)', '').toLowerCase())).toEqual([
      'documenten/brief uwv.pdf',
      'documenten/brief uwv.pdf',
    ]);
    expect(docs.filter((d) => d.includes(' (2).pdf'))).toHaveLength(1);
    expect(
      Object.keys(files)
        .filter((f) => !docs.includes(f))
        .sort(),
    ).toEqual([
      'LEESMIJ.txt',
      'dossier.json',
      'logboek.csv',
      'manifest.json',
      'schema/dossier.schema.json',
    ]);
    const dossier = JSON.parse(text(files['dossier.json'] as Uint8Array)) as DossierJson;
    const schema = JSON.parse(text(files['schema/dossier.schema.json'] as Uint8Array)) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(dossier), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(schema).toEqual(dossierJsonSchema());

    // Every kind the fixture fills is there, sealed ones included.
    expect(Object.keys(dossier.records).sort()).toEqual(
      [
        'client',
        'client-restriction',
        'client-statement',
        'consent-register',
        'cv',
        'data-subject-request',
        'document',
        'document-sealed',
        'field-history',
        'field-history-sealed',
        'health',
        'logbook',
        'logbook-sealed',
        'logbook-version',
        'objection',
        'poortwachter-case-sealed',
        'recipient',
        'record-origins',
        'uwv-trajectory',
      ].sort(),
    );
    expect(dossier.records['logbook-sealed']?.[0]?.data.summary).toBe('Gesprek over de burn-out');
    expect(dossier.records.health?.[0]?.data.functionalLimitations).toBe(
      'Kan niet lang staan (gecorrigeerd)',
    );
    // Rectification: the earlier values, the reason and the request travel with the export.
    const history = dossier.records['field-history-sealed']?.[0]?.data;
    expect(history?.changes).toEqual([
      { field: 'functionalLimitations', before: 'Kan niet lang staan' },
    ]);
    expect(history?.reason).toBe('rectificatieverzoek');
    const address = dossier.records['field-history']?.find((r) => r.data.kind === 'client');
    expect(address?.data.changes).toContainEqual({ field: 'straat', before: '' });
    expect(dossier.records['client-statement']?.[0]?.data.text).toContain('werkervaring');
    expect(JSON.stringify(dossier)).not.toContain('contentKey');
    expect(
      dossier.audit.some((a) => a.action === 'compartment-open' && a.purpose === 'inzageverzoek'),
    ).toBe(true);

    const m = JSON.parse(text(files['manifest.json'] as Uint8Array)) as Manifest;
    expect(m).toEqual(manifest);
    expect(m.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'manifest.json')
        .sort(),
    );
    for (const f of m.files) {
      const bytes = files[f.path] as Uint8Array;
      expect(bytes.length).toBe(f.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
    }
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['logboek.csv']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Gesprek over de burn-out');
    expect((await s.audit.entries({ clientId: client.id })).at(-1)?.action).toBe('export');
  });

  it('refuses to export sealed content while the compartment is closed, and writes nothing', async () => {
    const s = await session();
    const client = await fillDossier(s);
    const sink = memorySink();
    await expect(
      s.exporter.write(client.id, sink, { firm: '', coach: '', requestId: null }),
    ).rejects.toSatisfy((e) => e instanceof VaultError && e.code === 'compartment-closed');
    expect(sink.bytes().length).toBe(0);
  });

  it('leaves out an item only with its reason on record', async () => {
    const s = await session();
    const client = await fillDossier(s);
    await openCompartment(s, client.id);
    const plan = await s.exporter.plan(client.id);
    expect(plan.counts.find((c) => c.kind === 'logbook')?.count).toBe(2);
    const entryId = (await s.logbook.list(client.id)).find((e) => !e.sealed)?.id as string;
    const sink = memorySink();
    await s.exporter.write(client.id, sink, {
      firm: '',
      coach: '',
      requestId: null,
      omit: [{ kind: 'logbook', id: entryId, reason: 'Gegevens van een derde (art. 15 lid 4)' }],
    });
    const dossier = JSON.parse(
      text(unzipSync(sink.bytes())['dossier.json'] as Uint8Array),
    ) as DossierJson;
    expect(dossier.records.logbook?.map((r) => r.id)).not.toContain(entryId);
    expect(dossier.omitted).toEqual([
      { kind: 'logbook', id: entryId, reason: 'Gegevens van een derde (art. 15 lid 4)' },
    ]);
  });
});

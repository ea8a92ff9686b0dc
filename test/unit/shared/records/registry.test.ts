import { describe, expect, it } from 'vitest';
import { ClientRecords } from '../../../../renderer/vault/records';
import {
  ALL_RECORD_KINDS,
  kind,
  RECORD_KINDS,
  type KindSpec,
} from '../../../../shared/records/registry';
import { makeVault } from '../../../fixtures/test-vault';

describe('the registry of record kinds', () => {
  it('refuses, at compile time, a kind that is not classified', () => {
    const vault = makeVault();
    // @ts-expect-error -- 'unclassified-note' is not in RECORD_KINDS: the build fails here.
    const records = new ClientRecords(vault, 'unclassified-note');
    expect(records.kind).toBe('unclassified-note');
  });

  it('refuses, at compile time, a kind with a field that has no export label', () => {
    const spec = kind<{ name: string; remark: string }>({
      schema: null,
      version: 1,
      category: 'other-special',
      compartment: true,
      retention: 'dossier',
      export: {
        section: 'logbook',
        title: { nl: 'Test', en: 'Test' },
        // @ts-expect-error -- 'remark' has no label: the build fails here.
        fields: { name: { nl: 'Naam', en: 'Name' } },
      },
      office: [],
    });
    expect(spec.version).toBe(1);
  });

  it('classifies every kind: special categories live in the compartment and never reach the office', () => {
    expect(ALL_RECORD_KINDS.length).toBeGreaterThan(10);
    for (const k of ALL_RECORD_KINDS) {
      const spec = RECORD_KINDS[k] as KindSpec<object>;
      if (spec.category === 'health' || spec.category === 'other-special')
        expect(spec.compartment, k).toBe(true);
      if (spec.compartment) expect(spec.office, k).toEqual([]);
      for (const f of spec.office)
        expect(f.purpose.nl && f.purpose.en, `${k}.${f.field}`).toBeTruthy();
      expect(spec.version, k).toBeGreaterThanOrEqual(1);
      if (spec.export.section !== 'none') {
        expect(spec.export.fields, k).not.toBeNull();
        for (const label of Object.values(spec.export.fields ?? {}))
          expect(label.nl && label.en, k).toBeTruthy();
      }
    }
  });
});

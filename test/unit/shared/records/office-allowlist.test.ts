import { describe, expect, it } from 'vitest';
import {
  ALL_RECORD_KINDS,
  kind,
  RECORD_KINDS,
  type KindSpec,
} from '../../../../shared/records/registry';
import { SHAPERS } from '../../../../shared/sync/projection';

const base = {
  schema: null,
  version: 1,
  retention: 'dossier' as const,
  export: {
    section: 'logbook' as const,
    title: { nl: 'Test', en: 'Test' },
    fields: { name: { nl: 'Naam', en: 'Name' }, note: { nl: 'Notitie', en: 'Note' } },
  },
  carry: 'own-id' as const,
};

/** Fields that may never reach the office, whatever is added to the registry later. */
const NEVER: [string, string][] = [
  ['client', 'bsn'],
  ['client', 'geboortedatum'],
  ['client', 'straat'],
  ['client', 'postcode'],
  ['client', 'telefoon'],
  ['client', 'email'],
  ['logbook', 'summary'],
  ['logbook', 'agreements'],
  ['uwv-trajectory', 'regime'],
  ['uwv-trajectory', 'typeOther'],
  ['poortwachter-deadlines', 'active'],
  ['data-subject-request', 'description'],
];

describe('the office allowlist in the registry', () => {
  it('refuses, at compile time, an office field without a stated purpose', () => {
    const spec = kind<{ name: string; note: string }>({
      ...base,
      category: 'trajectory',
      compartment: false,
      // @ts-expect-error -- no purpose: the build fails here.
      office: [{ field: 'name', group: 'client' }],
    });
    expect(spec.office).toHaveLength(1);
  });

  it('refuses, at compile time, office fields on a compartment kind', () => {
    const spec = kind<{ name: string; note: string }>({
      ...base,
      category: 'health',
      compartment: true,
      // @ts-expect-error -- a compartment kind (AVG art. 9) never reaches the office.
      office: [{ field: 'name', group: 'client', purpose: { nl: 'x', en: 'x' } }],
    });
    expect(spec.compartment).toBe(true);
  });

  it('gives every office field a purpose, names no compartment kind, and has a shaper per kind', () => {
    let fields = 0;
    for (const k of ALL_RECORD_KINDS) {
      const spec = RECORD_KINDS[k] as KindSpec<object>;
      if (spec.compartment || spec.category === 'health' || spec.category === 'other-special')
        expect(spec.office, k).toEqual([]);
      for (const f of spec.office) {
        expect(f.purpose.nl.length, `${k}.${f.field}`).toBeGreaterThan(20);
        expect(f.purpose.en.length, `${k}.${f.field}`).toBeGreaterThan(20);
        fields++;
      }
      if (spec.office.length > 0) expect(SHAPERS[k], k).toBeTypeOf('function');
    }
    expect(fields).toBeGreaterThan(10);
  });

  it('never lists BSN, birth date, address, phone, e-mail, logbook text or the regime', () => {
    for (const [k, field] of NEVER) {
      const spec = RECORD_KINDS[k as keyof typeof RECORD_KINDS] as KindSpec<object>;
      expect(
        spec.office.map((f) => f.field),
        `${k}.${field}`,
      ).not.toContain(field);
    }
  });
});

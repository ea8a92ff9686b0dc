import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RECORD_KINDS } from '../../../../shared/records/registry';
import { groupChangeSchema } from '../../../../shared/sync/protocol';
import { buildProjection, changesSince } from '../../../../shared/sync/projection';
import { checkChanges } from '../../../../office/src/sync/sync-store.ts';
import { fieldsOf, iso, Markers, randomDossier, stamp } from './random-dossier';

/**
 * Issue 14, "the projection is proven", the device's half: random dossiers (random-dossier.ts)
 * projected and serialized as the device sends them carry only markers of allowlisted fields.
 * And what the device sends is what the office accepts: every change passes the service's own
 * check (office-fields.ts GROUP_RULES through sync-store.ts checkChanges), so the two sides
 * agree on field names, value shapes, the status list and the deadline and hours keys.
 * test/unit/office/device-office.property.test.ts runs the same through the real engine and
 * the real service and dumps the office database.
 */
describe('the office projection', () => {
  it('carries only markers of allowlisted fields, for random dossiers of every kind', () => {
    let seenAllowed = 0;
    const groups = new Set<string>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const m = new Markers();
        const records = randomDossier(g, m);
        const projection = buildProjection(records, { today: iso(g) });
        let n = 0;
        const changes = changesSince('oc-test-client', projection, {}, () => stamp(g) + n++);
        for (const c of changes) expect(groupChangeSchema.safeParse(c).success).toBe(true);
        // The office service would accept this push: nothing off its allowlist or misshapen.
        expect(() => checkChanges(changes, 3e12)).not.toThrow();
        for (const c of changes) groups.add(c.group);
        const wire = JSON.stringify({ changes });
        const found = wire.match(/MRK\d{5}Q/g) ?? [];
        for (const marker of found) expect(m.forbidden.has(marker), marker).toBe(false);
        for (const marker of found) expect(m.allowed.has(marker), marker).toBe(true);
        seenAllowed += found.length;
      }),
      { numRuns: 300, seed: 20261130 },
    );
    // Not vacuous: allowlisted markers did reach the office, and every group was checked.
    expect(seenAllowed).toBeGreaterThan(300);
    expect([...groups].sort()).toEqual(
      ['client', 'consent', 'contact', 'deadlines', 'hours', 'status', 'trajectory'].sort(),
    );
  });

  it('sends the financial hours and the vault restriction and erasure status as the office accepts them', () => {
    const projection = buildProjection(
      [{ id: 'c1', kind: 'client', data: { clientnummer: 'K-1' }, clock: {} }],
      {
        today: '2026-11-30',
        hoursLines: [
          { month: '2026-11', activity: 'face-to-face', minutes: 90 },
          { month: '2026-11', activity: 'face-to-face', minutes: 30 },
          { month: '2026-11', activity: 'phone', minutes: 15 },
        ],
        rights: { restricted: true, erasure: 'none' },
      },
    );
    let k = 0;
    const changes = changesSince('oc-test-client', projection, {}, () => `17645000${k++}-0000-dev`);
    expect(() => checkChanges(changes, 3e12)).not.toThrow();
    const hours = changes.find((c) => c.group === 'hours')?.fields ?? {};
    expect(Object.fromEntries(Object.entries(hours).map(([k, v]) => [k, v.value]))).toEqual({
      '2026-11|face-to-face': 2,
      '2026-11|phone': 0.25,
    });
    const status = changes.find((c) => c.group === 'status')?.fields ?? {};
    expect(status['restricted']?.value).toBe(true);
    expect(status['erasure']?.value).toBe('none');
  });

  it('every kind is covered: a field added to the registry gets a marker here too', () => {
    for (const kind of ALL_RECORD_KINDS) expect(fieldsOf(kind).length, kind).toBeGreaterThan(0);
  });
});

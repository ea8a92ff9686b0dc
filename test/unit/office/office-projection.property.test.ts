import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_RULES } from '../../../shared/sync/office-fields.ts';
import { FIELD_GROUPS, type FieldGroup } from '../../../shared/sync/protocol.ts';
import {
  backends,
  dumpTables,
  enrolDevice,
  firstAdmin,
  newClientId,
  SETUP_TIMEOUT,
  signed,
  stamp,
  startOffice,
  type Office,
  type TestDevice,
} from './office-harness.ts';

/** What a dossier holds that must never reach the office, whatever group it is put in. */
const NEVER = [
  'bsn',
  'dateOfBirth',
  'address',
  'phone',
  'email',
  'health',
  'sickDates',
  'logbookText',
  'cv',
  'documentName',
  'note',
];

/** The text fields of the allowlist: they may carry a marker (and so may be found). */
const TEXT_FIELDS: Partial<Record<FieldGroup, string[]>> = {
  client: ['clientNumber', 'displayName'],
  trajectory: ['type', 'uwvOrderNumber'],
  contact: ['lastContactBy'],
};

let counter = 0;
const marker = (kind: 'ok' | 'no') => `MK${kind}${(++counter).toString(16).padStart(6, '0')}`;

/**
 * The service's half of "the projection is proven": random pushes put a unique marker in
 * every text field of the allowlist and in fields that must never arrive, in every group.
 * Afterwards every table of the office database and the whole service log are searched:
 * only markers of allowlisted fields may be found, and no other.
 */
describe.each(backends())('office projection on $name', (backend) => {
  let o: Office;
  let device: TestDevice;
  beforeAll(async () => {
    o = await startOffice(backend);
    const admin = await firstAdmin(o);
    device = await enrolDevice(o, admin, { coachName: 'Coach' });
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  it('stores and logs only markers of allowlisted fields', async () => {
    const allowed = new Set<string>();
    const forbidden = new Set<string>();
    const change = fc.record({
      group: fc.constantFrom(...FIELD_GROUPS),
      texts: fc.integer({ min: 0, max: 4 }),
      smuggle: fc.option(fc.constantFrom(...NEVER), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (specs) => {
        const hlc = stamp(o.clock.t - 1, device.deviceId);
        const build = (dirty: boolean) => {
          const attempt: string[] = [];
          let smuggled = false;
          const changes = specs.map((s) => {
            const fields: Record<string, { value: unknown; hlc: string }> = {};
            for (const name of (TEXT_FIELDS[s.group] ?? []).slice(0, s.texts)) {
              const m = marker('ok');
              attempt.push(m);
              fields[name] = { value: m, hlc };
            }
            if (s.group === 'hours') fields['2026-03|coaching'] = { value: 2, hlc };
            if (s.group === 'status') fields.restricted = { value: false, hlc };
            if (dirty && s.smuggle) {
              const m = marker('no');
              forbidden.add(m);
              fields[s.smuggle] = { value: m, hlc };
              smuggled = true;
            }
            // A marker in the value of a field whose shape has no room for text.
            if (dirty && !s.smuggle && GROUP_RULES[s.group].keyed) {
              const m = marker('no');
              forbidden.add(m);
              fields['2026-03|x'] = { value: m, hlc };
              smuggled = true;
            }
            return { officeClientId: newClientId(), group: s.group, fields };
          });
          return { attempt, smuggled, changes };
        };
        // The same dossier fields twice: clean (accepted), then with something smuggled in
        // (refused whole, so not even its allowed markers may arrive).
        const clean = build(false);
        const ok = await o.app.inject(
          signed(o, device, 'POST', '/api/sync/push', { changes: clean.changes }),
        );
        expect(ok.statusCode).toBe(200);
        for (const m of clean.attempt) allowed.add(m);
        const dirty = build(true);
        if (dirty.smuggled) {
          const res = await o.app.inject(
            signed(o, device, 'POST', '/api/sync/push', { changes: dirty.changes }),
          );
          expect(res.statusCode).toBe(400);
          for (const m of dirty.attempt) forbidden.add(m);
        }
      }),
      { numRuns: 25 },
    );
    expect(forbidden.size).toBeGreaterThan(0);
    expect(allowed.size).toBeGreaterThan(0);

    const dump = await dumpTables(o.db);
    const found = new Set(dump.match(/MK(ok|no)[0-9a-f]{6}/g) ?? []);
    for (const m of found)
      expect(allowed.has(m) && !forbidden.has(m), `${m} found in the database`).toBe(true);
    for (const m of allowed) expect(found.has(m), `${m} missing from the database`).toBe(true);
    expect(o.logs.join('').match(/MK(ok|no)[0-9a-f]{6}/g) ?? []).toEqual([]);
  });
});

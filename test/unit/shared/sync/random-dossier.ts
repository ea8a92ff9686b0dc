import fc from 'fast-check';
import { BASES, SCOPES } from '../../../../shared/domain/consent';
import { TRAJECTORY_STATUSES } from '../../../../shared/domain/office-link';
import { POORTWACHTER_STEPS } from '../../../../shared/domain/poortwachter';
import { PROJECTED_STATUSES } from '../../../../shared/domain/poortwachter-projection';
import {
  REQUEST_OUTCOMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from '../../../../shared/domain/requests';
import { TRAJECTORY_TYPES } from '../../../../shared/domain/uwv-trajectory';
import {
  ALL_RECORD_KINDS,
  RECORD_KINDS,
  type KindSpec,
  type RecordKind,
} from '../../../../shared/records/registry';
import type { ProjectionRecord } from '../../../../shared/sync/projection';

/**
 * Random dossiers for "the projection is proven" (issue 14): a unique marker in every field of
 * every record kind. Markers of allowlisted fields (the registry's `office` lists) may reach
 * the office; a marker of any other field may not. Free text nested inside an allowlisted
 * field (a consent ground's description, employers and representative, a contact's follow-up
 * date, an extra property on a step, the keys of the contact index) is marked as forbidden
 * too: the allowlist admits a field's purpose, not everything inside it. Used by the
 * projection's own property test and by the device-to-office one (test/unit/office).
 */

// Kinds whose export labels are null still have fields: name them here.
const UNLABELLED: Partial<Record<RecordKind, string[]>> = {
  'logbook-index': ['contacts', 'v'],
  'compartment-client-key': ['publicKey', 'wrappedSecret', 'mac', 'macEpoch'],
};
export const fieldsOf = (kind: RecordKind): string[] => {
  const spec = RECORD_KINDS[kind] as KindSpec<unknown>;
  return spec.export.fields ? Object.keys(spec.export.fields) : (UNLABELLED[kind] ?? []);
};
const officeFields = (kind: RecordKind) =>
  new Set<string>(
    (RECORD_KINDS[kind] as KindSpec<Record<string, unknown>>).office.map((f) => f.field),
  );

export type Gen = fc.GeneratorValue;

export class Markers {
  private n = 0;
  readonly allowed = new Set<string>();
  readonly forbidden = new Set<string>();
  make(allowed: boolean): string {
    const m = `MRK${String(++this.n).padStart(5, '0')}Q`;
    (allowed ? this.allowed : this.forbidden).add(m);
    return m;
  }
}

export const iso = (g: Gen) =>
  g(fc.date, { min: new Date('2020-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
    .toISOString()
    .slice(0, 10);
export const stamp = (g: Gen) =>
  `${String(g(fc.integer, { min: 1e12, max: 2e12 })).padStart(13, '0')}-${g(fc.integer, { min: 0, max: 1000 }).toString(36).padStart(4, '0')}-dev`;
const pick = <T>(g: Gen, list: readonly T[]): T => g(fc.constantFrom, ...list);

/** A type-correct value for an allowlisted field, with markers wherever text can go. */
function allowedValue(g: Gen, m: Markers, kind: RecordKind, field: string): unknown {
  const text = () => m.make(true);
  const secret = () => m.make(false);
  switch (`${kind}.${field}`) {
    case 'client.clientnummer':
    case 'client.voornaam':
    case 'client.tussenvoegsel':
    case 'client.achternaam':
    case 'uwv-trajectory.orderNumber':
    case 'office-link.coachId':
      return text();
    case 'office-link.officeClientId':
      return `oc${g(fc.string, { unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 })}`;
    case 'office-link.status':
      return pick(g, TRAJECTORY_STATUSES);
    case 'uwv-trajectory.type':
      return pick(g, TRAJECTORY_TYPES);
    case 'uwv-trajectory.startDate':
    case 'uwv-trajectory.endDate':
      return g(fc.boolean) ? iso(g) : '';
    case 'uwv-trajectory.grantedHours':
      return g(fc.option, fc.integer({ min: 0, max: 500 }), { nil: null });
    case 'uwv-trajectory.milestonesDone':
      return Object.fromEntries([
        ...['plan', 'voortgang-1', 'verantwoording-1', 'eind']
          .filter(() => g(fc.boolean))
          .map((id) => [id, iso(g)]),
        [secret(), iso(g)],
      ]);
    case 'poortwachter-deadlines.steps':
      return Array.from({ length: g(fc.integer, { min: 0, max: 4 }) }, () => ({
        step: pick(
          g,
          POORTWACHTER_STEPS.map((s) => s.id),
        ),
        due: iso(g),
        status: pick(g, PROJECTED_STATUSES),
        note: secret(),
      }));
    case 'logbook-index.contacts':
      return Object.fromEntries(
        Array.from({ length: g(fc.integer, { min: 0, max: 5 }) }, () => [
          secret(),
          [`${iso(g)}T10:00`, g(fc.integer, { min: 0, max: 600 }), secret()],
        ]),
      );
    case 'consent-register.grounds':
      return Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => ({
        id: secret(),
        basis: pick(g, BASES),
        scope: pick(g, SCOPES),
        employers: [secret(), secret()],
        description: secret(),
        givenOn: iso(g),
        method: 'written',
        givenBy: 'client',
        representativeName: secret(),
        representativeRole: null,
        withdrawnOn: g(fc.boolean) ? iso(g) : null,
        recordedAt: secret(),
      }));
    case 'data-subject-request.type':
      return pick(g, REQUEST_TYPES);
    case 'data-subject-request.status':
      return pick(g, REQUEST_STATUSES);
    case 'data-subject-request.outcome':
      return g(fc.option, fc.constantFrom(...REQUEST_OUTCOMES), { nil: null });
    default:
      throw new Error(`No generator for the office field ${kind}.${field}: add one here`);
  }
}

export function randomDossier(g: Gen, m: Markers): ProjectionRecord[] {
  const records: ProjectionRecord[] = [];
  for (const kind of ALL_RECORD_KINDS) {
    const office = officeFields(kind);
    const singleton = kind === 'client' || kind === 'office-link' || office.size === 0;
    const count = g(fc.integer, { min: kind === 'client' ? 1 : 0, max: singleton ? 1 : 3 });
    for (let i = 0; i < count; i++) {
      const data: Record<string, unknown> = {};
      const clock: Record<string, string> = {};
      for (const field of fieldsOf(kind)) {
        // Every field not on the allowlist holds a marker, whatever its real type.
        data[field] = office.has(field) ? allowedValue(g, m, kind, field) : m.make(false);
        clock[field] = stamp(g);
      }
      records.push({ id: m.make(false), kind, data, clock });
    }
  }
  return records;
}

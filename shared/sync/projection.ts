/**
 * The minimal projection (issue 14, part 5): from one client's decrypted records to the
 * `GroupChange`s the office receives. A record is read only through the registry's `office`
 * list (officeView): a shaper below never sees a field that is not allowlisted, so a field
 * can reach the office only by being added to the registry with a stated purpose.
 *
 * The wire fields and value shapes are not declared here: they are office-fields.ts's
 * GROUP_RULES, which the office service checks every push against (field names, the status
 * and phase lists, the deadline and hours keys). test/unit/office/office-wire.test.ts runs this
 * projection's output through that check, so the two sides cannot drift apart again.
 * A field that disappears (a milestone after the end date moved) is sent once as null.
 */
import { OFFICE_LINK_KIND, type OfficeLink } from '../domain/office-link';
import type { ConsentRegister } from '../domain/consent';
import type { LogbookIndex } from '../domain/logbook';
import type { PoortwachterProjection } from '../domain/poortwachter-projection';
import type { DataSubjectRequest } from '../domain/requests';
import {
  trajectoryMilestones,
  UWV_TRAJECTORY_KIND,
  type UwvTrajectory,
} from '../domain/uwv-trajectory';
import type { Client } from '../domain/client';
import { CONSENT_REGISTER_KIND } from '../domain/consent';
import { LOGBOOK_INDEX_KIND } from '../domain/logbook';
import { POORTWACHTER_DEADLINES_KIND } from '../domain/poortwachter-projection';
import { REQUEST_KIND } from '../domain/requests';
import { CLIENT_KIND, RECORD_KINDS, type KindSpec, type RecordKind } from '../records/registry';
import { FIELD_GROUPS, type FieldGroup, type GroupChange } from './protocol';
import {
  deadlineField,
  hoursField,
  CONSENT_FIELDS,
  type ErasureStatus,
  type TrajectoryPhase,
} from './office-fields';

export { TRAJECTORY_PHASES, type TrajectoryPhase } from './office-fields';

/** A decrypted record as the vault holds it: data plus the HLC stamp of each field. */
export interface ProjectionRecord {
  id: string;
  kind: RecordKind;
  data: unknown;
  clock: Record<string, string>;
}

/** A record seen through the allowlist: only its office fields, with their stamps. */
export interface OfficeView {
  id: string;
  data: Record<string, unknown>;
  clock: Record<string, string>;
}

/** One projected field: its value, and the stamp of its newest source (null: derived, unstamped). */
export interface Projected {
  value: unknown;
  hlc: string | null;
}
export type Projection = Partial<Record<FieldGroup, Record<string, Projected>>>;

/** Hours per month ("YYYY-MM") per activity, for the hours group. */
export type HoursByMonth = Record<string, Record<string, number>>;

/** One line of the financial records' hours (financial-hours: per month and activity). */
export interface HoursLine {
  month: string;
  activity: string;
  minutes: number;
}

/**
 * Where the hours come from when no financial records are given: the logbook's durations
 * (hoursFromLogbook), all under 'unspecified'. The sync engine passes the financial records'
 * lines instead (ProjectionOptions.hoursLines), which carry the contact type as the activity.
 */
export type HoursAdapter = (views: ReadonlyMap<RecordKind, OfficeView[]>) => {
  months: HoursByMonth;
  hlc: string | null;
};

/** Restriction and erasure as the vault knows them (restriction record, erasure ledger). */
export interface RightsState {
  restricted: boolean;
  erasure: ErasureStatus;
}

const officeFieldsOf = (kind: RecordKind) => (RECORD_KINDS[kind] as KindSpec<unknown>).office;

/** The allowlisted part of a record: every other field, and its stamp, stays behind. */
export function officeView(record: ProjectionRecord): OfficeView | null {
  const fields = officeFieldsOf(record.kind);
  if (fields.length === 0 || typeof record.data !== 'object' || record.data === null) return null;
  const source = record.data as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const clock: Record<string, string> = {};
  for (const { field } of fields) {
    if (!Object.hasOwn(source, field)) continue;
    data[field] = source[field];
    const stamp = record.clock[field];
    if (typeof stamp === 'string') clock[field] = stamp;
  }
  return { id: record.id, data, clock };
}

const newest = (...stamps: (string | undefined | null)[]): string | null => {
  let best: string | null = null;
  for (const s of stamps) if (s && (best === null || s > best)) best = s;
  return best;
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Hours from the financial records' lines: minutes summed per month and activity. */
export function hoursFromLines(lines: readonly HoursLine[]): HoursByMonth {
  const months: HoursByMonth = {};
  for (const l of lines) {
    const byActivity = (months[l.month] ??= {});
    byActivity[l.activity] = (byActivity[l.activity] ?? 0) + l.minutes / 60;
  }
  return months;
}

/** Hours from the logbook's contact index: every contact's duration in its month. */
export const hoursFromLogbook: HoursAdapter = (views) => {
  const months: HoursByMonth = {};
  for (const v of views.get(LOGBOOK_INDEX_KIND) ?? []) {
    const contacts = (v.data as Partial<LogbookIndex>).contacts ?? {};
    for (const tuple of Object.values(contacts)) {
      const [at, minutes] = tuple;
      if (typeof at !== 'string' || typeof minutes !== 'number') continue;
      const month = at.slice(0, 7);
      if (!/^\d{4}-\d{2}$/.test(month)) continue;
      const byActivity = (months[month] ??= {});
      byActivity['unspecified'] = (byActivity['unspecified'] ?? 0) + minutes / 60;
    }
  }
  // The index is derived and carries no stamps; the sync stamps it when its value changes.
  return { months, hlc: null };
};

type Shaper = (views: OfficeView[], ctx: { today: string }) => Projection;

function put(p: Projection, group: FieldGroup, field: string, value: unknown, hlc: string | null) {
  (p[group] ??= {})[field] = { value, hlc };
}

function phaseOf(t: Partial<UwvTrajectory>, today: string): TrajectoryPhase {
  const done = t.milestonesDone ?? {};
  if (done['eind'] !== undefined || (isIso(t.endDate) && t.endDate < today)) return 'closed';
  if (!isIso(t.startDate)) return 'intake';
  if (done['plan'] === undefined) return 'plan';
  return 'execution';
}

/** An erasure request still open: the office sees 'requested' until the ledger says erased. */
const erasureRequested = (views: OfficeView[]): boolean =>
  views
    .map((v) => v.data as Partial<DataSubjectRequest>)
    .some((r) => r.type === 'erasure' && r.status !== 'done');

/**
 * Per kind with office fields: what it contributes. A shaper sees only OfficeViews; a kind
 * with office fields and no shaper, or a shaper writing a group its registry entry does not
 * name, fails the projection (and test/unit/shared/sync/projection.test.ts).
 */
export const SHAPERS: Partial<Record<RecordKind, Shaper>> = {
  [CLIENT_KIND]: (views) => {
    const p: Projection = {};
    const v = views[0];
    if (!v) return p;
    const c = v.data as Partial<Client>;
    put(p, 'client', 'clientNumber', str(c.clientnummer), newest(v.clock['clientnummer']));
    const name = [str(c.voornaam), str(c.tussenvoegsel), str(c.achternaam)].filter(Boolean);
    put(
      p,
      'client',
      'displayName',
      name.join(' '),
      newest(v.clock['voornaam'], v.clock['tussenvoegsel'], v.clock['achternaam']),
    );
    return p;
  },
  [OFFICE_LINK_KIND]: (views) => {
    const p: Projection = {};
    const v = views[0];
    if (!v) return p;
    const l = v.data as Partial<OfficeLink>;
    // The coach is set at the office only (OFFICE_ONLY_FIELDS); the device never sends it.
    if (l.status) put(p, 'trajectory', 'status', l.status, newest(v.clock['status']));
    return p;
  },
  [UWV_TRAJECTORY_KIND]: (views, { today }) => {
    const p: Projection = {};
    const v = views[0];
    if (!v) return p;
    const t = v.data as Partial<UwvTrajectory>;
    const c = v.clock;
    put(p, 'trajectory', 'type', t.type || null, newest(c['type']));
    put(p, 'trajectory', 'grantedHours', t.grantedHours ?? null, newest(c['grantedHours']));
    // An unset date is '' in the vault and null on the wire.
    for (const f of ['startDate', 'endDate'] as const)
      put(p, 'trajectory', f, isIso(t[f]) ? t[f] : null, newest(c[f]));
    put(p, 'trajectory', 'uwvOrderNumber', t.orderNumber ?? null, newest(c['orderNumber']));
    put(
      p,
      'trajectory',
      'phase',
      phaseOf(t, today),
      newest(c['startDate'], c['endDate'], c['milestonesDone']),
    );
    const schedule = newest(c['type'], c['startDate'], c['endDate'], c['milestonesDone']);
    if (t.type && isIso(t.startDate)) {
      const done = t.milestonesDone ?? {};
      const endDate = isIso(t.endDate) ? t.endDate : '';
      for (const m of trajectoryMilestones({ type: t.type, startDate: t.startDate, endDate })) {
        const doneOn = done[m.id];
        put(
          p,
          'deadlines',
          deadlineField('uwv', m.id),
          { due: m.due, done: isIso(doneOn) ? doneOn : null },
          schedule,
        );
      }
    }
    return p;
  },
  [POORTWACHTER_DEADLINES_KIND]: (views) => {
    const p: Projection = {};
    const v = views[0];
    if (!v) return p;
    const steps = (v.data as Partial<PoortwachterProjection>).steps ?? [];
    for (const s of steps) {
      if (!isIso(s.due)) continue;
      put(
        p,
        'deadlines',
        deadlineField('pw', s.step),
        { due: s.due, done: null },
        newest(v.clock['steps']),
      );
    }
    return p;
  },
  [LOGBOOK_INDEX_KIND]: (views, { today }) => {
    const p: Projection = {};
    let last: string | null = null;
    for (const v of views) {
      for (const tuple of Object.values((v.data as Partial<LogbookIndex>).contacts ?? {})) {
        const day = typeof tuple[0] === 'string' ? tuple[0].slice(0, 10) : '';
        if (isIso(day) && day <= today && (last === null || day > last)) last = day;
      }
    }
    if (views.length > 0) put(p, 'contact', 'lastContact', last, null);
    return p;
  },
  [CONSENT_REGISTER_KIND]: (views, { today }) => {
    const p: Projection = {};
    const v = views[0];
    if (!v) return p;
    const grounds = (v.data as Partial<ConsentRegister>).grounds ?? [];
    const standing = (scope: string) =>
      grounds.some(
        (g) =>
          g.scope === scope &&
          g.basis === 'consent' &&
          isIso(g.givenOn) &&
          g.givenOn <= today &&
          (g.withdrawnOn === null || (isIso(g.withdrawnOn) && g.withdrawnOn > today)),
      );
    const hlc = newest(v.clock['grounds']);
    for (const scope of CONSENT_FIELDS) put(p, 'consent', scope, standing(scope), hlc);
    return p;
  },
  [REQUEST_KIND]: (views) => {
    const p: Projection = {};
    if (views.length === 0) return p;
    const hlc = newest(
      ...views.flatMap((v) => [v.clock['type'], v.clock['status'], v.clock['outcome']]),
    );
    // Only an open erasure request shows here; buildProjection replaces the status group
    // with the vault's restriction record and erasure ledger when the engine passes them.
    put(p, 'status', 'restricted', false, hlc);
    put(p, 'status', 'erasure', erasureRequested(views) ? 'requested' : 'none', hlc);
    return p;
  },
};

export interface ProjectionOptions {
  /** Today, ISO: the phase, the last contact and standing consent depend on it. */
  today: string;
  hours?: HoursAdapter;
  /** The financial records' hours; when given they are the hours group (not the logbook). */
  hoursLines?: readonly HoursLine[];
  /** Restriction and erasure from the vault; when given they are the status group. */
  rights?: RightsState;
}

/** One client's projection, field by field, with the stamp of each field's newest source. */
export function buildProjection(
  records: readonly ProjectionRecord[],
  options: ProjectionOptions,
): Projection {
  const views = new Map<RecordKind, OfficeView[]>();
  for (const r of records) {
    const v = officeView(r);
    if (v) (views.get(r.kind) ?? views.set(r.kind, []).get(r.kind))?.push(v);
  }
  const out: Projection = {};
  for (const [kind, list] of views) {
    const shaper = SHAPERS[kind];
    if (!shaper) throw new Error(`No office shaper for ${kind}`);
    const allowed = new Set(officeFieldsOf(kind).map((f) => f.group));
    for (const [group, fields] of Object.entries(shaper(list, options)) as [
      FieldGroup,
      Record<string, Projected>,
    ][]) {
      if (!allowed.has(group)) throw new Error(`${kind} may not write the ${group} group`);
      Object.assign((out[group] ??= {}), fields);
    }
  }
  const hours = options.hoursLines
    ? { months: hoursFromLines(options.hoursLines), hlc: null }
    : views.has(LOGBOOK_INDEX_KIND)
      ? (options.hours ?? hoursFromLogbook)(views)
      : null;
  if (hours)
    for (const [month, byActivity] of Object.entries(hours.months))
      for (const [activity, h] of Object.entries(byActivity))
        put(out, 'hours', hoursField(month, activity), roundHours(h), hours.hlc);
  if (options.rights) {
    const requested = out.status?.['erasure']?.value === 'requested';
    const erasure =
      options.rights.erasure === 'none' && requested ? 'requested' : options.rights.erasure;
    // Derived from the vault's own records; the sync stamps them when their value changes.
    put(out, 'status', 'restricted', options.rights.restricted, null);
    put(out, 'status', 'erasure', erasure, null);
  }
  return out;
}

const roundHours = (h: number): number => Math.round(h * 100) / 100;

/** What was last sent per group and field: the value and its stamp (the sync state). */
export type SentState = Partial<
  Record<FieldGroup, Record<string, { value: unknown; hlc: string }>>
>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes to send: every field whose value differs from what was last sent, stamped with
 * its source's stamp when that is newer, else with a fresh one (derived fields, and values
 * that change with the day). Fields that vanished go once as null. Empty when nothing changed.
 */
export function changesSince(
  officeClientId: string,
  projection: Projection,
  sent: SentState,
  nextStamp: () => string,
): GroupChange[] {
  const out: GroupChange[] = [];
  for (const group of FIELD_GROUPS) {
    const now = projection[group] ?? {};
    const before = sent[group] ?? {};
    const fields: GroupChange['fields'] = {};
    for (const [field, p] of Object.entries(now)) {
      const last = before[field];
      if (last && same(last.value, p.value)) continue;
      const hlc = p.hlc && (!last || p.hlc > last.hlc) ? p.hlc : nextStamp();
      fields[field] = { value: p.value, hlc };
    }
    for (const [field, last] of Object.entries(before)) {
      if (!Object.hasOwn(now, field) && last.value !== null)
        fields[field] = { value: null, hlc: nextStamp() };
    }
    if (Object.keys(fields).length > 0) out.push({ officeClientId, group, fields });
  }
  return out;
}

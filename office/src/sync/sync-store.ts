import { sql, type Insertable } from 'kysely';
import { formatHlc, parseHlc } from '../../../shared/sync/hlc.ts';
import {
  OFFICE_HLC_NODE,
  OFFICE_ONLY_FIELDS,
  checkOfficeField,
} from '../../../shared/sync/office-fields.ts';
import {
  MAX_CLOCK_SKEW_MS,
  type FieldGroup,
  type GroupChange,
} from '../../../shared/sync/protocol.ts';
import type { Db } from '../db/database.ts';
import { Refusal } from '../http/refusal.ts';
import type { OfficeDb } from '../db/schema.ts';
import { mergeFields, type Fields, type LostField, type Stamped } from './merge.ts';

/**
 * Writers that hand out sequence numbers take this transaction lock, so sequence numbers
 * become visible in order: a pull never skips a row whose number was taken earlier but
 * committed later. (Serialises writes to sync state; reads are not affected.)
 */
const SEQ_LOCK = 7_140_002;

export const isOfficeStamp = (hlc: string): boolean => parseHlc(hlc).node === OFFICE_HLC_NODE;

export interface DeviceConflict {
  officeClientId: string;
  group: FieldGroup;
  field: string;
  office: Stamped;
  device: Stamped;
}

/** Refuses a push that holds anything off the allowlist or stamped in the future. */
export function checkChanges(changes: GroupChange[], now: number): void {
  for (const c of changes)
    for (const [field, stamped] of Object.entries(c.fields)) {
      if (OFFICE_ONLY_FIELDS.some((o) => o.group === c.group && o.field === field))
        throw new Refusal(400, 'office-field', `field ${c.group}.${field} is set by the office`);
      const why = checkOfficeField(c.group, field, stamped.value);
      if (why) throw new Refusal(400, 'not-allowlisted', why);
      if (parseHlc(stamped.hlc).wall > now + MAX_CLOCK_SKEW_MS)
        throw new Refusal(400, 'future-stamp', 'A change is stamped in the future');
    }
}

/** The clients of the push belong to this coach, or are new and become this coach's. */
async function claimClients(tx: Db, ids: string[], coachId: string, now: number): Promise<void> {
  if (ids.length === 0) return;
  const known = await tx
    .selectFrom('clients')
    .select(['office_client_id', 'coach_id'])
    .where('office_client_id', 'in', ids)
    .execute();
  if (known.some((k) => k.coach_id !== coachId))
    throw new Refusal(403, 'not-your-client', 'A client in this request is not assigned to you');
  const knownIds = new Set(known.map((k) => k.office_client_id));
  const fresh = ids.filter((id) => !knownIds.has(id));
  if (fresh.length > 0)
    await tx
      .insertInto('clients')
      .values(fresh.map((id) => ({ office_client_id: id, coach_id: coachId, created_at: now })))
      .execute();
}

async function lockSeq(tx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SEQ_LOCK})`.execute(tx);
}

async function readRow(tx: Db, id: string, group: string): Promise<Fields | undefined> {
  const row = await tx
    .selectFrom('sync_rows')
    .select('fields')
    .where('office_client_id', '=', id)
    .where('group_name', '=', group)
    .forUpdate()
    .executeTakeFirst();
  return row?.fields as Fields | undefined;
}

async function writeRow(tx: Db, id: string, group: string, fields: Fields, now: number) {
  const json = JSON.stringify(fields);
  await tx
    .insertInto('sync_rows')
    .values({
      office_client_id: id,
      group_name: group,
      fields: sql`${json}::jsonb`,
      seq: sql`nextval('sync_seq')`,
      updated_at: now,
    })
    .onConflict((c) =>
      c.columns(['office_client_id', 'group_name']).doUpdateSet({
        fields: sql`${json}::jsonb`,
        seq: sql`nextval('sync_seq')`,
        updated_at: now,
      }),
    )
    .execute();
}

/**
 * POST /api/sync/push inside the signed request's transaction. A handful of statements per
 * push, whatever its size: the rows it touches are read (and locked) at once, merged here,
 * and written back in one statement.
 */
export async function pushChanges(
  tx: Db,
  device: { id: string; coachId: string },
  changes: GroupChange[],
  now: number,
): Promise<{ accepted: number; conflicts: DeviceConflict[] }> {
  checkChanges(changes, now);
  const ids = [...new Set(changes.map((c) => c.officeClientId))];
  await claimClients(tx, ids, device.coachId, now);
  if (ids.length === 0) return { accepted: 0, conflicts: [] };
  await lockSeq(tx);
  const key = (id: string, group: string) => `${id}\u0000${group}`;
  const current = new Map<string, Fields>();
  for (const r of await tx
    .selectFrom('sync_rows')
    .select(['office_client_id', 'group_name', 'fields'])
    .where('office_client_id', 'in', ids)
    .forUpdate()
    .execute())
    current.set(key(r.office_client_id, r.group_name), r.fields as Fields);

  const changed = new Map<string, { id: string; group: string }>();
  const conflicts: DeviceConflict[] = [];
  const logged: Insertable<OfficeDb['sync_conflicts']>[] = [];
  for (const c of changes) {
    const k = key(c.officeClientId, c.group);
    const merged = mergeFields(current.get(k), c.fields, isOfficeStamp);
    if (merged.changed) {
      current.set(k, merged.fields);
      changed.set(k, { id: c.officeClientId, group: c.group });
    }
    const log = (loser: 'device' | 'office', l: LostField) =>
      logged.push({
        office_client_id: c.officeClientId,
        group_name: c.group,
        field: l.field,
        loser,
        winner_value: JSON.stringify(l.winner),
        loser_value: JSON.stringify(l.loser),
        device_id: device.id,
        at: now,
      });
    for (const l of merged.officeLost) log('office', l);
    for (const l of merged.deviceLost) {
      log('device', l);
      conflicts.push({
        officeClientId: c.officeClientId,
        group: c.group,
        field: l.field,
        office: l.winner,
        device: l.loser,
      });
    }
  }
  if (changed.size > 0)
    await tx
      .insertInto('sync_rows')
      .values(
        [...changed].map(([k, r]) => ({
          office_client_id: r.id,
          group_name: r.group,
          fields: sql`${JSON.stringify(current.get(k))}::jsonb`,
          seq: sql`nextval('sync_seq')`,
          updated_at: now,
        })),
      )
      .onConflict((c) =>
        c.columns(['office_client_id', 'group_name']).doUpdateSet({
          fields: sql`excluded.fields`,
          seq: sql`nextval('sync_seq')`,
          updated_at: now,
        }),
      )
      .execute();
  if (logged.length > 0)
    await tx
      .insertInto('sync_conflicts')
      .values(
        logged.map((l) => ({
          ...l,
          winner_value: sql`${l.winner_value as string}::jsonb`,
          loser_value: sql`${l.loser_value as string}::jsonb`,
        })),
      )
      .execute();
  return { accepted: changes.length, conflicts };
}

export interface PulledChange extends GroupChange {
  seq: number;
}

/** GET /api/sync/pull: this coach's rows changed after `since`, in sequence order. */
export async function pullChanges(
  tx: Db,
  coachId: string,
  since: number,
  limit: number,
): Promise<{ changes: PulledChange[]; next: number; more: boolean }> {
  const rows = await tx
    .selectFrom('sync_rows as r')
    .innerJoin('clients as c', 'c.office_client_id', 'r.office_client_id')
    .select(['r.office_client_id', 'r.group_name', 'r.fields', 'r.seq'])
    .where('c.coach_id', '=', coachId)
    .where('r.seq', '>', since)
    .orderBy('r.seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    changes: page.map((r) => ({
      officeClientId: r.office_client_id,
      group: r.group_name as FieldGroup,
      fields: r.fields as Fields,
      seq: Number(r.seq),
    })),
    next: page.reduce((n, r) => Math.max(n, Number(r.seq)), since),
    more: rows.length > limit,
  };
}

/**
 * An office-side change (the planner): stamped just past the field's current stamp, so it
 * wins now; a device change made later still wins over it, and the value it replaces is
 * logged (see pushChanges).
 */
export async function setOfficeField(
  tx: Db,
  officeClientId: string,
  group: FieldGroup,
  field: string,
  value: unknown,
  now: number,
): Promise<void> {
  await lockSeq(tx);
  const stored = (await readRow(tx, officeClientId, group)) ?? {};
  const held = stored[field];
  const prev = held ? parseHlc(held.hlc) : { wall: 0, counter: 0 };
  const wall = Math.max(prev.wall, now);
  const counter = wall === prev.wall ? prev.counter + 1 : 0;
  const hlc = formatHlc({ wall, counter, node: OFFICE_HLC_NODE });
  await writeRow(tx, officeClientId, group, { ...stored, [field]: { value, hlc } }, now);
}

/** After a handover every row of the client gets a new number, so the new coach pulls it. */
export async function renumberClient(tx: Db, officeClientId: string, now: number): Promise<void> {
  await lockSeq(tx);
  await tx
    .updateTable('sync_rows')
    .set({ seq: sql`nextval('sync_seq')`, updated_at: now })
    .where('office_client_id', '=', officeClientId)
    .execute();
}

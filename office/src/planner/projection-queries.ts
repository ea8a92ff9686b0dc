import type { FieldGroup } from '../../../shared/sync/protocol.ts';
import type { Db } from '../db/database.ts';
import type { Fields } from '../sync/merge.ts';

export interface ClientView {
  officeClientId: string;
  coachId: string;
  coachName: string;
  groups: Partial<Record<FieldGroup, Fields>>;
}

/** Every client with the named groups of its sync state, for the planner's views. */
export async function clientsWithGroups(db: Db, groups: FieldGroup[]): Promise<ClientView[]> {
  const clients = await db
    .selectFrom('clients as k')
    .innerJoin('coaches as c', 'c.id', 'k.coach_id')
    .select(['k.office_client_id', 'k.coach_id', 'c.name'])
    .execute();
  const byId = new Map<string, ClientView>(
    clients.map((k) => [
      k.office_client_id,
      { officeClientId: k.office_client_id, coachId: k.coach_id, coachName: k.name, groups: {} },
    ]),
  );
  if (groups.length > 0) {
    const rows = await db
      .selectFrom('sync_rows')
      .select(['office_client_id', 'group_name', 'fields'])
      .where('group_name', 'in', groups)
      .execute();
    for (const r of rows) {
      const view = byId.get(r.office_client_id);
      if (view) view.groups[r.group_name as FieldGroup] = r.fields as Fields;
    }
  }
  return [...byId.values()];
}

/** A field's value when it is a string, else null. */
export function text(fields: Fields | undefined, name: string): string | null {
  const v = fields?.[name]?.value;
  return typeof v === 'string' ? v : null;
}

/** Today's date at the office (Dutch time), as YYYY-MM-DD. */
export const officeToday = (now: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OFFICE_SIDE, TRAJECTORY_STATUSES } from '../../../shared/sync/office-fields.ts';
import type { OfficeContext } from '../context.ts';
import { jsonSchema, responses } from '../http/json-schema.ts';
import { errorBodySchema, Refusal } from '../http/refusal.ts';
import { requireStaff } from '../staff/staff-session.ts';
import { renumberClient, setOfficeField } from '../sync/sync-store.ts';
import { addDays, clientsWithGroups, csvCell, officeToday, text } from './projection-queries.ts';

const PLANNER = ['planner'] as const;
const tags = ['planner'];

/** The trajectory statuses a planner may set (the device shows the same list). */

const idParams = z.object({ id: z.string().min(8).max(64) });
const caseloadClient = z.object({
  officeClientId: z.string(),
  clientNumber: z.string().nullable(),
  displayName: z.string().nullable(),
  trajectoryType: z.string().nullable(),
  phase: z.string().nullable(),
  status: z.string().nullable(),
  lastContact: z.string().nullable(),
  restricted: z.boolean(),
});
const caseloadReply = z.array(
  z.object({ coachId: z.string(), coachName: z.string(), clients: z.array(caseloadClient) }),
);
const setCoachBody = z.object({ coachId: z.string().max(64) });
const setStatusBody = z.object({ status: z.enum(TRAJECTORY_STATUSES) });
const hoursQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
const hoursRow = z.object({
  coachId: z.string(),
  coachName: z.string(),
  month: z.string(),
  activity: z.string(),
  hours: z.number(),
});
const deadline = z.object({
  officeClientId: z.string(),
  clientNumber: z.string().nullable(),
  displayName: z.string().nullable(),
  coachName: z.string(),
  step: z.string(),
  due: z.string(),
});
const deadlinesReply = z.object({
  today: z.string(),
  until: z.string(),
  overdue: z.array(deadline),
  upcoming: z.array(deadline),
});
const ok = z.object({ ok: z.boolean() });

interface DueField {
  due: string;
  done: string | null;
}

export function plannerRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  const planner = (request: Parameters<typeof requireStaff>[1]) =>
    requireStaff(ctx, request, PLANNER);

  app.get(
    '/api/staff/caseload',
    {
      schema: {
        tags,
        summary: 'Clients per coach',
        response: responses(caseloadReply, errorBodySchema),
      },
    },
    async (request) => {
      await planner(request);
      const clients = await clientsWithGroups(ctx.db, [
        'client',
        'trajectory',
        'contact',
        'status',
      ]);
      const coaches = await ctx.db
        .selectFrom('coaches')
        .select(['id', 'name'])
        .orderBy('name')
        .execute();
      return coaches.map((c) => ({
        coachId: c.id,
        coachName: c.name,
        clients: clients
          .filter((k) => k.coachId === c.id)
          .map((k) => ({
            officeClientId: k.officeClientId,
            clientNumber: text(k.groups.client, 'clientNumber'),
            displayName: text(k.groups.client, 'displayName'),
            trajectoryType: text(k.groups.trajectory, 'type'),
            phase: text(k.groups.trajectory, 'phase'),
            status: text(k.groups.trajectory, 'status'),
            lastContact: text(k.groups.contact, 'lastContact'),
            restricted: k.groups.status?.restricted?.value === true,
          }))
          .sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? '', 'nl')),
      }));
    },
  );

  app.put(
    '/api/staff/clients/:id/coach',
    {
      schema: {
        tags,
        summary: 'Assign a client to another coach (an office-side change the devices pull)',
        params: jsonSchema(idParams),
        body: jsonSchema(setCoachBody),
        response: responses(ok, errorBodySchema),
      },
    },
    async (request) => {
      await planner(request);
      const { id } = idParams.parse(request.params);
      const { coachId } = setCoachBody.parse(request.body);
      const now = ctx.now();
      await ctx.db.transaction().execute(async (tx) => {
        const coach = await tx
          .selectFrom('coaches')
          .select('id')
          .where('id', '=', coachId)
          .executeTakeFirst();
        if (!coach) throw new Refusal(404, 'not-found', 'No such coach');
        const hit = await tx
          .updateTable('clients')
          .set({ coach_id: coachId })
          .where('office_client_id', '=', id)
          .returning('office_client_id')
          .executeTakeFirst();
        if (!hit) throw new Refusal(404, 'not-found', 'No such client');
        await setOfficeField(
          tx,
          id,
          OFFICE_SIDE.coach.group,
          OFFICE_SIDE.coach.field,
          coachId,
          now,
        );
        await renumberClient(tx, id, now);
      });
      return { ok: true };
    },
  );

  app.put(
    '/api/staff/clients/:id/status',
    {
      schema: {
        tags,
        summary:
          "Set a client's trajectory status (an office-side change; it wins only where newer)",
        params: jsonSchema(idParams),
        body: jsonSchema(setStatusBody),
        response: responses(ok, errorBodySchema),
      },
    },
    async (request) => {
      await planner(request);
      const { id } = idParams.parse(request.params);
      const { status } = setStatusBody.parse(request.body);
      await ctx.db.transaction().execute(async (tx) => {
        const known = await tx
          .selectFrom('clients')
          .select('office_client_id')
          .where('office_client_id', '=', id)
          .executeTakeFirst();
        if (!known) throw new Refusal(404, 'not-found', 'No such client');
        await setOfficeField(
          tx,
          id,
          OFFICE_SIDE.status.group,
          OFFICE_SIDE.status.field,
          status,
          ctx.now(),
        );
      });
      return { ok: true };
    },
  );

  const hoursRows = async (from?: string, to?: string) => {
    const clients = await clientsWithGroups(ctx.db, ['hours']);
    const sums = new Map<string, z.infer<typeof hoursRow>>();
    for (const k of clients)
      for (const [key, stamped] of Object.entries(k.groups.hours ?? {})) {
        const [month, activity] = key.split('|') as [string, string];
        if ((from && month < from) || (to && month > to) || typeof stamped.value !== 'number')
          continue;
        const id = `${k.coachId}|${month}|${activity}`;
        const row = sums.get(id) ?? {
          coachId: k.coachId,
          coachName: k.coachName,
          month,
          activity,
          hours: 0,
        };
        row.hours += stamped.value;
        sums.set(id, row);
      }
    return [...sums.values()].sort(
      (a, b) =>
        a.coachName.localeCompare(b.coachName, 'nl') ||
        a.month.localeCompare(b.month) ||
        a.activity.localeCompare(b.activity),
    );
  };

  app.get(
    '/api/staff/hours',
    {
      schema: {
        tags,
        summary: 'Hours per coach, month and activity (months YYYY-MM, both ends included)',
        querystring: jsonSchema(hoursQuery),
        response: responses(z.array(hoursRow), errorBodySchema),
      },
    },
    async (request) => {
      await planner(request);
      const q = hoursQuery.parse(request.query);
      return hoursRows(q.from, q.to);
    },
  );

  app.get(
    '/api/staff/hours.csv',
    {
      schema: {
        tags,
        summary: 'The same hours as CSV, for invoicing',
        querystring: jsonSchema(hoursQuery),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      await planner(request);
      const q = hoursQuery.parse(request.query);
      const lines = [['coach', 'month', 'activity', 'hours'].map(csvCell).join(',')];
      for (const r of await hoursRows(q.from, q.to))
        lines.push([r.coachName, r.month, r.activity, r.hours.toFixed(2)].map(csvCell).join(','));
      void reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="uren.csv"');
      return `${lines.join('\r\n')}\r\n`;
    },
  );

  app.get(
    '/api/staff/deadlines',
    {
      schema: {
        tags,
        summary: 'Open deadlines across the office: overdue, and due in the next 14 days',
        response: responses(deadlinesReply, errorBodySchema),
      },
    },
    async (request) => {
      await planner(request);
      const today = officeToday(ctx.now());
      const until = addDays(today, 14);
      const overdue: z.infer<typeof deadline>[] = [];
      const upcoming: z.infer<typeof deadline>[] = [];
      for (const k of await clientsWithGroups(ctx.db, ['client', 'deadlines']))
        for (const [step, stamped] of Object.entries(k.groups.deadlines ?? {})) {
          const d = stamped.value as DueField | null;
          if (!d || d.done || typeof d.due !== 'string' || d.due > until) continue;
          const item = {
            officeClientId: k.officeClientId,
            clientNumber: text(k.groups.client, 'clientNumber'),
            displayName: text(k.groups.client, 'displayName'),
            coachName: k.coachName,
            step,
            due: d.due,
          };
          (d.due < today ? overdue : upcoming).push(item);
        }
      const byDue = (a: { due: string }, b: { due: string }) => a.due.localeCompare(b.due);
      return { today, until, overdue: overdue.sort(byDue), upcoming: upcoming.sort(byDue) };
    },
  );
}

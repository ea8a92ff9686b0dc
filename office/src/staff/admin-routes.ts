import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OfficeContext } from '../context.ts';
import { STAFF_ROLES } from '../db/schema.ts';
import { jsonSchema, responses } from '../http/json-schema.ts';
import { errorBodySchema, Refusal } from '../http/refusal.ts';
import { hashSecret, newCode, newId, normaliseCode } from '../ids.ts';
import { requireStaff } from './staff-session.ts';

/** An enrolment code works for 10 minutes, once. */
export const ENROLMENT_CODE_MS = 10 * 60_000;
const INVITE_MS = 24 * 60 * 60_000;

const idParams = z.object({ id: z.string().max(64) });
const inviteBody = z.object({ role: z.enum(STAFF_ROLES) });
const codeReply = z.object({ code: z.string(), expiresAt: z.number().int() });
const enrolmentCodeBody = z
  .object({
    coachId: z.string().max(64).optional(),
    coachName: z.string().min(1).max(80).optional(),
  })
  .refine((b) => b.coachId !== undefined || b.coachName !== undefined, 'coachId or coachName');
const enrolmentCodeReply = codeReply.extend({ coachId: z.string(), coachName: z.string() });
const memberSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  createdAt: z.number().int(),
  disabled: z.boolean(),
});
const coachSchema = z.object({
  id: z.string(),
  name: z.string(),
  devices: z.number().int(),
  clients: z.number().int(),
});
const deviceSchema = z.object({
  id: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  label: z.string(),
  fingerprint: z.string(),
  enrolledAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
});
const ok = z.object({ ok: z.boolean() });

const tags = ['administrator'];

/** The administrator's routes: staff, coaches, enrolment codes and devices. */
export function adminRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  const admin = (request: Parameters<typeof requireStaff>[1]) =>
    requireStaff(ctx, request, ['administrator']);

  app.post(
    '/api/staff/invites',
    {
      schema: {
        tags,
        summary: 'A one-time code (24 hours) for a new staff member with this role',
        body: jsonSchema(inviteBody),
        response: responses(codeReply, errorBodySchema),
      },
    },
    async (request) => {
      const me = await admin(request);
      const { role } = inviteBody.parse(request.body);
      const code = newCode();
      const expiresAt = ctx.now() + INVITE_MS;
      await ctx.db
        .insertInto('staff_invites')
        .values({
          code_hash: hashSecret(normaliseCode(code)),
          role,
          expires_at: expiresAt,
          created_by: me.id,
        })
        .execute();
      return { code, expiresAt };
    },
  );

  app.get(
    '/api/staff/members',
    {
      schema: {
        tags,
        summary: 'Office staff',
        response: responses(z.array(memberSchema), errorBodySchema),
      },
    },
    async (request) => {
      await admin(request);
      const rows = await ctx.db
        .selectFrom('staff')
        .select(['id', 'login', 'name', 'role', 'created_at', 'disabled_at'])
        .orderBy('name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        login: r.login,
        name: r.name,
        role: r.role,
        createdAt: Number(r.created_at),
        disabled: r.disabled_at !== null,
      }));
    },
  );

  app.post(
    '/api/staff/members/:id/disable',
    {
      schema: {
        tags,
        summary: 'Disable a staff member and end their sessions',
        params: jsonSchema(idParams),
        response: responses(ok, errorBodySchema),
      },
    },
    async (request) => {
      const me = await admin(request);
      const { id } = idParams.parse(request.params);
      if (id === me.id) throw new Refusal(400, 'self', 'You cannot disable yourself');
      await ctx.db.transaction().execute(async (tx) => {
        const hit = await tx
          .updateTable('staff')
          .set({ disabled_at: ctx.now() })
          .where('id', '=', id)
          .where('disabled_at', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!hit) throw new Refusal(404, 'not-found', 'No such active staff member');
        await tx.deleteFrom('sessions').where('staff_id', '=', id).execute();
      });
      return { ok: true };
    },
  );

  app.get(
    '/api/staff/coaches',
    {
      schema: {
        tags: ['administrator', 'planner'],
        summary: 'Coaches',
        response: responses(z.array(coachSchema), errorBodySchema),
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ['administrator', 'planner']);
      const rows = await ctx.db
        .selectFrom('coaches as c')
        .select((eb) => [
          'c.id',
          'c.name',
          eb
            .selectFrom('devices as d')
            .whereRef('d.coach_id', '=', 'c.id')
            .where('d.revoked_at', 'is', null)
            .select(eb.fn.countAll<number>().as('n'))
            .as('devices'),
          eb
            .selectFrom('clients as k')
            .whereRef('k.coach_id', '=', 'c.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('clients'),
        ])
        .orderBy('c.name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        devices: Number(r.devices),
        clients: Number(r.clients),
      }));
    },
  );

  app.post(
    '/api/staff/enrolment-codes',
    {
      schema: {
        tags,
        summary:
          'A one-time enrolment code (10 minutes) for a device of this coach (new or existing)',
        body: jsonSchema(enrolmentCodeBody),
        response: responses(enrolmentCodeReply, errorBodySchema),
      },
    },
    async (request) => {
      const me = await admin(request);
      const body = enrolmentCodeBody.parse(request.body);
      const now = ctx.now();
      const code = newCode();
      return ctx.db.transaction().execute(async (tx) => {
        let coach = body.coachId
          ? await tx
              .selectFrom('coaches')
              .select(['id', 'name'])
              .where('id', '=', body.coachId)
              .executeTakeFirst()
          : undefined;
        if (body.coachId && !coach) throw new Refusal(404, 'not-found', 'No such coach');
        if (!coach) {
          coach = { id: newId('c'), name: body.coachName as string };
          await tx
            .insertInto('coaches')
            .values({ ...coach, created_at: now })
            .execute();
        }
        await tx
          .insertInto('enrolment_codes')
          .values({
            code_hash: hashSecret(normaliseCode(code)),
            coach_id: coach.id,
            expires_at: now + ENROLMENT_CODE_MS,
            created_by: me.id,
          })
          .execute();
        return {
          code,
          expiresAt: now + ENROLMENT_CODE_MS,
          coachId: coach.id,
          coachName: coach.name,
        };
      });
    },
  );

  app.get(
    '/api/staff/devices',
    {
      schema: {
        tags,
        summary: 'Enrolled devices',
        response: responses(z.array(deviceSchema), errorBodySchema),
      },
    },
    async (request) => {
      await admin(request);
      const rows = await ctx.db
        .selectFrom('devices as d')
        .innerJoin('coaches as c', 'c.id', 'd.coach_id')
        .select([
          'd.id',
          'd.coach_id',
          'c.name',
          'd.label',
          'd.fingerprint',
          'd.enrolled_at',
          'd.last_seen_at',
          'd.revoked_at',
        ])
        .orderBy('c.name')
        .orderBy('d.enrolled_at')
        .execute();
      const n = (v: number | null) => (v === null ? null : Number(v));
      return rows.map((r) => ({
        id: r.id,
        coachId: r.coach_id,
        coachName: r.name,
        label: r.label,
        fingerprint: r.fingerprint,
        enrolledAt: Number(r.enrolled_at),
        lastSeenAt: n(r.last_seen_at),
        revokedAt: n(r.revoked_at),
      }));
    },
  );

  app.post(
    '/api/staff/devices/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a device: its next request is refused',
        params: jsonSchema(idParams),
        response: responses(ok, errorBodySchema),
      },
    },
    async (request) => {
      await admin(request);
      const { id } = idParams.parse(request.params);
      const hit = await ctx.db
        .updateTable('devices')
        .set({ revoked_at: ctx.now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!hit) throw new Refusal(404, 'not-found', 'No such active device');
      return { ok: true };
    },
  );
}

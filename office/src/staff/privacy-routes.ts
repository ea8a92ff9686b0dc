import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OfficeContext } from '../context.ts';
import { responses } from '../http/json-schema.ts';
import { errorBodySchema } from '../http/refusal.ts';
import { requireStaff } from './staff-session.ts';

const auditHead = z.object({
  deviceId: z.string(),
  coachName: z.string(),
  seq: z.number().int(),
  hash: z.string(),
  at: z.number().int(),
});

/**
 * The privacy officer's routes. Requests, erasure orders and breaches arrive with their own
 * issues; the audit heads are here now, because every sync already delivers them.
 */
export function privacyRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  app.get(
    '/api/staff/audit-heads',
    {
      schema: {
        tags: ['privacy-officer'],
        summary: "Each device's latest audit-log head (sequence and hash), as of its last sync",
        response: responses(z.array(auditHead), errorBodySchema),
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ['privacy-officer']);
      const rows = await ctx.db
        .selectFrom('audit_heads as a')
        .innerJoin('devices as d', 'd.id', 'a.device_id')
        .innerJoin('coaches as c', 'c.id', 'd.coach_id')
        .select(['a.device_id', 'c.name', 'a.seq', 'a.hash', 'a.at'])
        .orderBy('a.at', 'desc')
        .execute();
      return rows.map((r) => ({
        deviceId: r.device_id,
        coachName: r.name,
        seq: Number(r.seq),
        hash: r.hash,
        at: Number(r.at),
      }));
    },
  );
}

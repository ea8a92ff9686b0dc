import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  SIGNED_HEADERS,
} from '../../../shared/sync/protocol.ts';
import type { OfficeContext } from '../context.ts';
import { asSignedDevice } from '../devices/device-guard.ts';
import { jsonSchema, responses } from '../http/json-schema.ts';
import { errorBodySchema } from '../http/refusal.ts';
import { pullChanges, pushChanges } from './sync-store.ts';

export const PULL_MAX = 1000;
const pullQuery = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(PULL_MAX).default(500),
});

/** The signed headers every device route documents (and refuses without). */
const signedHeaders = {
  type: 'object',
  properties: Object.fromEntries(Object.values(SIGNED_HEADERS).map((h) => [h, { type: 'string' }])),
};

export function syncRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  app.post(
    '/api/sync/push',
    {
      schema: {
        tags: ['device'],
        summary:
          "Push field-group changes (signed); answers the fields where the office's value won",
        headers: signedHeaders,
        body: jsonSchema(pushRequestSchema),
        response: responses(pushResponseSchema, errorBodySchema),
      },
    },
    async (request) => {
      const now = ctx.now();
      return asSignedDevice(ctx.db, request, now, async (tx, device) => {
        const body = pushRequestSchema.parse(request.body);
        const result = await pushChanges(tx, device, body.changes, now);
        const head = body.auditHead;
        if (head)
          await tx
            .insertInto('audit_heads')
            .values({ device_id: device.id, seq: head.seq, hash: head.hash, at: now })
            .onConflict((c) =>
              c.column('device_id').doUpdateSet({ seq: head.seq, hash: head.hash, at: now }),
            )
            .execute();
        return result;
      });
    },
  );

  app.get(
    '/api/sync/pull',
    {
      schema: {
        tags: ['device'],
        summary: "The signed device's clients' rows changed after `since`, in sequence order",
        headers: signedHeaders,
        querystring: jsonSchema(pullQuery),
        response: responses(pullResponseSchema, errorBodySchema),
      },
    },
    async (request) => {
      const now = ctx.now();
      return asSignedDevice(ctx.db, request, now, async (tx, device) => {
        const q = pullQuery.parse(request.query);
        return pullChanges(tx, device.coachId, q.since, q.limit);
      });
    },
  );
}

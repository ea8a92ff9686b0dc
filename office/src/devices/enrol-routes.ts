import type { FastifyInstance } from 'fastify';
import { fingerprintFromBase64 } from '../../../shared/sync/fingerprint.ts';
import { enrolRequestSchema, enrolResponseSchema } from '../../../shared/sync/protocol.ts';
import type { OfficeContext } from '../context.ts';
import { jsonSchema, responses } from '../http/json-schema.ts';
import { hitLimit } from '../http/rate-limit.ts';
import { errorBodySchema, Refusal } from '../http/refusal.ts';
import { hashSecret, newId, normaliseCode } from '../ids.ts';
import { ed25519PublicKey } from './signed-request.ts';

/** POST /api/devices/enrol: the one-time code is the proof, so this request is not signed. */
export function enrolRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  app.post(
    '/api/devices/enrol',
    {
      schema: {
        tags: ['device'],
        summary: 'Enrol a device with a one-time code and its two public keys',
        body: jsonSchema(enrolRequestSchema),
        response: responses(enrolResponseSchema, errorBodySchema),
      },
    },
    async (request) => {
      const body = enrolRequestSchema.parse(request.body);
      const now = ctx.now();
      await hitLimit(ctx.db, `enrol:ip:${hashSecret(request.ip)}`, ctx.config.limits.enrol, now);
      const sign = Buffer.from(body.signPublicKey, 'base64');
      const box = Buffer.from(body.boxPublicKey, 'base64');
      if (box.length !== 32) throw new Refusal(400, 'bad-key', 'An X25519 public key has 32 bytes');
      ed25519PublicKey(sign); // refuses a key Node cannot use before the code is spent
      const fingerprint = await fingerprintFromBase64(body.signPublicKey, body.boxPublicKey);
      return ctx.db.transaction().execute(async (tx) => {
        const code = await tx
          .deleteFrom('enrolment_codes')
          .where('code_hash', '=', hashSecret(normaliseCode(body.code)))
          .where('expires_at', '>', now)
          .returning('coach_id')
          .executeTakeFirst();
        if (!code)
          throw new Refusal(401, 'bad-code', 'This enrolment code is unknown or has expired');
        const clash = await tx
          .selectFrom('devices')
          .select('id')
          .where('sign_public_key', '=', body.signPublicKey)
          .executeTakeFirst();
        if (clash) throw new Refusal(409, 'key-enrolled', 'This key is already enrolled');
        const coach = await tx
          .selectFrom('coaches')
          .select(['id', 'name'])
          .where('id', '=', code.coach_id)
          .executeTakeFirstOrThrow();
        const deviceId = newId('d');
        await tx
          .insertInto('devices')
          .values({
            id: deviceId,
            coach_id: coach.id,
            label: body.label,
            sign_public_key: body.signPublicKey,
            box_public_key: body.boxPublicKey,
            fingerprint,
            enrolled_at: now,
            last_seen_at: now,
            revoked_at: null,
          })
          .execute();
        return {
          deviceId,
          coachId: coach.id,
          coachName: coach.name,
          officeName: ctx.config.officeName,
          fingerprint,
        };
      });
    },
  );
}

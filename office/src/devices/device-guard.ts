import type { FastifyRequest } from 'fastify';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol.ts';
import type { Db } from '../db/database.ts';
import { Refusal } from '../http/refusal.ts';
import { checkSignature, ed25519PublicKey, readSignedHeaders } from './signed-request.ts';

export interface SignedDevice {
  id: string;
  coachId: string;
}

/**
 * Runs `work` for a signed device request, in one transaction with the request's own
 * bookkeeping (its nonce, the device's last-seen time). Any refusal, before or inside
 * `work`, rolls all of it back: a refused request leaves the database as it was.
 */
export async function asSignedDevice<T>(
  db: Db,
  request: FastifyRequest,
  now: number,
  work: (tx: Db, device: SignedDevice) => Promise<T>,
): Promise<T> {
  const h = readSignedHeaders(request.headers);
  const row = await db
    .selectFrom('devices')
    .select(['id', 'coach_id', 'sign_public_key', 'revoked_at'])
    .where('id', '=', h.deviceId)
    .executeTakeFirst();
  if (!row) throw new Refusal(401, 'unknown-device', 'This device is not enrolled here');
  checkSignature(
    h,
    { method: request.method, url: request.url, rawBody: request.rawBody ?? '' },
    ed25519PublicKey(Buffer.from(row.sign_public_key, 'base64')),
    now,
  );
  if (row.revoked_at !== null) throw revoked();

  return db.transaction().execute(async (tx) => {
    // Re-checked under the row's lock: a revocation that lands meanwhile still refuses.
    const seen = await tx
      .updateTable('devices')
      .set({ last_seen_at: now })
      .where('id', '=', row.id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!seen) throw revoked();
    await tx
      .deleteFrom('nonces')
      .where('device_id', '=', row.id)
      .where('expires_at', '<', now)
      .execute();
    const fresh = await tx
      .insertInto('nonces')
      // Kept until a request with this timestamp could no longer pass the clock check.
      .values({
        device_id: row.id,
        nonce: h.nonce,
        expires_at: Number(h.timestamp) + MAX_CLOCK_SKEW_MS + 1,
      })
      .onConflict((c) => c.columns(['device_id', 'nonce']).doNothing())
      .returning('nonce')
      .executeTakeFirst();
    if (!fresh) throw new Refusal(409, 'replay', 'This request was already received');
    return work(tx, { id: row.id, coachId: row.coach_id });
  });
}

const revoked = () => new Refusal(403, 'revoked', 'This device has been revoked by the office');

import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OfficeContext } from '../context.ts';
import type { StaffRole } from '../db/schema.ts';
import { Refusal } from '../http/refusal.ts';
import { hashSecret } from '../ids.ts';

export const SESSION_COOKIE = 'koers_office_session';

export interface SignedInStaff {
  id: string;
  role: StaffRole;
}

/**
 * The session cookie: HttpOnly (no script reads it), Secure (browsers send it over HTTPS,
 * and to localhost), SameSite=Strict (no other site's page can make the browser send it).
 * Only its hash is stored, so a copy of the database signs nobody in.
 */
export async function startSession(ctx: OfficeContext, reply: FastifyReply, staffId: string) {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  await ctx.db
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(token),
      staff_id: staffId,
      created_at: now,
      expires_at: now + ctx.config.sessionMs,
    })
    .execute();
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    maxAge: Math.floor(ctx.config.sessionMs / 1000),
  });
}

export async function endSession(ctx: OfficeContext, request: FastifyRequest, reply: FastifyReply) {
  const token = request.cookies[SESSION_COOKIE];
  if (token)
    await ctx.db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The staff member behind the request's cookie, with one of `roles`, or a refusal. */
export async function requireStaff(
  ctx: OfficeContext,
  request: FastifyRequest,
  roles: readonly StaffRole[],
): Promise<SignedInStaff> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new Refusal(401, 'signed-out', 'Sign in first');
  const row = await ctx.db
    .selectFrom('sessions as s')
    .innerJoin('staff as m', 'm.id', 's.staff_id')
    .select(['m.id', 'm.role'])
    .where('s.token_hash', '=', hashSecret(token))
    .where('s.expires_at', '>', ctx.now())
    .where('m.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new Refusal(401, 'signed-out', 'Your session has ended; sign in again');
  if (!roles.includes(row.role))
    throw new Refusal(403, 'wrong-role', 'Your role does not allow this');
  return { id: row.id, role: row.role };
}

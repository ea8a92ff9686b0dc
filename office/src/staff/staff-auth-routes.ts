import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OfficeContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { STAFF_ROLES } from '../db/schema.ts';
import { jsonSchema, responses } from '../http/json-schema.ts';
import { hitLimit } from '../http/rate-limit.ts';
import { errorBodySchema, Refusal } from '../http/refusal.ts';
import { hashSecret, newCode, newId, normaliseCode } from '../ids.ts';
import { hashPassphrase, passphraseMatches } from './passphrase.ts';
import { endSession, requireStaff, startSession } from './staff-session.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

const FIRST_ADMIN_CODE_MS = 24 * 60 * 60_000;

const setupBody = z.object({
  code: z.string().min(6).max(64),
  login: z.string().regex(/^[a-z0-9._@-]{3,64}$/),
  name: z.string().min(1).max(80),
  passphrase: z.string().min(1).max(1024),
});
const setupReply = z.object({
  staffId: z.string(),
  role: z.enum(STAFF_ROLES),
  /** Base32 secret and otpauth:// URI for an authenticator app; shown once. */
  totpSecret: z.string(),
  otpauthUri: z.string(),
});
const signinBody = z.object({
  login: z.string().max(64),
  passphrase: z.string().max(1024),
  totp: z.string().max(12),
});
export const meReply = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  officeName: z.string(),
});

/**
 * On a start with no administrator: a fresh one-time code for the first one (older unused
 * first-administrator codes stop working). Returns null when an administrator exists.
 */
export async function firstAdministratorCode(db: Db, now: number): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const admin = await tx
      .selectFrom('staff')
      .select('id')
      .where('role', '=', 'administrator')
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (admin) return null;
    await tx.deleteFrom('staff_invites').where('created_by', 'is', null).execute();
    const code = newCode();
    await tx
      .insertInto('staff_invites')
      .values({
        code_hash: hashSecret(normaliseCode(code)),
        role: 'administrator',
        expires_at: now + FIRST_ADMIN_CODE_MS,
        created_by: null,
      })
      .execute();
    return code;
  });
}

let decoy: { cost: string; kdf: string } | undefined;
async function decoyKdf(ctx: OfficeContext): Promise<string> {
  const cost = JSON.stringify(ctx.config.kdf);
  if (decoy?.cost !== cost)
    decoy = { cost, kdf: (await hashPassphrase('decoy passphrase', ctx.config.kdf)).kdf };
  return decoy.kdf;
}

const ipKey = (what: string, ip: string) => `${what}:ip:${hashSecret(ip)}`;

export function staffAuthRoutes(app: FastifyInstance, ctx: OfficeContext): void {
  app.post(
    '/api/staff/setup',
    {
      schema: {
        tags: ['staff'],
        summary: 'Become staff with a one-time code: set a passphrase, receive a TOTP secret',
        body: jsonSchema(setupBody),
        response: responses(setupReply, errorBodySchema),
      },
    },
    async (request) => {
      const body = setupBody.parse(request.body);
      const now = ctx.now();
      await hitLimit(ctx.db, ipKey('setup', request.ip), ctx.config.limits.setup, now);
      // Hash first (slow), then claim the code and create the account in one transaction.
      const { passHash, kdf } = await hashPassphrase(body.passphrase, ctx.config.kdf);
      const secret = newTotpSecret();
      return ctx.db.transaction().execute(async (tx) => {
        const invite = await tx
          .deleteFrom('staff_invites')
          .where('code_hash', '=', hashSecret(normaliseCode(body.code)))
          .where('expires_at', '>', now)
          .returning(['role'])
          .executeTakeFirst();
        if (!invite) throw new Refusal(401, 'bad-code', 'This code is unknown or has expired');
        const taken = await tx
          .selectFrom('staff')
          .select('id')
          .where('login', '=', body.login)
          .executeTakeFirst();
        if (taken) throw new Refusal(409, 'login-taken', 'This login name is taken');
        const id = newId('s');
        await tx
          .insertInto('staff')
          .values({
            id,
            login: body.login,
            name: body.name,
            role: invite.role,
            pass_hash: passHash,
            kdf,
            totp_secret: secret,
            totp_last_step: 0,
            created_at: now,
            disabled_at: null,
          })
          .execute();
        return {
          staffId: id,
          role: invite.role,
          totpSecret: secret,
          otpauthUri: totpUri(ctx.config.officeName, body.login, secret),
        };
      });
    },
  );

  app.post(
    '/api/staff/signin',
    {
      schema: {
        tags: ['staff'],
        summary: 'Sign in with login, passphrase and a TOTP code; sets the session cookie',
        body: jsonSchema(signinBody),
        response: responses(meReply, errorBodySchema),
      },
    },
    async (request, reply) => {
      const body = signinBody.parse(request.body);
      const now = ctx.now();
      await hitLimit(ctx.db, ipKey('signin', request.ip), ctx.config.limits.signin, now);
      await hitLimit(
        ctx.db,
        `signin:login:${hashSecret(body.login)}`,
        ctx.config.limits.signin,
        now,
      );
      const staff = await ctx.db
        .selectFrom('staff')
        .selectAll()
        .where('login', '=', body.login)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      const refused = new Refusal(401, 'bad-credentials', 'Login, passphrase or code is wrong');
      // An unknown login costs the same Argon2id run, so timing does not tell which exist.
      const hash = staff ?? { pass_hash: '00', kdf: await decoyKdf(ctx) };
      const matches = await passphraseMatches(body.passphrase, hash.pass_hash, hash.kdf);
      if (!staff || !matches) throw refused;
      const step = totpStep(staff.totp_secret, body.totp, now);
      if (step === null || step <= Number(staff.totp_last_step)) throw refused;
      // The step is claimed atomically: the same code sent twice at once signs in once.
      const claimed = await ctx.db
        .updateTable('staff')
        .set({ totp_last_step: step })
        .where('id', '=', staff.id)
        .where('totp_last_step', '<', step)
        .returning('id')
        .executeTakeFirst();
      if (!claimed) throw refused;
      await startSession(ctx, reply, staff.id);
      return {
        id: staff.id,
        login: staff.login,
        name: staff.name,
        role: staff.role,
        officeName: ctx.config.officeName,
      };
    },
  );

  app.post(
    '/api/staff/signout',
    {
      schema: {
        tags: ['staff'],
        summary: 'End the session',
        response: responses(z.object({ ok: z.boolean() }), errorBodySchema),
      },
    },
    async (request, reply) => {
      await endSession(ctx, request, reply);
      return { ok: true };
    },
  );

  app.get(
    '/api/staff/me',
    {
      schema: {
        tags: ['staff'],
        summary: 'Who is signed in',
        response: responses(meReply, errorBodySchema),
      },
    },
    async (request) => {
      const me = await requireStaff(ctx, request, STAFF_ROLES);
      const row = await ctx.db
        .selectFrom('staff')
        .select(['id', 'login', 'name', 'role'])
        .where('id', '=', me.id)
        .executeTakeFirstOrThrow();
      return { ...row, officeName: ctx.config.officeName };
    },
  );
}

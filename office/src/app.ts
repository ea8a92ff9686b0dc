import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { ZodError } from 'zod';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import type { OfficeContext } from './context.ts';
import { enrolRoutes } from './devices/enrol-routes.ts';
import { loggerOptions } from './http/logging.ts';
import { Refusal } from './http/refusal.ts';
import { plannerRoutes } from './planner/planner-routes.ts';
import { adminRoutes } from './staff/admin-routes.ts';
import { privacyRoutes } from './staff/privacy-routes.ts';
import { staffAuthRoutes } from './staff/staff-auth-routes.ts';
import { syncRoutes } from './sync/sync-routes.ts';
import { officeView } from '../web/server/view-plugin.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received: devices sign its SHA-256. */
    rawBody?: string;
  }
}

export interface AppOptions {
  /** Where the JSON log lines go (tests capture them); stdout otherwise. */
  logStream?: DestinationStream;
  logLevel?: string;
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Trust X-Forwarded-For from a reverse proxy (for rate limits by address). */
  trustProxy?: boolean;
}

/** The office service: every route, its schema, and the OpenAPI document built from them. */
export async function buildOffice(
  ctx: OfficeContext,
  opts: AppOptions = {},
): Promise<FastifyInstance> {
  const server: FastifyServerOptions & { https?: unknown } = {
    logger: loggerOptions(opts.logStream, opts.logLevel) as FastifyServerOptions['logger'],
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
  };
  if (opts.https) server.https = opts.https;
  const app = Fastify(server) as unknown as FastifyInstance;

  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    request.rawBody = text;
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new Refusal(400, 'bad-json', 'The body is not JSON'), undefined);
    }
  });

  app.setErrorHandler((err, request, reply) => {
    if (err instanceof Refusal) {
      request.log.info(
        { err: { type: 'Refusal', code: err.code, statusCode: err.statusCode } },
        'refused',
      );
      return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    }
    if (err instanceof ZodError)
      return reply
        .code(400)
        .send({ error: 'invalid', message: 'The request does not match its schema' });
    const e = err as { statusCode?: number; validation?: unknown; code?: string };
    if (e.validation)
      return reply
        .code(400)
        .send({ error: 'invalid', message: 'The request does not match its schema' });
    if (e.statusCode && e.statusCode < 500)
      return reply
        .code(e.statusCode)
        .send({ error: e.code ?? 'refused', message: 'Request refused' });
    request.log.error({ err }, 'failed');
    return reply
      .code(500)
      .send({ error: 'internal', message: 'Something went wrong at the office' });
  });

  // Fastify's own 404 logs the URL, which may hold an id or a typo'd name: answer it here.
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: 'not-found', message: 'No such route' }),
  );

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Koers office service',
        version: `${PROTOCOL_VERSION}.0.0`,
        description:
          'Device sync (signed with Ed25519, see shared/sync/protocol.ts), device enrolment, and the staff routes (session cookie after sign-in with passphrase and TOTP).',
      },
      tags: [
        { name: 'device', description: 'Called by Koers on a coach’s device' },
        { name: 'staff', description: 'Staff sign-in' },
        { name: 'administrator', description: 'Devices and staff' },
        { name: 'planner', description: 'Caseload, assignments and hours' },
        { name: 'privacy-officer', description: 'Audit heads' },
      ],
    },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['staff'],
        summary: 'Liveness',
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } },
      },
    },
    async () => ({ ok: true }),
  );
  enrolRoutes(app, ctx);
  syncRoutes(app, ctx);
  staffAuthRoutes(app, ctx);
  adminRoutes(app, ctx);
  plannerRoutes(app, ctx);
  privacyRoutes(app, ctx);
  // The staff's page (office/web), built by `npm run build:office-web`; / answers 503 until then.
  await app.register(officeView);
  await app.ready();
  return app;
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
// Brings in the `hide` schema flag, so the page's routes stay out of /api/openapi.json.
import type {} from '@fastify/swagger';

/** Where `npm run build:office-web` writes the office view (office/web). */
export const OFFICE_WEB_DIST = fileURLToPath(new URL('../../../dist/office-web/', import.meta.url));

/**
 * The office view's own policy: its scripts and styles come from this origin only and it
 * talks to this origin only (the staff API). No inline code, no frames (clickjacking the
 * sign-in), no forms posted anywhere: the page sends JSON with fetch.
 */
export const OFFICE_VIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = (reply: FastifyReply, path: string) => {
  reply.header('content-security-policy', OFFICE_VIEW_CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  // Vite names the bundles by their hash, so they never change; the page itself may.
  reply.header(
    'cache-control',
    /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
};

/**
 * Serves the office view (the staff's web page) at `/`. The service registers it with one
 * line, next to its /api routes:
 *
 *     await app.register(officeView);
 *
 * Only the built files get routes (no wildcard), so /api/... stays the service's own. When
 * the page was not built, `/` says how to build it instead of a bare 404.
 */
export async function officeView(
  app: FastifyInstance,
  options: { root?: string } = {},
): Promise<void> {
  const root = options.root ?? OFFICE_WEB_DIST;
  if (!existsSync(`${root}/index.html`)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'De kantoorweergave is niet gebouwd: voer `npm run build:office-web` uit.\n' +
            'The office view is not built: run `npm run build:office-web`.\n',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: 'index.html',
    decorateReply: false,
    // The page's routes live in the hash (#/caseload), so only real files need serving.
    setHeaders: securityHeaders,
    // OpenAPI (@fastify/swagger) describes the API, not the page's files.
    schemaHide: true,
  });
}

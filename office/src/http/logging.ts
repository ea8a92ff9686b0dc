import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * Structured JSON logs (pino) that hold no personal data: a request is logged by its route
 * pattern (`/api/staff/clients/:id/coach`, never the id), method, status and time. No body,
 * header, cookie, query or parameter value is logged. An error is logged by its code and
 * status; only an unexpected one (a 500) adds its message and stack, which come from code,
 * not from input. test/unit/office/office-logs.test.ts searches the output for markers.
 */
export function loggerOptions(
  stream?: DestinationStream,
  level = 'info',
): FastifyServerOptions['logger'] | FastifyBaseLogger {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? 'unmatched',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: {
        name?: string;
        code?: string;
        statusCode?: number;
        message?: string;
        stack?: string;
      }) => {
        const expected = err.statusCode !== undefined && err.statusCode < 500;
        return expected
          ? { type: err.name, code: err.code, statusCode: err.statusCode }
          : { type: err.name, code: err.code, message: err.message, stack: err.stack };
      },
    },
  } as FastifyServerOptions['logger'];
}

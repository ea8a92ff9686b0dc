import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../../office/src/app.ts';
import { migrate } from '../../../office/src/db/migrations.ts';
import { backends, SETUP_TIMEOUT, startOffice, type Office } from './office-harness.ts';

describe.each(backends())('office start on $name', (backend) => {
  let o: Office;
  beforeAll(async () => {
    o = await startOffice(backend);
  }, SETUP_TIMEOUT);
  afterAll(async () => o?.close(), SETUP_TIMEOUT);

  it(
    'applies each migration once, even when several instances start at once',
    async () => {
      // A fresh database; three migrations start together (on PostgreSQL each on its own
      // connection, as three instances would): the advisory lock lets one do the work.
      const fresh = await backend.open();
      try {
        const runs = await Promise.all([migrate(fresh.db), migrate(fresh.db), migrate(fresh.db)]);
        expect(runs.flat()).toEqual([1]);
        const rows = await fresh.db.selectFrom('schema_migrations').select('id').execute();
        expect(rows.map((r) => r.id)).toEqual([1]);
      } finally {
        await fresh.close();
      }
    },
    SETUP_TIMEOUT,
  );

  it('serves an OpenAPI 3 document in which every route has its schemas', async () => {
    const res = await o.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses?: Record<string, unknown> }>
      >;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        expect(op.responses, `${method} ${path}`).toBeDefined();
        if (method === 'put' || (method === 'post' && !/signout|revoke|disable/.test(path)))
          expect(op.requestBody, `${method} ${path}`).toBeDefined();
      }
    const push = doc.paths['/api/sync/push']?.post as {
      requestBody: { content: Record<string, { schema: { properties: object } }> };
    };
    expect(
      Object.keys(push.requestBody.content['application/json']?.schema.properties ?? {}),
    ).toContain('changes');
  });
});

describe('office over TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'office-tls-'));
  let o: Office;
  beforeAll(async () => {
    o = await startOffice(backends()[0] as ReturnType<typeof backends>[0]);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await o?.close();
  }, SETUP_TIMEOUT);

  it('serves HTTPS itself when given a certificate and key', async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const cert = readFileSync(join(dir, 'cert.pem'));
    const app = await buildOffice(o.ctx, {
      https: { cert, key: readFileSync(join(dir, 'key.pem')) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as { port: number };
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/api/health', ca: cert, servername: 'localhost' },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(body)).toEqual({ ok: true });
    } finally {
      await app.close();
    }
    expect(await sql`select 1 as one`.execute(o.db)).toBeTruthy();
  });
});

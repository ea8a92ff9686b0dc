import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { officeView, OFFICE_VIEW_CSP } from '../../../office/web/server/view-plugin';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function builtPage(): string {
  const root = mkdtempSync(join(tmpdir(), 'office-web-'));
  dirs.push(root);
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Koers Kantoor</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  return root;
}

describe('the office view plugin', () => {
  it('serves the page with its strict policy and leaves every other path to the service', async () => {
    const app = Fastify();
    await app.register(officeView, { root: builtPage() });
    app.get('/api/staff/session', async () => ({ from: 'service' }));

    const page = await app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Koers Kantoor');
    expect(page.headers['content-security-policy']).toBe(OFFICE_VIEW_CSP);
    expect(OFFICE_VIEW_CSP).toContain("script-src 'self'");
    expect(OFFICE_VIEW_CSP).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-cache');

    const script = await app.inject('/assets/index-abc123.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');

    expect((await app.inject('/api/staff/session')).json()).toEqual({ from: 'service' });
    // No wildcard: an unknown path is the service's 404, not the page.
    expect((await app.inject('/api/staff/nothing')).statusCode).toBe(404);
    expect((await app.inject('/../package.json')).statusCode).toBe(404);
    await app.close();
  });

  it('says how to build the page when it was not built', async () => {
    const app = Fastify();
    await app.register(officeView, { root: join(tmpdir(), 'no-such-office-web') });
    const res = await app.inject('/');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:office-web');
    await app.close();
  });
});

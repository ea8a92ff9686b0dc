import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import {
  createAppRequestHandler,
  registerAppScheme,
  resolveAppRequest,
  serveAppScheme,
} from '../../../electron/protocol';
import { fakeApp, fakeProtocol, protocol, resetFakeElectron } from '../../fixtures/fake-electron';

// tmp/
//   secret.txt                 <- must never be served
//   renderer-evil/x.js         <- sibling whose name starts like the root
//   renderer/index.html, assets/app.js, assets/kdf.wasm
function makeRoot(): string {
  const base = mkdtempSync(path.join(tmpdir(), 'koers-proto-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Koers</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'kdf.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'SECRET');
  return root;
}

beforeEach(() => resetFakeElectron());

describe('koers:// scheme registration', () => {
  it('is registered as standard and secure before ready, without bypassing CSP', () => {
    registerAppScheme(protocol);
    expect(fakeProtocol.registeredBeforeReady).toBe(true);
    expect(fakeProtocol.privilegedSchemes).toHaveLength(1);
    const [scheme] = fakeProtocol.privilegedSchemes;
    expect(scheme?.scheme).toBe('koers');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme?.privileges?.bypassCSP).not.toBe(true);
    expect(scheme?.privileges?.corsEnabled).not.toBe(true);
    expect(scheme?.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('records registration after ready as such (the fake notices order)', () => {
    fakeApp.markReady();
    registerAppScheme(protocol);
    expect(fakeProtocol.registeredBeforeReady).toBe(false);
  });
});

describe('koers://app handler', () => {
  it('serves index.html with the CSP and hardening headers', async () => {
    const root = makeRoot();
    serveAppScheme(protocol, root);
    for (const url of ['koers://app/', 'koers://app/index.html']) {
      const res = await fakeProtocol.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>Koers</title>');
    }
  });

  it('serves assets with their content type, wasm included', async () => {
    const handler = createAppRequestHandler(makeRoot());
    const js = await handler(new Request('koers://app/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const wasm = await handler(new Request('koers://app/assets/kdf.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers 404 for a missing asset and the app shell for a client-side route', async () => {
    const handler = createAppRequestHandler(makeRoot());
    expect((await handler(new Request('koers://app/assets/missing.js'))).status).toBe(404);
    const route = await handler(new Request('koers://app/dossiers/abc'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Koers</title>');
  });

  it('refuses other hosts', async () => {
    const root = makeRoot();
    const handler = createAppRequestHandler(root);
    // Request() itself rejects userinfo, so that case is checked on the resolver.
    expect(resolveAppRequest('koers://user@app/index.html', root)).toEqual({
      kind: 'refused',
      status: 403,
    });
    for (const url of [
      'koers://evil/index.html',
      'koers://app.evil/index.html',
      'koers://app:8080/index.html',
    ]) {
      const res = await handler(new Request(url));
      expect(res.status, url).toBe(403);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handler = createAppRequestHandler(makeRoot());
    const res = await handler(new Request('koers://app/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });

  const hostile = [
    'koers://app/../secret.txt',
    'koers://app/assets/../../secret.txt',
    'koers://app/%2e%2e/secret.txt',
    'koers://app/%2E%2E/%2e%2e/secret.txt',
    'koers://app/..%2fsecret.txt',
    'koers://app/assets/..%2f..%2fsecret.txt',
    'koers://app/..%5csecret.txt',
    'koers://app/%252e%252e/secret.txt',
    'koers://app/..%2frenderer-evil/x.js',
    'koers://app/assets%2f..%2f..%2fsecret.txt',
    'koers://app/index.html%00.js',
    'koers://app/%2fetc%2fpasswd',
  ];

  it.each(hostile)('refuses traversal in the raw URL: %s', (url) => {
    expect(resolveAppRequest(url, makeRoot()).kind).toBe('refused');
  });

  it('never returns a file outside the folder, whatever Chromium passes on', async () => {
    const handler = createAppRequestHandler(makeRoot());
    for (const url of hostile) {
      // Request() normalises plain `..` away; whatever is left must still not leak.
      const res = await handler(new Request(url));
      expect(await res.text(), url).not.toContain('SECRET');
    }
  });

  it('keeps the root folder itself and paths that only look alike apart', () => {
    const root = makeRoot();
    const target = resolveAppRequest('koers://app/assets/app.js', root);
    expect(target).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'app.js'),
      spaFallback: false,
    });
  });
});

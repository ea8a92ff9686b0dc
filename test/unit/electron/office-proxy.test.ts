// Office requests through main (electron/office-proxy.ts), against the fake electron: no
// Electron binary runs here, so net.fetch is test/fixtures/fake-electron.ts's FakeNet.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKoersBridge } from '../../../electron/bridge';
import { registerIpcHandlers } from '../../../electron/ipc';
import { createInvokeHandlers } from '../../../electron/ipc-handlers';
import { createBackupFolders } from '../../../electron/backup-folder';
import { createFileDialogs } from '../../../electron/file-dialogs';
import { createQuickUnlock } from '../../../electron/quick-unlock';
import { createOfficeProxy, type OfficeProxy } from '../../../electron/office-proxy';
import { electronPlatform } from '../../../renderer/platform/electron';
import { ClientRepository } from '../../../renderer/vault/clients';
import { defaultCodec } from '../../../renderer/vault/codec';
import { OfficeLinkRepository } from '../../../renderer/vault/office-links';
import { SyncEngine } from '../../../renderer/vault/sync-engine';
import { SyncStore } from '../../../renderer/vault/sync-store';
import { emptyClientInput } from '../../../shared/domain/client';
import { FakeOffice } from '../../fixtures/fake-office';
import { fastKdf, freshDb, makeVault, PASS } from '../../fixtures/test-vault';
import type { OfficeProxyRequest } from '../../../shared/ipc/contract';
import {
  BrowserWindow,
  FakeWebFrameMain,
  dialog,
  fakeIpcMain,
  fakeIpcRenderer,
  fakeNet,
  ipcMain,
  ipcRenderer,
  makeInvokeEvent,
  net,
  resetFakeElectron,
  safeStorage,
  systemPreferences,
} from '../../fixtures/fake-electron';

const OFFICE = 'https://kantoor.example';
const EVIL = 'https://elders.example';
const dirs: string[] = [];
const userData = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koers-userdata-'));
  dirs.push(dir);
  return dir;
};

const proxyIn = (dir: string, extra: { timeoutMs?: number; maxResponseBytes?: number } = {}) =>
  createOfficeProxy({
    fetch: (url, init) => net.fetch(url, init),
    configFile: path.join(dir, 'office-origin.json'),
    ...extra,
  });

const push = (over: Partial<OfficeProxyRequest> = {}): OfficeProxyRequest => ({
  origin: OFFICE,
  method: 'POST',
  path: '/api/sync/push',
  headers: { 'content-type': 'application/json', 'x-koers-device': 'dev-1' },
  body: '{"changes":[]}',
  ...over,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

beforeEach(() => resetFakeElectron());
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function pinnedProxy(): OfficeProxy {
  const proxy = proxyIn(userData());
  proxy.pin(OFFICE);
  return proxy;
}

describe('office requests through main', () => {
  it('reaches the pinned office and hands back its answer', async () => {
    const proxy = pinnedProxy();
    fakeNet.answers.set(`${OFFICE}/api/sync/push`, () => json({ accepted: 0, conflicts: [] }));
    const res = await proxy.request(push());
    expect(res).toEqual({ status: 200, body: '{"accepted":0,"conflicts":[]}' });
    expect(fakeNet.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', `${OFFICE}/api/sync/push`, '{"changes":[]}'],
    ]);
    // No cookies of the default session, no cache, no following of redirects.
    expect(fakeNet.requests[0]?.init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  });

  it('refuses a request meant for another origin and reaches nothing', async () => {
    const proxy = pinnedProxy();
    fakeNet.answers.set(`${EVIL}/api/sync/push`, () => json({}));
    fakeNet.answers.set(`${OFFICE}/api/sync/push`, () => json({}));
    await expect(proxy.request(push({ origin: EVIL }))).rejects.toThrow('not the pinned office');
    expect(fakeNet.requests).toEqual([]);
  });

  it('refuses everything while no office is pinned', async () => {
    const proxy = proxyIn(userData());
    fakeNet.answers.set(`${OFFICE}/api/sync/push`, () => json({}));
    await expect(proxy.request(push())).rejects.toThrow('no office pinned');
    expect(fakeNet.requests).toEqual([]);
  });

  it.each([
    '/api/staff/session',
    '/api/openapi.json',
    '/api/devices/enrol/../../staff',
    '/api/sync/../staff',
    '/api/sync/%2e%2e/staff',
    '/api/sync/push/../../devices',
    '//elders.example/api/sync/push',
    '/\\elders.example/api/sync/push',
    '/api/sync/push#fragment',
    '/api/sync/pull?since=0&x=<script>',
    'api/sync/push',
    '/',
  ])('refuses the path %s without sending it', async (p) => {
    const proxy = pinnedProxy();
    await expect(proxy.request(push({ path: p }))).rejects.toThrow('not an office route');
    expect(fakeNet.requests).toEqual([]);
  });

  it('lets the enrolment and the sync routes through, query included', async () => {
    const proxy = pinnedProxy();
    fakeNet.route = () => Promise.resolve(json({ ok: true }));
    await proxy.request(push({ path: '/api/devices/enrol' }));
    await proxy.request(
      push({ method: 'GET', path: '/api/sync/pull?since=12&limit=500', body: '' }),
    );
    expect(fakeNet.requests.map((r) => r.url)).toEqual([
      `${OFFICE}/api/devices/enrol`,
      `${OFFICE}/api/sync/pull?since=12&limit=500`,
    ]);
    expect(fakeNet.requests[1]?.init.body).toBeUndefined();
  });

  it('sends only the signed x-koers headers and the content type', async () => {
    const proxy = pinnedProxy();
    fakeNet.route = () => Promise.resolve(json({}));
    await proxy.request(
      push({
        headers: {
          'Content-Type': 'application/json',
          'X-Koers-Device': 'dev-1',
          'x-koers-timestamp': '1796050800000',
          'x-koers-nonce': 'n1',
          'x-koers-body-sha256': 'ab'.repeat(32),
          'x-koers-signature': 'c2ln',
          'x-koers-something-else': 'x',
          cookie: 'session=staff',
          authorization: 'Bearer x',
          origin: EVIL,
          host: 'elders.example',
          'x-forwarded-for': '10.0.0.1',
        },
      }),
    );
    expect(fakeNet.requests[0]?.headers).toEqual({
      'content-type': 'application/json',
      'x-koers-device': 'dev-1',
      'x-koers-timestamp': '1796050800000',
      'x-koers-nonce': 'n1',
      'x-koers-body-sha256': 'ab'.repeat(32),
      'x-koers-signature': 'c2ln',
    });
  });

  it('refuses a redirect to another origin: nothing reaches it', async () => {
    const proxy = pinnedProxy();
    fakeNet.answers.set(
      `${OFFICE}/api/sync/push`,
      () => new Response(null, { status: 307, headers: { location: `${EVIL}/collect` } }),
    );
    fakeNet.answers.set(`${EVIL}/collect`, () => json({ accepted: 0, conflicts: [] }));
    await expect(proxy.request(push())).rejects.toThrow();
    expect(fakeNet.requests.map((r) => r.url)).toEqual([`${OFFICE}/api/sync/push`]);
  });

  it('drops an answer that came from another origin, should the network stack follow anyway', async () => {
    const proxy = createOfficeProxy({
      // A stack that ignores redirect: 'error' (what the origin check on the answer is for).
      fetch: (url, init) => net.fetch(url, { ...init, redirect: 'follow' }),
      configFile: path.join(userData(), 'office-origin.json'),
    });
    proxy.pin(OFFICE);
    fakeNet.answers.set(
      `${OFFICE}/api/sync/pull?since=0&limit=500`,
      () => new Response(null, { status: 302, headers: { location: `${EVIL}/x` } }),
    );
    fakeNet.answers.set(`${EVIL}/x`, () => json({ changes: [], next: 0, more: false }));
    await expect(
      proxy.request(push({ method: 'GET', path: '/api/sync/pull?since=0&limit=500', body: '' })),
    ).rejects.toThrow('answer from another origin');
  });

  it('caps the answer: a larger one is refused, declared or streamed', async () => {
    const proxy = proxyIn(userData(), { maxResponseBytes: 1024 });
    proxy.pin(OFFICE);
    fakeNet.answers.set(`${OFFICE}/api/sync/push`, () => new Response('x'.repeat(1025)));
    await expect(proxy.request(push())).rejects.toThrow('answer too large');
    fakeNet.answers.set(
      `${OFFICE}/api/sync/push`,
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              for (let i = 0; i < 3; i += 1) c.enqueue(new Uint8Array(512));
              c.close();
            },
          }),
        ),
    );
    await expect(proxy.request(push())).rejects.toThrow('answer too large');
    fakeNet.answers.set(`${OFFICE}/api/sync/push`, () => new Response('x'.repeat(1024)));
    expect((await proxy.request(push())).body).toHaveLength(1024);
  });

  it('gives up on an office that does not answer', async () => {
    vi.useFakeTimers();
    const proxy = proxyIn(userData(), { timeoutMs: 30_000 });
    proxy.pin(OFFICE);
    fakeNet.hang = true;
    const pending = proxy.request(push());
    const outcome = expect(pending).rejects.toThrow('aborted');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fakeNet.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });
});

describe('the pinned origin', () => {
  it('takes https, or http on this machine only', () => {
    expect(() => proxyIn(userData()).pin('http://kantoor.example')).toThrow(
      'not an office address',
    );
    expect(() => proxyIn(userData()).pin('https://kantoor.example/pad')).toThrow();
    expect(proxyIn(userData()).pin('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(proxyIn(userData()).pin('HTTPS://Kantoor.Example:443')).toBe(OFFICE);
  });

  it('is set once: another office is refused until this one is left', () => {
    const proxy = pinnedProxy();
    expect(proxy.pin(OFFICE)).toBe(OFFICE);
    expect(() => proxy.pin(EVIL)).toThrow('another office is pinned');
    expect(proxy.pinned()).toBe(OFFICE);
    proxy.unpin();
    expect(proxy.pin(EVIL)).toBe(EVIL);
  });

  it('survives a restart (userData) and is gone after leaving the office', async () => {
    const dir = userData();
    proxyIn(dir).pin(OFFICE);
    const afterRestart = proxyIn(dir);
    expect(afterRestart.pinned()).toBe(OFFICE);
    fakeNet.route = () => Promise.resolve(json({}));
    await afterRestart.request(push());
    expect(fakeNet.requests).toHaveLength(1);

    afterRestart.unpin();
    expect(existsSync(path.join(dir, 'office-origin.json'))).toBe(false);
    const afterLeaving = proxyIn(dir);
    expect(afterLeaving.pinned()).toBeNull();
    await expect(afterLeaving.request(push())).rejects.toThrow('no office pinned');
    expect(fakeNet.requests).toHaveLength(1);
  });

  it('ignores a pin file that names more than an office origin', async () => {
    const dir = userData();
    const file = path.join(dir, 'office-origin.json');
    for (const origin of ['http://elders.example', `${EVIL}/pad`, 42]) {
      writeFileSync(file, JSON.stringify({ origin }));
      expect(proxyIn(dir).pinned()).toBeNull();
    }
    await expect(proxyIn(dir).request(push({ origin: 'http://elders.example' }))).rejects.toThrow();
    expect(fakeNet.requests).toEqual([]);
  });
});

describe('from the renderer, through the bridge and IPC', () => {
  function wire(dir: string) {
    const office = proxyIn(dir);
    registerIpcHandlers(
      ipcMain,
      createInvokeHandlers({
        app: { getVersion: () => '0.1.0' },
        platform: 'linux',
        windowFor: () => new BrowserWindow({}),
        fileDialogs: createFileDialogs({ dialog, defaultDirectory: () => dir }),
        quickUnlock: createQuickUnlock({
          safeStorage,
          platform: 'linux',
          file: path.join(dir, 'quick-unlock.bin'),
          systemPreferences,
        }),
        backups: createBackupFolders({ dialog, configFile: path.join(dir, 'backup-folder.json') }),
        office,
      }),
    );
    const frame = new FakeWebFrameMain('koers://app/index.html');
    fakeIpcRenderer.invokeHandler = (channel, ...args) =>
      fakeIpcMain.invoke(channel, makeInvokeEvent(frame), ...args);
    const platform = electronPlatform(createKoersBridge(ipcRenderer));
    if (!platform.office) throw new Error('Electron offers no office port');
    return { port: platform.office, office };
  }

  it('pins at enrolment, reaches only that office, and unpins on leaving', async () => {
    const { port, office } = wire(userData());
    expect(port.allowedOrigins()).toEqual([]);
    fakeNet.route = (r) => Promise.resolve(json({ seen: r.url }));
    await expect(
      port.transport({
        method: 'GET',
        url: `${OFFICE}/api/sync/pull?since=0`,
        headers: {},
        body: '',
      }),
    ).rejects.toThrow();

    await port.pin?.(`${OFFICE}/`);
    expect(port.allowedOrigins()).toEqual([OFFICE]);
    expect(office.pinned()).toBe(OFFICE);
    const res = await port.transport({
      method: 'GET',
      url: `${OFFICE}/api/sync/pull?since=0&limit=500`,
      headers: { 'x-koers-device': 'dev-1', cookie: 'x=1' },
      body: '',
    });
    expect(JSON.parse(res.body)).toEqual({ seen: `${OFFICE}/api/sync/pull?since=0&limit=500` });
    expect(fakeNet.requests[0]?.headers).toEqual({ 'x-koers-device': 'dev-1' });

    await expect(
      port.transport({ method: 'POST', url: `${EVIL}/api/sync/push`, headers: {}, body: '{}' }),
    ).rejects.toThrow();
    await expect(port.pin?.(EVIL)).rejects.toThrow();
    expect(fakeNet.requests).toHaveLength(1);

    await port.unpin?.();
    expect(port.allowedOrigins()).toEqual([]);
    expect(office.pinned()).toBeNull();
  });

  it('carries the unchanged sync engine: enrol, push and pull reach the office through main', async () => {
    const { port } = wire(userData());
    const office = new FakeOffice();
    fakeNet.route = async (r) => {
      const res = await office.transport({
        method: r.method === 'POST' ? 'POST' : 'GET',
        url: r.url,
        headers: r.headers,
        body: r.body,
      });
      return new Response(res.body, { status: res.status });
    };
    const vault = makeVault(freshDb());
    await vault.create(PASS, fastKdf());
    const engine = new SyncEngine({
      vault,
      store: new SyncStore(vault, defaultCodec),
      links: new OfficeLinkRepository(vault),
      transport: port.transport,
    });
    office.issueCode('ABC123');
    await port.pin?.(office.origin);
    await engine.enrol(office.origin, 'ABC123', 'Koers');
    await new ClientRepository(vault).create({
      ...emptyClientInput(),
      voornaam: 'Elif',
      achternaam: 'Yılmaz',
      clientnummer: 'K-2026-017',
      bsn: '111222333',
    });
    const status = await engine.sync(true);
    expect(status.lastError).toBeNull();
    expect(office.allRows().length).toBeGreaterThan(0);
    // Every request went to the pinned office, signed, and the office refused none.
    expect(new Set(fakeNet.requests.map((r) => new URL(r.url).origin))).toEqual(
      new Set([office.origin]),
    );
    expect(office.refusals).toEqual([]);
    expect(fakeNet.requests.map((r) => r.body).join('')).not.toContain('111222333');
  });
});

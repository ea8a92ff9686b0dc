// The renderer is served from koers://app/ instead of file://: a real origin gives the page
// a same-origin policy, its own storage partition and a place to send the CSP as a header.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

/** Must run before app 'ready': Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin with relative URL resolution; secure: counts as a secure
      // context (WebCrypto, workers); supportFetchAPI: fetch() of the app's own assets.
      // Deliberately no bypassCSP, corsEnabled, allowServiceWorkers or stream.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestTarget =
  { kind: 'file'; filePath: string; spaFallback: boolean } | { kind: 'refused'; status: 400 | 403 };

/**
 * Maps a koers:// URL to a file inside `rootDir`, or refuses it. Works on the raw string
 * because the URL parser would quietly resolve `..` and we want to refuse, not reinterpret.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): AppRequestTarget {
  let url: URL;
  let decodedRaw: string;
  try {
    url = new URL(rawUrl);
    decodedRaw = decodeURIComponent(rawUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return { kind: 'refused', status: 403 };
  }
  // Refuses `..` in any spelling (%2e%2e, ..%2f, ..%5c) and double encoding: built asset
  // names never contain a '%' once decoded, a backslash or a NUL.
  const segments = decodedRaw.split(/[/\\]/);
  if (
    segments.includes('..') ||
    decodedRaw.includes('%') ||
    decodedRaw.includes('\\') ||
    decodedRaw.includes('\0')
  ) {
    return { kind: 'refused', status: 400 };
  }

  const pathname = decodeURIComponent(url.pathname);
  const relative = pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  // Second line of defence: whatever slipped through, nothing outside the folder is served.
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { kind: 'refused', status: 403 };
  }
  // Extension-less paths are client-side routes: they get the app shell on reload.
  return { kind: 'file', filePath, spaFallback: path.extname(filePath) === '' };
}

function respond(status: number, body: Uint8Array | null, contentType?: string): Response {
  const headers = new Headers(SECURITY_HEADERS);
  if (contentType !== undefined) headers.set('Content-Type', contentType);
  // Copied into a plain ArrayBuffer-backed view: Response's types reject a pooled Buffer.
  return new Response(body === null ? null : new Uint8Array(body), { status, headers });
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** The protocol.handle handler serving the built renderer from `rootDir`. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const target = resolveAppRequest(request.url, rootDir);
    if (target.kind === 'refused') return respond(target.status, null);

    let filePath = target.filePath;
    if (!(await isFile(filePath))) {
      if (!target.spaFallback) return respond(404, null);
      filePath = path.join(path.resolve(rootDir), 'index.html');
    }
    const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    if (request.method === 'HEAD') return respond(200, null, type);
    try {
      return respond(200, await readFile(filePath), type);
    } catch {
      return respond(404, null);
    }
  };
}

export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}

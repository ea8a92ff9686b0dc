// Office sync requests from the renderer, sent by main with Chromium's network stack
// (net.fetch: the system's proxy and certificate store). The renderer keeps connect-src 'self';
// this is its only way out, and it leads to one place: the office origin pinned at enrolment,
// stored in userData and cleared when the coach leaves the office. A script that got into the
// page can reach the enrolled office and nothing else: no other origin, no other route, no
// redirect elsewhere, no headers but the signed ones, no unbounded answer.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  OFFICE_BODY_MAX,
  type OfficeProxyRequest,
  type OfficeProxyResponse,
} from '../shared/ipc/contract';
import { SIGNED_HEADERS } from '../shared/sync/protocol';
import { checkOfficeUrl } from '../shared/sync/office-url';

/** Electron's net.fetch, or a stand-in in the tests. */
export type OfficeFetch = (
  url: string,
  init: RequestInit & { bypassCustomProtocolHandlers?: boolean },
) => Promise<Response>;

export interface OfficeProxyDeps {
  fetch: OfficeFetch;
  /** userData/office-origin.json: the pinned origin. */
  configFile: string;
  /** A request that has not answered by then is aborted (30 s by default). */
  timeoutMs?: number;
  /** The largest answer read (OFFICE_BODY_MAX by default). */
  maxResponseBytes?: number;
}

/** Why main refused; the renderer's sync engine reports any refusal as "office unreachable". */
export class OfficeProxyError extends Error {
  constructor(why: string) {
    super(`Office request refused: ${why}`);
    this.name = 'OfficeProxyError';
  }
}

const ALLOWED_HEADERS = new Set<string>([...Object.values(SIGNED_HEADERS), 'content-type']);
const HEADER_VALUE = /^[\x20-\x7e]*$/;
const ENROL_PATH = '/api/devices/enrol';
const SYNC_PATH = /^\/api\/sync\/[a-z][a-z-]{0,31}$/;
const QUERY = /^(\?[A-Za-z0-9_.=&-]{0,512})?$/;

/** Only the signed x-koers-* headers and the content type pass; names compared lowercased. */
export function filterOfficeHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (ALLOWED_HEADERS.has(lower) && HEADER_VALUE.test(value)) kept[lower] = value;
  }
  return kept;
}

/**
 * The URL to send to, or null when the path is not one of the office routes. Checked on the
 * parsed URL as well as the text, so `//elsewhere`, dot segments (also %2e-encoded) and
 * backslashes cannot move the request off the pinned origin or onto another route.
 */
export function officeUrl(origin: string, rawPath: string): string | null {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//') || rawPath.includes('\\')) return null;
  const queryAt = rawPath.indexOf('?');
  const pathname = queryAt < 0 ? rawPath : rawPath.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rawPath.slice(queryAt);
  if (pathname !== ENROL_PATH && !SYNC_PATH.test(pathname)) return null;
  if (!QUERY.test(query)) return null;
  let url: URL;
  try {
    url = new URL(rawPath, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname !== pathname || url.hash !== '') return null;
  return url.href;
}

/** Reads at most `max` bytes of the answer; a longer one is cancelled and refused. */
async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new OfficeProxyError('answer too large');
  }
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new OfficeProxyError('answer too large');
    }
    pieces.push(value);
  }
  return Buffer.concat(pieces).toString('utf8');
}

export function createOfficeProxy(deps: OfficeProxyDeps) {
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const maxResponse = deps.maxResponseBytes ?? OFFICE_BODY_MAX;

  /** The pinned origin, re-checked on every read: an edited file cannot widen it. */
  function pinned(): string | null {
    try {
      const parsed = JSON.parse(readFileSync(deps.configFile, 'utf8')) as { origin?: unknown };
      if (typeof parsed.origin !== 'string') return null;
      const check = checkOfficeUrl(parsed.origin);
      return check.ok && check.origin === parsed.origin ? check.origin : null;
    } catch {
      return null;
    }
  }

  return {
    pinned,

    /**
     * Pins the office origin at enrolment: https, or http on this machine only. Pinning the
     * same origin again is harmless; another one is refused until the office is left.
     */
    pin(typed: string): string {
      const check = checkOfficeUrl(typed);
      if (!check.ok) throw new OfficeProxyError('not an office address');
      const current = pinned();
      if (current !== null && current !== check.origin)
        throw new OfficeProxyError('another office is pinned');
      if (current === null) {
        mkdirSync(path.dirname(deps.configFile), { recursive: true });
        writeFileSync(deps.configFile, JSON.stringify({ origin: check.origin }), { mode: 0o600 });
      }
      return check.origin;
    },

    unpin(): void {
      rmSync(deps.configFile, { force: true });
    },

    async request(r: OfficeProxyRequest): Promise<OfficeProxyResponse> {
      const origin = pinned();
      if (origin === null) throw new OfficeProxyError('no office pinned');
      if (r.origin !== origin) throw new OfficeProxyError('not the pinned office');
      const url = officeUrl(origin, r.path);
      if (url === null) throw new OfficeProxyError('not an office route');
      if (r.method === 'GET' && r.body !== '') throw new OfficeProxyError('a GET has no body');

      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const res = await deps.fetch(url, {
          method: r.method,
          headers: filterOfficeHeaders(r.headers),
          ...(r.method === 'POST' ? { body: r.body } : {}),
          // Any redirect aborts the request: the office API never redirects, and following
          // one could carry a signed request or its answer to another origin.
          redirect: 'error',
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          signal: controller.signal,
          bypassCustomProtocolHandlers: true,
        });
        // Belt and braces: whatever the network stack did, an answer from elsewhere is dropped.
        if (res.url !== '' && new URL(res.url).origin !== origin) {
          await res.body?.cancel().catch(() => undefined);
          throw new OfficeProxyError('answer from another origin');
        }
        if (res.status >= 300 && res.status < 400) {
          await res.body?.cancel().catch(() => undefined);
          throw new OfficeProxyError('redirect');
        }
        return { status: res.status, body: await readCapped(res, maxResponse) };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export type OfficeProxy = ReturnType<typeof createOfficeProxy>;

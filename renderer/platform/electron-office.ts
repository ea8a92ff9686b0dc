import type { KoersBridge } from '../../shared/ipc/contract';
import type { OfficePort } from './platform';

/**
 * Office requests in Electron: handed to main over the bridge, which sends them only to the
 * origin pinned at enrolment (electron/office-proxy.ts); the page's connect-src stays 'self'.
 * The transport names the origin it means, so a request for another one is refused in main
 * rather than quietly sent to the pinned office. A refusal rejects, as offline would.
 */
export function electronOffice(office: KoersBridge['office']): OfficePort {
  let pinned: string | null = null;
  return {
    async transport(r) {
      const url = new URL(r.url);
      const res = await office.request({
        origin: url.origin,
        method: r.method,
        path: `${url.pathname}${url.search}`,
        headers: r.headers,
        body: r.method === 'POST' ? r.body : '',
      });
      return { status: res.status, body: res.body };
    },
    // Known once this session pinned or used it; enrolment goes through pin() instead.
    allowedOrigins: () => (pinned === null ? [] : [pinned]),
    async pin(origin) {
      pinned = (await office.pin(origin)).origin;
    },
    async unpin() {
      pinned = (await office.unpin()).origin;
    },
  };
}

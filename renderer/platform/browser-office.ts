import { connectSources } from '../../shared/security/csp';
import type { OfficePort } from './platform';

/**
 * Office requests from a browser page: fetch with no cookies, no cache, no referrer and no
 * redirects (a redirect could leave the enrolled origin). The page's CSP decides where it may
 * connect; allowedOrigins reads it back, so enrolment can refuse an address the CSP would
 * block with a message instead of a silent violation.
 */
export const browserOffice: OfficePort = {
  async transport(r) {
    const res = await fetch(r.url, {
      method: r.method,
      headers: r.headers,
      ...(r.method === 'POST' ? { body: r.body } : {}),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
    return { status: res.status, body: await res.text() };
  },
  allowedOrigins() {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const policy = meta?.getAttribute('content');
    // Without a policy (the dev server) the page may connect anywhere; its own origin is
    // still the one offered.
    if (!policy) return [location.origin];
    return connectSources(policy, location.origin);
  },
};

// Links out of the app go to the user's browser, and only to the exact pages the app itself
// links to: a compromised or buggy renderer must not be able to open arbitrary URLs (or local
// files, custom protocol handlers, or data smuggled into a path or query on an allowed host,
// which a host allowlist would still let through).

/** The Autoriteit Persoonsgegevens home page, behind the menu item that links there. */
export const PRIVACY_AUTHORITY_URL = 'https://autoriteitpersoonsgegevens.nl/';

/**
 * Every URL Koers opens in the browser, exactly as the URL parser writes it. The renderer
 * has no external links of its own; add a page here when one is added, never a host.
 */
export const EXTERNAL_URLS: ReadonlySet<string> = new Set([PRIVACY_AUTHORITY_URL]);

/** The normalised URL to hand to the OS, or null when the URL is not allowed out. */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // The parsed href, not the raw string, so case in the host or a default port do not matter;
  // another path, a query, a fragment (even an empty `?` or `#`), userinfo, another port or
  // scheme all change the href and are refused.
  return EXTERNAL_URLS.has(url.href) ? url.href : null;
}

// Links out of the app go to the user's browser, and only to sites the app itself links to:
// a compromised or buggy renderer must not be able to open arbitrary URLs (or local files,
// custom protocol handlers, or data smuggled into a query to an attacker's host).
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  // Autoriteit Persoonsgegevens: data-breach reporting and privacy guidance.
  'autoriteitpersoonsgegevens.nl',
  'www.autoriteitpersoonsgegevens.nl',
  // Wet verbetering poortwachter and related regulations.
  'wetten.overheid.nl',
  // UWV: reintegration procedures and forms.
  'www.uwv.nl',
]);

/** The normalised URL to hand to the OS, or null when the URL is not allowed out. */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // userinfo is how `https://autoriteitpersoonsgegevens.nl@evil.example/` fools a reader.
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  if (!EXTERNAL_HOSTS.has(url.hostname)) return null;
  return url.href;
}

import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';

/**
 * True only for URLs on the app's own origin, koers://app. Compared on the parsed URL, never on
 * string prefixes, so `koers://app.evil/`, `koers://app@evil/` and `koers://app:1/` all fail.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

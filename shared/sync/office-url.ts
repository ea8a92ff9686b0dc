/**
 * The office address a coach types at enrolment. Only an origin (scheme, host, port): the
 * CSP's connect-src and the signed paths are built from it. Plain http:// is refused except
 * on this machine (localhost, 127.0.0.1, [::1]), where nothing crosses a network.
 * Messages are i18n keys; shared/ knows no language.
 */
export type OfficeUrlCheck =
  | { ok: true; origin: string }
  | { ok: false; error: 'sync.errors.urlInvalid' | 'sync.errors.urlInsecure' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkOfficeUrl(typed: string): OfficeUrlCheck {
  const text = typed.trim();
  const match = /^(https?):\/\/([^/?#@\s]+)\/?$/i.exec(text);
  if (!match) return { ok: false, error: 'sync.errors.urlInvalid' };
  const scheme = (match[1] ?? '').toLowerCase();
  const hostPort = (match[2] ?? '').toLowerCase();
  const hp = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!hp) return { ok: false, error: 'sync.errors.urlInvalid' };
  const host = hp[1] ?? '';
  const port = hp[2];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return { ok: false, error: 'sync.errors.urlInvalid' };
  if (host.startsWith('.') || host.endsWith('.') || host.includes('..'))
    return { ok: false, error: 'sync.errors.urlInvalid' };
  if (scheme === 'http' && !LOCAL_HOSTS.has(host))
    return { ok: false, error: 'sync.errors.urlInsecure' };
  const defaultPort = scheme === 'https' ? '443' : '80';
  const origin = `${scheme}://${host}${port && port !== defaultPort ? `:${port}` : ''}`;
  return { ok: true, origin };
}

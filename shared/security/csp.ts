/**
 * The one Content-Security-Policy: injected as a meta tag into the built index.html and
 * sent as a header by the Electron protocol handler. 'wasm-unsafe-eval' (Argon2id in
 * WebAssembly) is the only relaxation.
 */
/**
 * The policy, with `connect-src` allowing exactly one office origin besides the app itself
 * when the build is given one (office sync, issue 14). The origin must already be checked
 * (shared/sync/office-url.ts); anything else is refused here rather than widen the policy.
 */
export function contentSecurityPolicy(officeOrigin?: string): string {
  if (officeOrigin !== undefined && !/^https?:\/\/[a-z0-9.[\]:-]+$/.test(officeOrigin))
    throw new Error(`Not an origin for connect-src: ${officeOrigin}`);
  return CONTENT_SECURITY_POLICY.replace(
    "connect-src 'self'",
    officeOrigin ? `connect-src 'self' ${officeOrigin}` : "connect-src 'self'",
  );
}

/** The same for the <meta> tag (no frame-ancestors, see CONTENT_SECURITY_POLICY_META). */
export const contentSecurityPolicyMeta = (officeOrigin?: string): string =>
  contentSecurityPolicy(officeOrigin)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');

/** The origins a policy lets the page connect to ('self' as the page's own origin). */
export function connectSources(policy: string, self: string): string[] {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === 'connect-src');
  return (directive ?? []).slice(1).map((s) => (s === "'self'" ? self : s));
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  // Koers has no frames: none may load, and none can hand out a fresh window (with its own
  // RTCPeerConnection, see renderer/security/no-webrtc.ts).
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // No other page may frame Koers (clickjacking the unlock screen). Header only: see below.
  "frame-ancestors 'none'",
].join('; ');

/**
 * For the <meta> tag of the built page (npm run web, the tests): frame-ancestors only
 * works as a header, and Chromium warns when it meets it in a meta tag.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

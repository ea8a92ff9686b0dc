/**
 * The one Content-Security-Policy: injected as a meta tag into the built index.html and
 * sent as a header by the Electron protocol handler. 'wasm-unsafe-eval' (Argon2id in
 * WebAssembly) is the only relaxation.
 */
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

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
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

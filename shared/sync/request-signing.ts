import { utf8 } from '../crypto/bytes';
import { randomBytes } from '../crypto/envelope';
import { sha256Hex } from '../crypto/hash';
import { fromBase64, signDetached, toBase64, verifyDetached } from '../crypto/sign';
import { canonicalRequest, MAX_CLOCK_SKEW_MS, SIGNED_HEADERS } from './protocol';

export interface RequestToSign {
  method: string;
  /** Path and query string exactly as sent. */
  path: string;
  /** The raw body ('' for GET). */
  body: string;
}

/**
 * The signed headers of one device request (protocol.ts): device id, timestamp, a fresh
 * nonce, the body's SHA-256 and the Ed25519 signature over canonicalRequest. A retry signs
 * again (new nonce and time); the body, and so its changes' HLC stamps, stay the same, which
 * is what makes a retried push idempotent at the office.
 */
export async function signRequest(
  r: RequestToSign,
  identity: { deviceId: string; signSecretKey: Uint8Array },
  now: number,
): Promise<Record<string, string>> {
  const bodySha256 = await sha256Hex(utf8(r.body));
  const timestamp = String(now);
  const nonce = toBase64(randomBytes(16));
  const message = canonicalRequest({
    method: r.method,
    path: r.path,
    timestamp,
    nonce,
    bodySha256,
    deviceId: identity.deviceId,
  });
  const signature = toBase64(signDetached(utf8(message), identity.signSecretKey));
  return {
    [SIGNED_HEADERS.device]: identity.deviceId,
    [SIGNED_HEADERS.timestamp]: timestamp,
    [SIGNED_HEADERS.nonce]: nonce,
    [SIGNED_HEADERS.bodySha256]: bodySha256,
    [SIGNED_HEADERS.signature]: signature,
  };
}

export type VerifyFailure = 'missing' | 'body' | 'skew' | 'signature';

/**
 * The office's checks, in the same order, for tests and fakes (the service verifies with
 * Node's native Ed25519; nonce replay and device status are its database's business).
 */
export async function verifySignedRequest(
  r: RequestToSign,
  headers: Record<string, string | undefined>,
  signPublicKey: Uint8Array,
  now: number,
): Promise<{ ok: true; nonce: string; deviceId: string } | { ok: false; why: VerifyFailure }> {
  const h = (k: keyof typeof SIGNED_HEADERS) => headers[SIGNED_HEADERS[k]];
  const deviceId = h('device');
  const timestamp = h('timestamp');
  const nonce = h('nonce');
  const bodySha256 = h('bodySha256');
  const signature = h('signature');
  if (!deviceId || !timestamp || !nonce || !bodySha256 || !signature)
    return { ok: false, why: 'missing' };
  if ((await sha256Hex(utf8(r.body))) !== bodySha256) return { ok: false, why: 'body' };
  if (!/^\d+$/.test(timestamp) || Math.abs(Number(timestamp) - now) > MAX_CLOCK_SKEW_MS)
    return { ok: false, why: 'skew' };
  const message = canonicalRequest({ ...r, timestamp, nonce, bodySha256, deviceId });
  let sig: Uint8Array;
  try {
    sig = fromBase64(signature);
  } catch {
    return { ok: false, why: 'signature' };
  }
  if (sig.length !== 64 || !verifyDetached(utf8(message), sig, signPublicKey))
    return { ok: false, why: 'signature' };
  return { ok: true, nonce, deviceId };
}

import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  MAX_CLOCK_SKEW_MS,
  SIGNED_HEADERS,
  canonicalRequest,
} from '../../../shared/sync/protocol.ts';
import { Refusal } from '../http/refusal.ts';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Refusal(400, 'bad-key', 'An Ed25519 public key has 32 bytes');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export interface SignedHeaders {
  deviceId: string;
  timestamp: string;
  nonce: string;
  bodySha256: string;
  signature: Buffer;
}

const one = (v: string | string[] | undefined): string | undefined =>
  Array.isArray(v) ? undefined : v;

/** The signed headers, well-formed, or a refusal. Nothing is looked up yet. */
export function readSignedHeaders(
  headers: Record<string, string | string[] | undefined>,
): SignedHeaders {
  const deviceId = one(headers[SIGNED_HEADERS.device]);
  const timestamp = one(headers[SIGNED_HEADERS.timestamp]);
  const nonce = one(headers[SIGNED_HEADERS.nonce]);
  const bodySha256 = one(headers[SIGNED_HEADERS.bodySha256]);
  const signature = one(headers[SIGNED_HEADERS.signature]);
  if (!deviceId || !timestamp || !nonce || !bodySha256 || !signature)
    throw new Refusal(401, 'unsigned', 'This request must be signed by an enrolled device');
  const sig = Buffer.from(signature, 'base64');
  if (
    !/^[A-Za-z0-9_-]{1,64}$/.test(deviceId) ||
    !/^\d{1,16}$/.test(timestamp) ||
    !/^[A-Za-z0-9_+/=-]{16,128}$/.test(nonce) ||
    !/^[0-9a-f]{64}$/.test(bodySha256) ||
    sig.length !== 64
  )
    throw new Refusal(401, 'malformed-signature', 'The signature headers are malformed');
  return { deviceId, timestamp, nonce, bodySha256, signature: sig };
}

/**
 * The checks that need no database: the clock, the body's hash, and the Ed25519 signature
 * over the canonical request (protocol.ts) with the device's key, verified by Node's native
 * crypto. `url` is the path with the query string exactly as sent.
 */
export function checkSignature(
  h: SignedHeaders,
  req: { method: string; url: string; rawBody: string },
  signPublicKey: KeyObject,
  now: number,
): void {
  if (Math.abs(now - Number(h.timestamp)) > MAX_CLOCK_SKEW_MS)
    throw new Refusal(401, 'clock-skew', 'The request time is more than 5 minutes off');
  if (sha256Hex(req.rawBody) !== h.bodySha256)
    throw new Refusal(400, 'body-hash', 'The body does not match its signed hash');
  const signed = canonicalRequest({
    method: req.method,
    path: req.url,
    timestamp: h.timestamp,
    nonce: h.nonce,
    bodySha256: h.bodySha256,
    deviceId: h.deviceId,
  });
  if (!verify(null, Buffer.from(signed, 'utf8'), signPublicKey, h.signature))
    throw new Refusal(401, 'bad-signature', 'The signature does not verify');
}

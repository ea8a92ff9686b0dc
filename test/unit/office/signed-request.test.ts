import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import {
  checkSignature,
  ed25519PublicKey,
  readSignedHeaders,
} from '../../../office/src/devices/signed-request.ts';
import { canonicalRequest, SIGNED_HEADERS } from '../../../shared/sync/protocol.ts';

/**
 * A test vector for the device request signature, fixed in bytes, so the device side
 * (tweetnacl) and the service (Node's native Ed25519) can each check themselves against it.
 */
const VECTOR = {
  seed: new Uint8Array(32).fill(7),
  publicKey: '6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=',
  request: {
    method: 'post',
    path: '/api/sync/push',
    deviceId: 'd_example',
    timestamp: '1773133200000',
    nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
    // SHA-256 of the empty body
    bodySha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
  canonical:
    'KOERS-SIG-1\nPOST\n/api/sync/push\nd_example\n1773133200000\nAAAAAAAAAAAAAAAAAAAAAA\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  signature:
    'uO02yE0CZquCY0EFUoAxnfgYqLTSkw1CtQGzYIubNYBxl2KQB+ZgO1f6cU+ICJLGUS17tmKLbxRQ4TX0h8rWCQ==',
};

const headers = (signature = VECTOR.signature) => ({
  [SIGNED_HEADERS.device]: VECTOR.request.deviceId,
  [SIGNED_HEADERS.timestamp]: VECTOR.request.timestamp,
  [SIGNED_HEADERS.nonce]: VECTOR.request.nonce,
  [SIGNED_HEADERS.bodySha256]: VECTOR.request.bodySha256,
  [SIGNED_HEADERS.signature]: signature,
});
const req = { method: 'POST', url: '/api/sync/push', rawBody: '' };
const at = Number(VECTOR.request.timestamp);

describe('device request signature (known answer)', () => {
  it('signs the canonical bytes to the fixed signature with tweetnacl', () => {
    const kp = nacl.sign.keyPair.fromSeed(VECTOR.seed);
    expect(Buffer.from(kp.publicKey).toString('base64')).toBe(VECTOR.publicKey);
    expect(canonicalRequest(VECTOR.request)).toBe(VECTOR.canonical);
    const sig = nacl.sign.detached(Buffer.from(VECTOR.canonical, 'utf8'), kp.secretKey);
    expect(Buffer.from(sig).toString('base64')).toBe(VECTOR.signature);
  });

  it("is accepted by the service's native Ed25519 check, and one flipped bit is not", () => {
    const key = ed25519PublicKey(Buffer.from(VECTOR.publicKey, 'base64'));
    expect(() => checkSignature(readSignedHeaders(headers()), req, key, at)).not.toThrow();
    const bad = Buffer.from(VECTOR.signature, 'base64');
    bad[10] = (bad[10] as number) ^ 1;
    expect(() =>
      checkSignature(readSignedHeaders(headers(bad.toString('base64'))), req, key, at),
    ).toThrow(/does not verify/);
    expect(() =>
      checkSignature(readSignedHeaders(headers()), { ...req, url: '/api/sync/pull' }, key, at),
    ).toThrow(/does not verify/);
    expect(() =>
      checkSignature(readSignedHeaders(headers()), req, key, at + 5 * 60_000 + 1),
    ).toThrow(/5 minutes/);
  });
});

import { describe, expect, it } from 'vitest';
import { newSigningKeyPair } from '../../../../shared/crypto/sign';
import { canonicalRequest } from '../../../../shared/sync/protocol';
import { signRequest, verifySignedRequest } from '../../../../shared/sync/request-signing';
import { checkOfficeUrl } from '../../../../shared/sync/office-url';

const NOW = Date.UTC(2026, 10, 30, 13, 2);
const req = { method: 'POST', path: '/api/sync/push', body: '{"changes":[]}' };

describe('signed device requests', () => {
  it('signs exactly these bytes (known answer for the canonical request)', () => {
    expect(
      canonicalRequest({
        method: 'post',
        path: '/api/sync/pull?since=4&limit=500',
        deviceId: 'dev1',
        timestamp: '1796043720000',
        nonce: 'bm9uY2U=',
        bodySha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      }),
    ).toBe(
      'KOERS-SIG-1\nPOST\n/api/sync/pull?since=4&limit=500\ndev1\n1796043720000\nbm9uY2U=\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('verifies, and refuses a changed body, path or method, another key, an old timestamp and a missing header', async () => {
    const keys = newSigningKeyPair();
    const id = { deviceId: 'dev1', signSecretKey: keys.secretKey };
    const headers = await signRequest(req, id, NOW);
    expect(await verifySignedRequest(req, headers, keys.publicKey, NOW)).toMatchObject({
      ok: true,
    });
    const why = async (r: typeof req, h = headers, pk = keys.publicKey, now = NOW) => {
      const v = await verifySignedRequest(r, h, pk, now);
      return v.ok ? 'ok' : v.why;
    };
    expect(await why({ ...req, body: '{"changes":[{}]}' })).toBe('body');
    expect(await why({ ...req, path: '/api/sync/pull' })).toBe('signature');
    expect(await why({ ...req, method: 'PUT' })).toBe('signature');
    expect(await why(req, headers, newSigningKeyPair().publicKey)).toBe('signature');
    expect(await why(req, { ...headers, 'x-koers-device': 'dev2' })).toBe('signature');
    expect(await why(req, headers, keys.publicKey, NOW + 5 * 60_000 + 1)).toBe('skew');
    expect(await why(req, { ...headers, 'x-koers-signature': undefined } as never)).toBe('missing');
    // A retry is signed afresh: a new nonce each time, so the office's replay check holds.
    const again = await signRequest(req, id, NOW);
    expect(again['x-koers-nonce']).not.toBe(headers['x-koers-nonce']);
  });
});

describe('the office address', () => {
  it('accepts https and local http, and refuses plain http elsewhere, paths and credentials', () => {
    expect(checkOfficeUrl(' https://Kantoor.Example.nl/ ')).toEqual({
      ok: true,
      origin: 'https://kantoor.example.nl',
    });
    expect(checkOfficeUrl('https://kantoor.example.nl:443')).toMatchObject({
      origin: 'https://kantoor.example.nl',
    });
    expect(checkOfficeUrl('http://localhost:4561')).toMatchObject({
      origin: 'http://localhost:4561',
    });
    expect(checkOfficeUrl('http://127.0.0.1:8080')).toMatchObject({ ok: true });
    expect(checkOfficeUrl('http://kantoor.example.nl')).toEqual({
      ok: false,
      error: 'sync.errors.urlInsecure',
    });
    expect(checkOfficeUrl('http://localhost.evil.nl')).toMatchObject({
      error: 'sync.errors.urlInsecure',
    });
    for (const bad of [
      'kantoor.example.nl',
      'ftp://kantoor.example.nl',
      'https://user:pw@kantoor.example.nl',
      'https://kantoor.example.nl/api',
      'https://kantoor.example.nl?x=1',
      'https://kantoor..nl',
      'https://kantoor.example.nl:99999',
      '',
    ])
      expect(checkOfficeUrl(bad), bad).toMatchObject({
        ok: false,
        error: 'sync.errors.urlInvalid',
      });
  });
});

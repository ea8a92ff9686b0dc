// The policy the koers:// handler sends as a header (shared/security/csp.ts, also injected as
// a meta tag by the renderer build). Asserted directive by directive: a relaxation has to
// change this test too.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '../../../shared/security/csp';
import { SECURITY_HEADERS } from '../../../electron/protocol';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('content security policy', () => {
  it('has exactly the agreed directives', () => {
    expect(Object.fromEntries(parse(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-src': ["'none'"],
      'child-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows inline script or eval; wasm-unsafe-eval only for scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
    const withWasm = [...parse(CONTENT_SECURITY_POLICY)].filter(([, s]) =>
      s.includes("'wasm-unsafe-eval'"),
    );
    expect(withWasm.map(([name]) => name)).toEqual(['script-src']);
  });

  it('loads nothing from the network, and no blob: code', () => {
    for (const [name, sources] of parse(CONTENT_SECURITY_POLICY)) {
      for (const source of sources) expect(source, name).not.toMatch(/^(https?|wss?):/);
      if (name !== 'img-src') expect(sources, name).not.toContain('blob:');
    }
  });

  it('no page may frame Koers: frame-ancestors none, in the header', () => {
    const header = parse(SECURITY_HEADERS['Content-Security-Policy'] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('no frame may load inside Koers, nor hand out a fresh window (RTCPeerConnection)', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(parse(policy).get('frame-src')).toEqual(["'none'"]);
      expect(parse(policy).get('child-src')).toEqual(["'none'"]);
      // Workers keep their own directive, so child-src 'none' does not stop the KDF worker.
      expect(parse(policy).get('worker-src')).toEqual(["'self'"]);
    }
  });

  it('the meta tag is the header minus frame-ancestors, which a meta tag cannot carry', () => {
    const meta = parse(CONTENT_SECURITY_POLICY_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    const header = parse(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
    // Well formed: no empty directive, nothing the parser would drop.
    expect(CONTENT_SECURITY_POLICY_META).not.toMatch(/;\s*;|^\s*;|;\s*$/);
  });
});

// The policy the koers:// handler sends as a header (shared/security/csp.ts, also injected as
// a meta tag by the renderer build). Asserted directive by directive: a relaxation has to
// change this test too.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

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
});

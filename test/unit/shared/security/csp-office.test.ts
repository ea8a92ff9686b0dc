import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  connectSources,
  contentSecurityPolicy,
  contentSecurityPolicyMeta,
} from '../../../../shared/security/csp';

describe('connect-src and the office', () => {
  it('allows exactly the one office origin besides the app, and only the app without one', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    const policy = contentSecurityPolicy('https://kantoor.example.nl');
    expect(connectSources(policy, 'koers://app')).toEqual([
      'koers://app',
      'https://kantoor.example.nl',
    ]);
    // Nothing else moved.
    expect(policy.replace(' https://kantoor.example.nl', '')).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyMeta('https://kantoor.example.nl')).not.toContain(
      'frame-ancestors',
    );
  });

  it('refuses anything that is not a bare origin rather than widen the policy', () => {
    for (const bad of [
      '*',
      'https:',
      'https://a.nl; script-src *',
      "'unsafe-eval'",
      'https://a.nl/x',
    ])
      expect(() => contentSecurityPolicy(bad), bad).toThrow();
  });
});

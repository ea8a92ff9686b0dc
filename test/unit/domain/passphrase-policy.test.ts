import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../../shared/domain/passphrase-policy';

describe('passphrase policy', () => {
  it('refuses short passphrases whatever their mix', () => {
    expect(assessPassphrase('Koers2026!')).toMatchObject({
      acceptable: false,
      problem: 'too-short',
    });
  });
  it('refuses long but guessable ones and explains in Dutch', () => {
    const r = assessPassphrase('wachtwoord123456');
    expect(r).toMatchObject({ acceptable: false, problem: 'too-guessable' });
    expect(r.hints.join(' ')).toMatch(/woord|Voeg|raden/);
  });
  it('accepts a long passphrase of unrelated words', () => {
    expect(assessPassphrase('paard batterij nietje correct')).toMatchObject({
      acceptable: true,
      score: 4,
    });
  });
});

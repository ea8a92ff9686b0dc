import { describe, expect, it } from 'vitest';
import {
  assessPassphrase,
  crackTimeInUnits,
  estimateCrackSeconds,
  hasEnoughWords,
} from '../../../../shared/domain/passphrase-policy';
import { nl } from '../../../../renderer/i18n/nl';
import { en } from '../../../../renderer/i18n/en';

/** The example between quotes in a setup tip. */
const tipExample = (tip: string): string => {
  const m = /"([^"]+)"/.exec(tip);
  if (!m?.[1]) throw new Error(`no example in tip: ${tip}`);
  return m[1];
};

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

  // Security review, issue 9: all of these were accepted (zxcvbn score 3) and fall within
  // days to a GPU rig offline.
  it.each(['Hallo1234567!', 'Marieke1985!!', 'Utrecht!Utrecht'])(
    'refuses the review’s weak passphrase %s',
    (p) => {
      expect(assessPassphrase(p)).toMatchObject({ acceptable: false, problem: 'too-guessable' });
    },
  );

  it('refuses the setup tip’s own example, in both languages and dressed up', () => {
    const examples = [tipExample(nl.setup.tip), tipExample(en.setup.tip)];
    expect(examples[0]).toBe('fiets oceaan krijt lantaarn');
    for (const e of examples) {
      expect(assessPassphrase(e)).toMatchObject({ acceptable: false, problem: 'example' });
      expect(assessPassphrase(e.replaceAll(' ', '-'))).toMatchObject({ acceptable: false });
      expect(assessPassphrase(`${e.toUpperCase()} 7!`)).toMatchObject({ acceptable: false });
    }
    expect(assessPassphrase('correct horse battery staple').acceptable).toBe(false);
  });

  // The ones the e2e tests and benches create and change vaults with, too.
  it.each([
    'pompoen veerboot gieter lakmoes',
    'zeilboot molen tulp vergiet',
    'paard kastanje blauw fietsbel',
    'paard-kastanje-blauw-fietsbel',
    'kQ7#vP2!xR9@mT4$wL6z',
  ])('accepts the strong passphrase %s', (p) => {
    expect(assessPassphrase(p)).toMatchObject({ acceptable: true });
  });

  it('counts words: four or more, of three letters or more, not one word repeated', () => {
    expect(hasEnoughWords('paard kastanje blauw fietsbel')).toBe(true);
    expect(hasEnoughWords('paard kastanje blauw')).toBe(false);
    expect(hasEnoughWords('a a a a')).toBe(false);
    expect(hasEnoughWords('de kat en de hond')).toBe(false);
    expect(hasEnoughWords('aaa aaa aaa aaa')).toBe(false);
    expect(hasEnoughWords('paard1 kastanje blauw fietsbel')).toBe(false);
    // Four words but trivial ones still need zxcvbn's say-so.
    expect(assessPassphrase('aaa aaa aaa bbb').acceptable).toBe(false);
    expect(assessPassphrase('a a a a a a a a').acceptable).toBe(false);
  });

  it('estimates the time to crack at the KDF floor, scaled by its cost', () => {
    // 10^10 guesses at 10 000/s: 10^6 s, some 11.6 days.
    expect(estimateCrackSeconds(1e10)).toBe(1e6);
    expect(estimateCrackSeconds(1e10, { memoryKiB: 128 * 1024, iterations: 2 })).toBe(2e6);
    expect(crackTimeInUnits(1e6)).toEqual({ unit: 'days', count: 12 });
    expect(crackTimeInUnits(3 * 100 * 365.25 * 86400)).toEqual({ unit: 'centuries', count: 3 });
    expect(crackTimeInUnits(0.2)).toEqual({ unit: 'instant', count: 0 });
    expect(crackTimeInUnits(1e30)).toEqual({ unit: 'eons', count: 0 });
    const weak = assessPassphrase('Hallo1234567!');
    expect(weak.crackSeconds).toBeLessThan(7 * 86400);
    const strong = assessPassphrase('paard kastanje blauw fietsbel');
    expect(strong.crackSeconds).toBeGreaterThan(100 * 365 * 86400);
  });
});

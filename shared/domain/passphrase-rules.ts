// The passphrase rules without the password dictionary: what the lock screen, the meter's
// labels and the crack-time wording need. passphrase-policy.ts adds zxcvbn and its Dutch
// dictionary (about 1 MB), which the renderer loads only where a meter is shown.
/**
 * The passphrase is the only thing between a stolen laptop and every dossier on it, and
 * the KDF only slows guessing down: a thief guesses offline, as long as they like. zxcvbn
 * with Dutch names and words estimates how many guesses it takes. Score 3 ("safely
 * unguessable" online, 10^8 guesses) falls in hours to a GPU rig at our KDF cost, so we ask
 * for the top score (10^10 guesses and up), or four or more real words, which is what the
 * setup tip teaches and what people remember.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_SCORE = 4;
/** The word route: this many words of letters, each at least MIN_WORD_LETTERS long. */
export const MIN_PASSPHRASE_WORDS = 4;
export const MIN_WORD_LETTERS = 3;
/**
 * Even four words must not be trivial: "aaa aaa aaa bbb" or four of the hundred commonest
 * words are words, but zxcvbn sees through them.
 */
export const MIN_WORDS_SCORE = 3;

/**
 * Passphrases printed as examples (the setup tip in both languages, and the famous xkcd one
 * with its Dutch rendering): the first thing a dictionary attack tries. Kept as words; a
 * passphrase is refused when its letters contain one of these, whatever the separators.
 */
export const EXAMPLE_PASSPHRASES = [
  'fiets oceaan krijt lantaarn',
  'bicycle ocean chalk lantern',
  'correct horse battery staple',
  'correct paard batterij nietje',
  'paard batterij nietje correct',
] as const;

export type PassphraseProblem = 'too-short' | 'too-guessable' | 'example';

export interface PassphraseAssessment {
  /** 0 (trivial) to 4 (very strong). */
  score: number;
  acceptable: boolean;
  problem?: PassphraseProblem;
  /** zxcvbn's own hints, in Dutch. */
  hints: string[];
  /** zxcvbn's estimate of the guesses an informed attacker needs. */
  guesses: number;
  /** Seconds a GPU rig needs for those guesses at the KDF floor; see `estimateCrackSeconds`. */
  crackSeconds: number;
}

/**
 * Guesses per second a thief's rig manages against Argon2id at the calibration floor
 * (64 MiB, 2 passes, 1 lane). Assumption, on the generous side for the attacker: Argon2id at
 * 64 MiB is bound by memory bandwidth, some 1 000–2 000 guesses/s on one high-end GPU, so
 * 10 000/s is a rig of several. The real calibration is at least this expensive, so the
 * estimate is a lower bound on the time, never flattering.
 */
export const RIG_GUESSES_PER_SECOND_AT_FLOOR = 10_000;
/** KDF floor the rate above is for: memory in KiB × passes. */
export const FLOOR_COST = 64 * 1024 * 2;

/**
 * Time to crack offline, in seconds: all of zxcvbn's guesses at the rig's rate, scaled to the
 * KDF cost when it is known (memory-hard cost grows with memory × passes).
 */
export function estimateCrackSeconds(
  guesses: number,
  kdf: { memoryKiB: number; iterations: number } = { memoryKiB: 64 * 1024, iterations: 2 },
): number {
  const cost = Math.max(1, kdf.memoryKiB * kdf.iterations) / FLOOR_COST;
  return guesses / (RIG_GUESSES_PER_SECOND_AT_FLOOR / cost);
}

const lettersOnly = (s: string): string =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}]/gu, '');

const EXAMPLE_LETTERS = EXAMPLE_PASSPHRASES.map(lettersOnly);

/** Whether the passphrase is (a dressed-up copy of) a published example. */
export const isExamplePassphrase = (passphrase: string): boolean => {
  const letters = lettersOnly(passphrase);
  return EXAMPLE_LETTERS.some((e) => letters.includes(e));
};

/**
 * Words of letters separated by spaces or hyphens ("paard kastanje blauw fietsbel",
 * "paard-kastanje-blauw-fietsbel"); null when the passphrase is not of that form.
 */
export const passphraseWords = (passphrase: string): string[] | null => {
  const trimmed = passphrase.normalize('NFC').trim();
  if (!/^[\p{L}]+(?:[\s-]+[\p{L}]+)*$/u.test(trimmed)) return null;
  return trimmed.split(/[\s-]+/u).map((w) => w.toLocaleLowerCase('nl'));
};

/** Four or more words of at least three letters, and not one word over and over. */
export const hasEnoughWords = (passphrase: string): boolean => {
  const words = passphraseWords(passphrase);
  if (!words || words.length < MIN_PASSPHRASE_WORDS) return false;
  if (words.some((w) => [...w].length < MIN_WORD_LETTERS)) return false;
  return new Set(words).size > 1;
};

export type CrackTimeUnit =
  'instant' | 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years' | 'centuries' | 'eons';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;
const CENTURY = 100 * YEAR;

/**
 * Seconds as a rounded count of the largest unit that fits ("about 3 centuries"), for an
 * i18n plural. Beyond a million centuries the number means nothing any more: 'eons'.
 */
export function crackTimeInUnits(seconds: number): { unit: CrackTimeUnit; count: number } {
  if (!(seconds >= 1)) return { unit: 'instant', count: 0 };
  const steps: [CrackTimeUnit, number][] = [
    ['centuries', CENTURY],
    ['years', YEAR],
    ['months', MONTH],
    ['days', DAY],
    ['hours', HOUR],
    ['minutes', MINUTE],
    ['seconds', 1],
  ];
  if (seconds >= 1e6 * CENTURY) return { unit: 'eons', count: 0 };
  for (const [unit, size] of steps) {
    if (seconds >= size) return { unit, count: Math.round(seconds / size) };
  }
  return { unit: 'seconds', count: 1 };
}

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nl from '@zxcvbn-ts/language-nl-be';

/**
 * The passphrase is the only thing between a stolen laptop and every dossier on it, and
 * the KDF only slows guessing down. zxcvbn with Dutch names and words estimates how
 * guessable it is; we ask for length and a score of at least 3 ("safely unguessable").
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const getEstimator = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    translations: nl.translations,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...nl.dictionary,
      koers: ['koers', 'reintegratie', 'jobcoach', 'uwv'],
    },
  }));

export type PassphraseProblem = 'too-short' | 'too-guessable';

export interface PassphraseAssessment {
  /** 0 (trivial) to 4 (very strong). */
  score: number;
  acceptable: boolean;
  problem?: PassphraseProblem;
  /** zxcvbn's own hints, in Dutch. */
  hints: string[];
}

export function assessPassphrase(
  passphrase: string,
  userInputs: string[] = [],
): PassphraseAssessment {
  const result = getEstimator().check(passphrase, userInputs);
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(
    (h): h is string => typeof h === 'string' && h.length > 0,
  );
  const score = passphrase.length === 0 ? 0 : result.score;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return { score: Math.min(score, 2), acceptable: false, problem: 'too-short', hints };
  if (score < MIN_PASSPHRASE_SCORE)
    return { score, acceptable: false, problem: 'too-guessable', hints };
  return { score, acceptable: true, hints };
}

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nl from '@zxcvbn-ts/language-nl-be';

import {
  estimateCrackSeconds,
  hasEnoughWords,
  isExamplePassphrase,
  MIN_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_SCORE,
  MIN_WORDS_SCORE,
  type PassphraseAssessment,
} from './passphrase-rules';

export * from './passphrase-rules';

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

export function assessPassphrase(
  passphrase: string,
  userInputs: string[] = [],
): PassphraseAssessment {
  const result = getEstimator().check(passphrase, userInputs);
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(
    (h): h is string => typeof h === 'string' && h.length > 0,
  );
  const guesses = passphrase.length === 0 ? 1 : result.guesses;
  const crackSeconds = estimateCrackSeconds(guesses);
  const score = passphrase.length === 0 ? 0 : result.score;
  const base = { hints, guesses, crackSeconds };
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return { ...base, score: Math.min(score, 2), acceptable: false, problem: 'too-short' };
  // An example is a single dictionary entry to an attacker, whatever zxcvbn thinks.
  if (isExamplePassphrase(passphrase))
    return { ...base, score: 0, acceptable: false, problem: 'example', crackSeconds: 0 };
  if (score >= MIN_PASSPHRASE_SCORE) return { ...base, score, acceptable: true };
  if (hasEnoughWords(passphrase) && score >= MIN_WORDS_SCORE)
    return { ...base, score, acceptable: true };
  return { ...base, score, acceptable: false, problem: 'too-guessable' };
}

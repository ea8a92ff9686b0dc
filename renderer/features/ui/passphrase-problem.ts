import type { TFunction } from 'i18next';
import {
  MIN_PASSPHRASE_LENGTH,
  type PassphraseAssessment,
} from '../../../shared/domain/passphrase-rules';

/** Why a new passphrase cannot be used yet, in the user's language; null when it can. */
export function passphraseProblem(
  t: TFunction,
  assessment: PassphraseAssessment,
  passphrase: string,
  repeat: string,
): string | null {
  if (!assessment.acceptable) {
    if (assessment.problem === 'too-short')
      return t('setup.tooShort', { min: MIN_PASSPHRASE_LENGTH });
    return assessment.problem === 'example' ? t('setup.example') : t('setup.tooGuessable');
  }
  return passphrase === repeat ? null : t('setup.mismatch');
}

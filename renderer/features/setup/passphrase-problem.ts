import type { TFunction } from 'i18next';
import {
  MIN_PASSPHRASE_LENGTH,
  type PassphraseAssessment,
} from '../../../shared/domain/passphrase-policy';

/** Why a new passphrase cannot be used yet, in the user's language; null when it can. */
export function passphraseProblem(
  t: TFunction,
  assessment: PassphraseAssessment,
  passphrase: string,
  repeat: string,
): string | null {
  if (!assessment.acceptable) {
    return assessment.problem === 'too-short'
      ? t('setup.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : t('setup.tooGuessable');
  }
  return passphrase === repeat ? null : t('setup.mismatch');
}

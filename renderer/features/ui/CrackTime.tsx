import { useTranslation } from 'react-i18next';
import {
  crackTimeInUnits,
  type PassphraseAssessment,
} from '../../../shared/domain/passphrase-rules';

/**
 * "Geschatte tijd om te kraken: ongeveer 3 eeuwen": zxcvbn's guesses at a GPU rig's rate
 * against the KDF floor (see estimateCrackSeconds). Plural and number format come from
 * i18next, which formats `{{count, number}}` with Intl.NumberFormat for the UI language.
 */
export function CrackTime({ assessment }: { assessment: PassphraseAssessment }) {
  const { t } = useTranslation();
  const { unit, count } = crackTimeInUnits(assessment.crackSeconds);
  const time =
    unit === 'instant' || unit === 'eons'
      ? t(`setup.crack.${unit}`)
      : t(`setup.crack.${unit}`, { count });
  return (
    <p className="muted small crack-time" aria-live="polite" title={t('setup.crackTimeExplain')}>
      {t('setup.crackTime', { time })}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-rules';

export function PassphraseMeter({ assessment }: { assessment: PassphraseAssessment }) {
  const { t } = useTranslation();
  const levels = t('setup.levels', { returnObjects: true }) as string[];
  return (
    <div className="meter" aria-live="polite">
      <div
        className="meter-bar"
        role="meter"
        aria-label={t('setup.strength')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={assessment.score}
        aria-valuetext={levels[assessment.score]}
      >
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={i < assessment.score ? `filled s${assessment.score}` : ''} />
        ))}
      </div>
      <span className="meter-label">
        {t('setup.strength')}: {levels[assessment.score]}
      </span>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

/** The first thing the coach sees: may special-category data of this client be processed. */
export function LegalGroundBanner({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  if (ok)
    return (
      <p className="consent-banner ok" role="status">
        ✓ {t('consent.banner.ok')}
      </p>
    );
  return (
    <div className="consent-banner none" role="status">
      <strong>{t('consent.banner.none')}</strong>
      <p>{t('consent.banner.noneDetail')}</p>
    </div>
  );
}

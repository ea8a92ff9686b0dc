import { useTranslation } from 'react-i18next';

export function Dashboard() {
  const { t } = useTranslation();
  return (
    <section className="detail" aria-label={t('dashboard.title')}>
      <h1>{t('dashboard.title')}</h1>
      <p className="muted">{t('client.noneSelected')}</p>
    </section>
  );
}

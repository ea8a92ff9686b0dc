import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';

export function CvTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('cv.title')} data-client={client.id}>
      <p className="muted">{t('cv.title')}</p>
    </section>
  );
}

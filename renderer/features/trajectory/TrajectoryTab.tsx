import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';

export function TrajectoryTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('trajectory.title')} data-client={client.id}>
      <p className="muted">{t('trajectory.title')}</p>
    </section>
  );
}

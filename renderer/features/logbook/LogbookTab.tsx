import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';

export function LogbookTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('logbook.title')} data-client={client.id}>
      <p className="muted">{t('logbook.title')}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';

export function DocumentsTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('documents.title')} data-client={client.id}>
      <p className="muted">{t('documents.title')}</p>
    </section>
  );
}

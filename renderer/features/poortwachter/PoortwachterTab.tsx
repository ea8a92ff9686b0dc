import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';

export function PoortwachterTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('poortwachter.title')} data-client={client.id}>
      <p className="muted">{t('poortwachter.title')}</p>
    </section>
  );
}

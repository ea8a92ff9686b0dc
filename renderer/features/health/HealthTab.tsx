import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { emptyHealth, type HealthFields } from '../../../shared/domain/health';
import { errorKey, useSession } from '../../state/session';
import { SealedNotice } from '../compartment/SealedNotice';
import { useCompartmentOpen } from '../compartment/useCompartmentOpen';
import { HealthForm } from './HealthForm';
import { services } from '../../state/services';

/**
 * Health data lives only in the compartment. Closed, the tab says that much and nothing
 * else — not even whether anything has been recorded.
 */
export function HealthTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const open = useCompartmentOpen(client.id);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  const [loaded, setLoaded] = useState<{ clientId: string; data: HealthFields } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!open) return;
    let live = true;
    services()
      .health.load(client.id)
      .then((data) => live && setLoaded({ clientId: client.id, data: data ?? emptyHealth() }))
      .catch((e: unknown) => live && setError(t(errorKey(e))));
    return () => {
      live = false;
    };
  }, [open, client.id, t]);

  const current = open && loaded?.clientId === client.id ? loaded.data : null;
  return (
    <section className="health" aria-label={t('health.title')}>
      <p className="muted">{t('health.intro')}</p>
      <SealedNotice clientId={client.id} exists canOpen={!inSessionMode} />
      {error && <p className="error">{error}</p>}
      {current && (
        <HealthForm
          key={client.id}
          clientId={client.id}
          initial={current}
          onSave={async (data, note) => {
            await services().health.save(client.id, data, note);
            setLoaded({ clientId: client.id, data });
          }}
        />
      )}
    </section>
  );
}

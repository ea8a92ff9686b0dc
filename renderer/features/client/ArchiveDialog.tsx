import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import type { DueDate, PolicyClass } from '../../../shared/domain/retention';
import { localIsoDate } from '../../../shared/domain/local-date';
import { formatDay } from '../../i18n/format';
import { services } from '../../state/services';
import { Modal } from '../ui/Modal';

/**
 * Archiving, with what it means under the firm's retention policy: the day each kind of
 * this client's data will be listed as due for erasure if it is archived today (worked out
 * by the retention engine from the trajectory's end date and the policy, not a fixed text).
 */
export function ArchiveDialog(props: { name: string; client: Client; onConfirm: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [forecast, setForecast] = useState<Record<PolicyClass, DueDate | null> | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    services()
      .retention.forecast(props.client)
      // Without a forecast the dialog still archives; it just cannot name the dates.
      .then(
        (f) => live && setForecast(f),
        () => live && setForecast(null),
      );
    return () => {
      live = false;
    };
  }, [open, props.client]);

  const day = (d: DueDate | null | undefined) => (d ? formatDay(d.on, i18n.language) : '—');
  return (
    <>
      <button type="button" className="ghost danger" onClick={() => setOpen(true)}>
        {t('client.archive')}
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('client.archiveTitle')}
        description={t('retention.archive.body', { name: props.name })}
      >
        {forecast && (
          <p className="archive-retention" data-testid="archive-retention">
            {forecast.medical?.because === 'erasure-request' && (
              <>{t('retention.archive.requested')} </>
            )}
            {t(
              forecast.dossier && forecast.dossier.on <= localIsoDate()
                ? 'retention.archive.dueNow'
                : 'retention.archive.due',
              {
                dossier: day(forecast.dossier),
                medical: day(forecast.medical),
                coaching: day(forecast['coaching-report']),
                financial: day(forecast.financial),
              },
            )}{' '}
            {t('retention.archive.confirmNote')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setOpen(false)}>
            {t('client.cancel')}
          </button>
          <button
            type="button"
            className="primary danger"
            onClick={() => {
              setOpen(false);
              props.onConfirm();
            }}
          >
            {t('client.archiveConfirm')}
          </button>
        </div>
      </Modal>
    </>
  );
}

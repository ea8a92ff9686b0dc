import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { projectedTimeline } from '../../../shared/domain/poortwachter-projection';
import { messageKey } from '../../i18n/keys';
import { LockIcon } from '../compartment/LockIcon';
import { OpenCompartmentDialog } from '../compartment/OpenCompartmentDialog';
import '../compartment/compartment.css';
import { PoortwachterTimeline } from './PoortwachterTimeline';
import type { ProjectionState } from './usePoortwachterCase';

/**
 * The tab while the compartment is closed for this client: the deadline projection (steps,
 * due dates, done / n.v.t.), read-only, and the way to open the sick dates.
 */
export function PoortwachterSealedView(props: {
  clientId: string;
  projection: ProjectionState;
  today: IsoDate;
  /** False in session mode: the client looking along must not see the dialog. */
  canOpen: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const { projection } = props;
  if (projection.status === 'loading') return <p className="muted">{t('poortwachter.loading')}</p>;
  if (projection.status === 'error')
    return <p className="error">{t(messageKey(projection.message))}</p>;
  if (projection.status === 'damaged')
    return <p className="notice error">{t('poortwachter.errors.damaged')}</p>;
  const timeline = projection.data ? projectedTimeline(projection.data, props.today) : null;

  return (
    <section className="pw" aria-label={t('poortwachter.title')}>
      <div className="pw-intro">
        <p>{t('poortwachter.intro')}</p>
      </div>
      <p className="sealed-notice" role="status">
        <LockIcon />{' '}
        {timeline && timeline.items.length > 0
          ? t('poortwachter.sealed.notice')
          : t('poortwachter.sealed.none')}
        {props.canOpen && (
          <button type="button" className="small" onClick={() => setAsking(true)}>
            {t('poortwachter.sealed.open')}
          </button>
        )}
      </p>
      <OpenCompartmentDialog
        clientId={props.clientId}
        open={asking}
        onClose={() => setAsking(false)}
      />
      {timeline && timeline.items.length > 0 && (
        <div className="pw-main pw-projection">
          <h2>{t('poortwachter.sealed.projection')}</h2>
          <PoortwachterTimeline
            items={timeline.items}
            today={props.today}
            extensionWeeks={0}
            busy
            readOnly
            onDone={() => Promise.resolve()}
          />
        </div>
      )}
    </section>
  );
}

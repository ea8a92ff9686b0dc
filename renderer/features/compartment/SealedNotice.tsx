import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenCompartmentDialog } from './OpenCompartmentDialog';
import { useCompartmentOpen } from './useCompartmentOpen';
import './compartment.css';
import { LockIcon } from './LockIcon';
import { services } from '../../state/services';

/**
 * Closed: says that sealed content exists, nothing more (no title, no date, no count), with
 * the way to open it. Open: says so, until when, and offers to close at once.
 */
export function SealedNotice(props: { clientId: string; exists: boolean; canOpen?: boolean }) {
  const { t } = useTranslation();
  const open = useCompartmentOpen(props.clientId);
  const [asking, setAsking] = useState(false);
  if (open) {
    return (
      <p className="sealed-notice open" role="status">
        <LockIcon open /> {t('compartment.isOpen')}
        <span className="muted"> {t('compartment.closesAfter')}</span>
        <button
          type="button"
          className="ghost small"
          onClick={() => services().compartment.close()}
        >
          {t('compartment.closeNow')}
        </button>
      </p>
    );
  }
  if (!props.exists) return null;
  return (
    <>
      <p className="sealed-notice" role="status">
        <LockIcon /> {t('compartment.sealedExists')}
        {props.canOpen !== false && (
          <button type="button" className="small" onClick={() => setAsking(true)}>
            {t('compartment.openButton')}
          </button>
        )}
      </p>
      {/* Beside the notice, not in it: a <dialog> is no phrasing content for a <p>, and the
          notice's button layout must not reach the dialog's buttons. */}
      <OpenCompartmentDialog
        clientId={props.clientId}
        open={asking}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

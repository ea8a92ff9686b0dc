import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';
import type { WaitingDraft } from '../../state/types';
import { LockIcon } from '../compartment/LockIcon';
import { Modal } from '../ui/Modal';

/**
 * Sealed drafts that wait for the compartment: said to exist, never shown while closed, with
 * why they cannot be opened yet. They never block a new entry; each can be continued once
 * the compartment opens, or thrown away unread (audited).
 */
export function SealedDrafts(props: {
  clientId: string;
  drafts: WaitingDraft[];
  /** Why it cannot be opened now; null when the compartment is open. */
  why: 'no-legal-ground' | 'closed' | null;
  onContinue: (rowId: string) => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  if (props.drafts.length === 0) return null;

  async function discard(rowId: string) {
    try {
      await services().logbook.discardSealedDraft(props.clientId, rowId);
      setDiscarding(null);
      props.onDiscarded();
    } catch (err) {
      setFailure(t(errorKey(err)));
    }
  }

  return (
    <section className="sealed-drafts notice" aria-label={t('logbook.sealedDrafts.title')}>
      <ul>
        {props.drafts.map((d) => (
          <li key={d.rowId}>
            <LockIcon /> <strong>{t('logbook.sealedDrafts.one')}</strong>
            {props.why && (
              <span className="muted"> {t(`logbook.sealedDrafts.why.${props.why}`)}</span>
            )}
            <span className="sealed-draft-actions">
              <button
                type="button"
                className="small"
                disabled={props.why !== null}
                onClick={() => props.onContinue(d.rowId)}
              >
                {t('logbook.sealedDrafts.continue')}
              </button>
              <button type="button" className="ghost small" onClick={() => setDiscarding(d.rowId)}>
                {t('logbook.sealedDrafts.discard')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <Modal
        open={discarding !== null}
        onClose={() => setDiscarding(null)}
        title={t('logbook.sealedDrafts.confirmTitle')}
      >
        <p>{t('logbook.sealedDrafts.confirmText')}</p>
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setDiscarding(null)}>
            {t('logbook.sealedDrafts.keep')}
          </button>
          <button
            type="button"
            className="primary danger"
            onClick={() => discarding && void discard(discarding)}
          >
            {t('logbook.sealedDrafts.discardConfirm')}
          </button>
        </div>
      </Modal>
    </section>
  );
}

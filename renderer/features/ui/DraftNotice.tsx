import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDraft } from '../../state/useFormDraft';
import { errorKey } from '../../state/session';

/**
 * Says that unsaved input came back (after a lock, a reload or a tab switch) and offers the
 * three ways on: keep editing, save (the form's own submit), or throw it away. Rendered
 * inside the form, so "Opslaan" submits it.
 */
export function DraftNotice(props: { draft: FormDraft; onDiscarded: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState('');
  if (!props.draft.restoredAt) return null;
  return (
    <div className="notice draft-notice" role="status">
      <span>{t('drafts.restored', { time: props.draft.restoredAt })}</span>{' '}
      <button type="button" className="ghost small" onClick={props.draft.keep}>
        {t('drafts.keep')}
      </button>
      <button type="submit" className="ghost small">
        {t('drafts.save')}
      </button>
      <button
        type="button"
        className="ghost small danger"
        onClick={() =>
          void props.draft
            .discard()
            .then(props.onDiscarded, (e: unknown) =>
              setFailure(t('drafts.discardFailed', { reason: t(errorKey(e)) })),
            )
        }
      >
        {t('drafts.discard')}
      </button>
      {failure && <small className="error">{failure}</small>}
    </div>
  );
}

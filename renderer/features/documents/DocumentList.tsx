import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../shared/domain/documents';
import { LockIcon } from '../compartment/LockIcon';
import { Modal } from '../ui/Modal';
import { platform } from '../../platform';
import { openCopy, saveCopy } from './decrypted-copy';
import { documentErrorKey } from './document-errors';
import type { DocumentRecord } from '../../state/types';
import { formatDay, formatSize } from '../../i18n/format';
import { services } from '../../state/services';
import { eraseDocument } from '../../state/erasure-actions';
import { errorKey } from '../../state/session';
import { PassphraseField } from '../ui/PassphraseField';
import { useBackoff } from '../ui/useBackoff';

export function DocumentList(props: { items: DocumentRecord[]; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const [asked, setDeleting] = useState<DocumentRecord | null>(null);
  // A sealed document leaves the list when the compartment closes: its name goes with it.
  const deleting = asked && props.items.some((i) => i.id === asked.id) ? asked : null;
  return (
    <>
      {/* Scrolls sideways in a narrow window instead of squeezing the actions. */}
      <div className="documents-scroll">
        <table className="documents-table" aria-label={t('documents.title')}>
          <thead>
            <tr>
              <th scope="col">{t('documents.columns.name')}</th>
              <th scope="col">{t('documents.columns.date')}</th>
              <th scope="col">{t('documents.columns.counterparty')}</th>
              <th scope="col" className="num">
                {t('documents.columns.size')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('documents.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <div className="doc-name">
                    <span className="doc-type">{item.data.type.toUpperCase()}</span>
                    <span>
                      <span className="doc-file">
                        {item.data.fileName}
                        {item.sealed && (
                          <span className="sealed-badge">
                            <LockIcon /> {t('documents.sealedBadge')}
                          </span>
                        )}
                      </span>
                      {item.data.description && (
                        <span className="doc-description muted small">{item.data.description}</span>
                      )}
                    </span>
                  </div>
                </td>
                <td className="nowrap">{formatDay(item.data.date, i18n.language)}</td>
                <td>
                  <span className={`direction ${item.data.direction}`}>
                    {t(`documents.directions.${item.data.direction}`)}
                  </span>
                  <span className="counterparty">{item.data.counterparty}</span>
                  {item.data.origin && (
                    <span className="doc-origin muted small">
                      {t('documents.fields.origin')}: {t(`recipients.origins.${item.data.origin}`)}
                    </span>
                  )}
                </td>
                <td className="num nowrap">{formatSize(item.data.size, i18n.language)}</td>
                <td className="actions-cell">
                  <DocumentActions item={item} onDelete={() => setDeleting(item)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Modal
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('documents.deleteTitle')}
        description={t('documents.deleteBody', { name: deleting?.data.fileName ?? '' })}
      >
        <DeleteActions
          item={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            props.onDeleted();
          }}
        />
      </Modal>
    </>
  );
}

/** "Openen" and "Opslaan als…": the only two ways a decrypted copy comes into being. */
function DocumentActions(props: { item: DocumentRecord; onDelete: () => void }) {
  const { t } = useTranslation();
  const { item } = props;
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function decrypted(deliver: (blob: Blob) => void | Promise<void>) {
    setError(null);
    setPercent(0);
    try {
      const blob = await services().documents.toBlob(item.id, (done, total) =>
        setPercent(Math.floor((done / total) * 100)),
      );
      await deliver(blob);
    } catch (e) {
      setError(e);
    } finally {
      setPercent(null);
    }
  }

  const busy = percent !== null;
  return (
    <div className="doc-actions">
      {DOCUMENT_TYPES[item.data.type].viewable && platform.canOpenInNewTab && (
        <button
          type="button"
          className="ghost small"
          disabled={busy}
          title={t('documents.openHint')}
          onClick={() => void decrypted(openCopy)}
        >
          {t('documents.open')}
        </button>
      )}
      <button
        type="button"
        className="ghost small"
        disabled={busy}
        title={t('documents.saveAsHint')}
        onClick={() => void decrypted((blob) => saveCopy(blob, item.data.fileName))}
      >
        {t('documents.saveAs')}
      </button>
      <button type="button" className="ghost small danger" disabled={busy} onClick={props.onDelete}>
        {t('documents.delete')}
      </button>
      {busy && (
        <span className="muted small" role="status">
          {t('documents.decrypting', { percent })}
        </span>
      )}
      {error !== null && (
        <span className="error small" role="alert">
          {t(documentErrorKey(error))}
        </span>
      )}
    </div>
  );
}

/**
 * The erasure of one document: what goes and that it cannot be undone (in the modal's
 * description), then the passphrase, as for erasing a client. A restricted dossier is
 * refused by the store with the usual message.
 */
function DeleteActions(props: {
  item: DocumentRecord | null;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backoff = useBackoff(true);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const item = props.item;
    if (!item || busy || backoff.throttled || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await eraseDocument(item.clientId, item.id, { passphrase });
      setPassphrase('');
      setBusy(false);
      props.onDeleted();
    } catch (err) {
      setPassphrase('');
      setError(t(errorKey(err)));
      await backoff.failed(err);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} autoComplete="off">
      <p className="muted small">{t('documents.deleteHow')}</p>
      <PassphraseField
        label={t('documents.deletePassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        backoff={backoff}
        disabled={busy}
        autoFocus
        error={error}
      />
      {busy && <p role="status">{t('documents.deleting')}</p>}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={props.onCancel} disabled={busy}>
          {t('documents.cancel')}
        </button>
        <button
          type="submit"
          className="primary danger"
          disabled={busy || backoff.throttled || !passphrase || !props.item}
        >
          {t('documents.deleteConfirm')}
        </button>
      </div>
    </form>
  );
}

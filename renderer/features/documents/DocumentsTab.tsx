import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import type { DocumentMeta } from '../../../shared/domain/documents';
import type { StoredRecord } from '../../vault/vault';
import { AddDocumentDialog } from './AddDocumentDialog';
import { revokeAllCopies } from './decrypted-copy';
import { documentErrorKey } from './document-errors';
import { documentStore } from './document-store';
import { DocumentList } from './DocumentList';
import './documents.css';

export type DocumentItem = StoredRecord<DocumentMeta>;

export function DocumentsTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  // Keyed by client: the tab stays mounted when another client is chosen.
  const [loaded, setLoaded] = useState<{ clientId: string; items: DocumentItem[] } | null>(null);
  const items = loaded?.clientId === client.id ? loaded.items : null;
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<'added' | 'deleted' | null>(null);

  // Bumped after an add or a delete: the list is read (and decrypted) again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    documentStore
      .list(client.id)
      .then((list) => {
        if (!live) return;
        setLoaded({ clientId: client.id, items: list });
        setError(null);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [client.id, version]);

  // Closing the dossier (or locking, which unmounts it) drops every decrypted copy's URL.
  useEffect(() => revokeAllCopies, []);

  return (
    <section className="documents" aria-label={t('documents.title')}>
      <div className="documents-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => {
            setStatus(null);
            setAdding(true);
          }}
        >
          + {t('documents.add')}
        </button>
        <span className="status" role="status" aria-live="polite">
          {status && <span className="ok">✓ {t(`documents.${status}`)}</span>}
        </span>
        <div className="spacer" />
        <span className="muted small">
          {items === null ? t('documents.loading') : t('documents.count', { count: items.length })}
        </span>
      </div>
      <p className="muted small documents-privacy">{t('documents.privacy')}</p>
      {error !== null && (
        <p className="error" role="alert">
          {t(documentErrorKey(error))}
        </p>
      )}
      {items !== null &&
        (items.length === 0 ? (
          <p className="documents-empty muted">{t('documents.empty')}</p>
        ) : (
          <DocumentList
            items={items}
            onDeleted={() => {
              setVersion((v) => v + 1);
              setStatus('deleted');
            }}
          />
        ))}
      <AddDocumentDialog
        open={adding}
        clientId={client.id}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          setVersion((v) => v + 1);
          setStatus('added');
        }}
      />
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { useSession } from '../../state/session';
import type { DocumentRecord } from '../../state/types';
import { SealedNotice } from '../compartment/SealedNotice';
import { useCompartmentOpen } from '../compartment/useCompartmentOpen';
import { AddDocumentDialog } from './AddDocumentDialog';
import { revokeAllCopies } from './decrypted-copy';
import { documentErrorKey } from './document-errors';
import { DocumentList } from './DocumentList';
import './documents.css';
import { services } from '../../state/services';

export function DocumentsTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  // Keyed by client: the tab stays mounted when another client is chosen.
  const [loaded, setLoaded] = useState<{
    clientId: string;
    items: DocumentRecord[];
    hasSealed: boolean;
  } | null>(null);
  const compartmentOpen = useCompartmentOpen(client.id);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  const mine = loaded?.clientId === client.id ? loaded : null;
  // Sealed rows go the moment the compartment closes, before the list is read again.
  const items = mine && mine.items.filter((item) => compartmentOpen || !item.sealed);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<'added' | 'addedSealed' | 'deleted' | null>(null);

  // Bumped after an add or a delete: the list is read (and decrypted) again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([services().documents.list(client.id), services().documents.hasSealed(client.id)])
      .then(([list, hasSealed]) => {
        if (!live) return;
        setLoaded({ clientId: client.id, items: list, hasSealed });
        setError(null);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [client.id, version, compartmentOpen]);

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
      <SealedNotice
        clientId={client.id}
        exists={mine?.hasSealed ?? false}
        canOpen={!inSessionMode}
      />
      {error !== null && (
        <p className="error" role="alert">
          {t(documentErrorKey(error))}
        </p>
      )}
      {items !== null &&
        (items.length === 0 ? (
          !mine?.hasSealed && <p className="documents-empty muted">{t('documents.empty')}</p>
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
        onAdded={(sealed) => {
          setAdding(false);
          setVersion((v) => v + 1);
          setStatus(sealed ? 'addedSealed' : 'added');
        }}
      />
    </section>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { parseDutchDate } from '../../../shared/domain/dutch-date';
import {
  CONTACT_TYPES,
  entryToForm,
  filterLogbook,
  newLogbookForm,
  type ContactType,
  type LogbookFormValues,
} from '../../../shared/domain/logbook';
import { errorKey, useSession } from '../../state/session';
import { SealedNotice } from '../compartment/SealedNotice';
import { LogbookComposer } from './LogbookComposer';
import { LogbookEntryDialog } from './LogbookEntryDialog';
import { LogbookList } from './LogbookList';
import { useLogbook, type LogbookItem } from './useLogbook';
import './logbook.css';
import { services } from '../../state/services';

interface Composing {
  entryId: string | null;
  initial: LogbookFormValues;
  restoredAt?: string;
  sealedEntry?: boolean;
  sealedDraft?: boolean;
  /** Remounts the composer for each new request. */
  key: number;
}

export function LogbookTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { items, error, upsert, compartmentOpen } = useLogbook(client.id);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  const [hasSealed, setHasSealed] = useState(false);
  const [sealedDraftWaiting, setSealedDraftWaiting] = useState(false);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [open, setOpen] = useState<LogbookItem | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ContactType | 'all'>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const composingRef = useRef(false);
  useEffect(() => {
    composingRef.current = composing !== null;
  }, [composing]);

  async function startComposing(
    entryId: string | null,
    fallback: LogbookFormValues,
    sealedEntry = false,
  ) {
    const draft = await services().logbook.loadDraft(client.id, entryId);
    // A sealed draft cannot be shown, and a fresh composer would overwrite it: open first.
    if (draft === 'sealed') {
      setSealedDraftWaiting(true);
      return;
    }
    setSealedDraftWaiting(false);
    setSavedNote(false);
    setComposing({
      entryId,
      sealedEntry,
      sealedDraft: draft?.sealed,
      initial: draft?.input ?? fallback,
      restoredAt: draft
        ? new Date(draft.savedAt).toLocaleTimeString('nl-NL', {
            hour: '2-digit',
            minute: '2-digit',
          })
        : undefined,
      key: Date.now(),
    });
  }

  // A draft left by a crash, reload or lock reopens by itself; a sealed one once the
  // compartment is opened.
  useEffect(() => {
    void services()
      .logbook.loadDraft(client.id, null)
      .then((draft) => {
        setSealedDraftWaiting(draft === 'sealed');
        if (draft && draft !== 'sealed' && !composingRef.current)
          void startComposing(null, draft.input);
      });
    void services().logbook.hasSealed(client.id).then(setHasSealed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when the dossier opens, or the compartment opens or closes
  }, [client.id, compartmentOpen]);

  // A sealed entry on screen closes with the compartment (its draft is already sealed).
  useEffect(
    () =>
      services().compartment.subscribe(() => {
        if (services().compartment.peekOpenFor(client.id)) return;
        setOpen((o) => (o?.sealed ? null : o));
        setComposing((c) => (c?.sealedEntry ? null : c));
      }),
    [client.id],
  );

  // Ctrl+N anywhere in the dossier leaves a request in the session store: taken here at
  // once if this tab is open, or as soon as it mounts.
  useEffect(
    () => {
      const take = () => {
        if (useSession.getState().takeComposeRequest() && !composingRef.current) {
          void startComposing(null, newLogbookForm(new Date()));
        }
      };
      take();
      return useSession.subscribe((state) => {
        if (state.composePending) take();
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per dossier
    [client.id],
  );

  const filtered = useMemo(
    () =>
      filterLogbook(items ?? [], {
        query,
        contactType: type,
        from: parseDutchDate(from) ?? '',
        to: parseDutchDate(to) ?? '',
      }),
    [items, query, type, from, to],
  );
  const filtering = query !== '' || type !== 'all' || from !== '' || to !== '';

  if (error) return <p className="error">{t(errorKey(error))}</p>;

  return (
    <section className="logbook" aria-label={t('logbook.title')}>
      <div className="logbook-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => void startComposing(null, newLogbookForm(new Date()))}
          disabled={composing !== null}
          title={t('logbook.newHint')}
        >
          + {t('logbook.newEntry')} <kbd>Ctrl+N</kbd>
        </button>
        <span className="status" role="status" aria-live="polite">
          {savedNote && <span className="ok">✓ {t('logbook.saved')}</span>}
        </span>
        <div className="spacer" />
        <span className="muted small">
          {items === null
            ? t('logbook.loading')
            : filtering
              ? t('logbook.shown', { shown: filtered.length, total: items.length })
              : t('logbook.count', { count: items.length })}
        </span>
      </div>

      <SealedNotice
        clientId={client.id}
        exists={hasSealed || sealedDraftWaiting}
        canOpen={!inSessionMode}
      />
      {sealedDraftWaiting && !compartmentOpen && (
        <p className="notice">{t('logbook.sealedDraftWaiting')}</p>
      )}
      {composing && (
        <LogbookComposer
          key={composing.key}
          clientId={client.id}
          entryId={composing.entryId}
          initial={composing.initial}
          restoredAt={composing.restoredAt}
          sealedEntry={composing.sealedEntry}
          sealedDraft={composing.sealedDraft}
          onSaved={(saved) => {
            upsert(saved);
            if (saved.sealed) setHasSealed(true);
            setComposing(null);
            setSavedNote(true);
          }}
          onCancel={() => setComposing(null)}
        />
      )}

      <div className="logbook-filters">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('logbook.search')}
          aria-label={t('logbook.search')}
        />
        <select
          value={type}
          onChange={(e) => setType(e.target.value as ContactType | 'all')}
          aria-label={t('logbook.fields.contactType')}
        >
          <option value="all">{t('logbook.allTypes')}</option>
          {CONTACT_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`logbook.types.${c}`)}
            </option>
          ))}
        </select>
        <input
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          placeholder={t('logbook.placeholders.date')}
          aria-label={t('logbook.from')}
        />
        <input
          value={to}
          onChange={(e) => setTo(e.target.value)}
          placeholder={t('logbook.placeholders.date')}
          aria-label={t('logbook.to')}
        />
        {filtering && (
          <button
            type="button"
            className="ghost small"
            onClick={() => {
              setQuery('');
              setType('all');
              setFrom('');
              setTo('');
            }}
          >
            {t('logbook.clear')}
          </button>
        )}
      </div>

      {items && items.length === 0 && !composing && !hasSealed && (
        <p className="empty">{t('logbook.empty')}</p>
      )}
      {items && items.length > 0 && filtered.length === 0 && (
        <p className="empty">{t('logbook.noMatch')}</p>
      )}
      {items && filtered.length > 0 && <LogbookList items={filtered} onOpen={setOpen} />}

      <LogbookEntryDialog
        clientId={client.id}
        item={open}
        onClose={() => setOpen(null)}
        onEdit={(item) => void startComposing(item.id, entryToForm(item.data), item.sealed)}
      />
    </section>
  );
}

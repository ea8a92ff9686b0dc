import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import {
  entryToForm,
  newLogbookForm,
  type LogbookFormValues,
} from '../../../shared/domain/logbook';
import { errorKey, useSession } from '../../state/session';
import { SealedNotice } from '../compartment/SealedNotice';
import { LogbookComposer } from './LogbookComposer';
import { LogbookEntryDialog } from './LogbookEntryDialog';
import { LogbookFilters } from './LogbookFilters';
import { LogbookList } from './LogbookList';
import { useLogbookFilters } from './useLogbookFilters';
import { useLogbook, type LogbookItem } from './useLogbook';
import { SealedDrafts } from './SealedDrafts';
import type { WaitingDraft } from '../../state/types';
import './logbook.css';
import { services } from '../../state/services';

interface Composing {
  entryId: string | null;
  /** A new entry's own draft slot (see LogbookDraft.slot). */
  slot?: string;
  /** The sealed draft row this composer continues, hidden from the waiting list meanwhile. */
  rowId?: string;
  initial: LogbookFormValues;
  restoredAt?: string;
  sealedEntry?: boolean;
  sealedDraft?: boolean;
  /** Remounts the composer for each new request. */
  key: number;
}

const loadWaiting = (clientId: string) =>
  Promise.all([
    services().logbook.sealedDrafts(clientId),
    services().consents.hasLegalGround(clientId),
  ]);

/** A fresh draft slot for a new entry begun while a sealed draft waits. */
const newSlot = () => crypto.randomUUID();

export function LogbookTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { items, error, upsert, drop, compartmentOpen } = useLogbook(client.id);
  const inSessionMode = useSession((s) => s.sessionMode !== null);
  const [hasSealed, setHasSealed] = useState(false);
  const [waiting, setWaiting] = useState<WaitingDraft[]>([]);
  const [legalGround, setLegalGround] = useState(true);
  const [composing, setComposing] = useState<Composing | null>(null);
  const [open, setOpen] = useState<LogbookItem | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const filters = useLogbookFilters(items);
  const { filtered, filtering } = filters;
  const composingRef = useRef(false);
  // The newest entry's contact type and duration are this client's defaults for the next.
  const latestRef = useRef<LogbookItem | undefined>(undefined);
  useEffect(() => {
    latestRef.current = items?.[0];
  }, [items]);
  const freshForm = (): LogbookFormValues => {
    const form = newLogbookForm(new Date());
    const last = latestRef.current?.data;
    return last
      ? { ...form, contactType: last.contactType, durationMinutes: String(last.durationMinutes) }
      : form;
  };
  useEffect(() => {
    composingRef.current = composing !== null;
  }, [composing]);

  /** Which sealed drafts wait, and whether a legal ground would let the compartment open. */
  function showWaiting([drafts, ground]: [WaitingDraft[], boolean]) {
    setWaiting(drafts);
    setLegalGround(ground);
  }
  const refreshWaiting = () => loadWaiting(client.id).then(showWaiting);

  function compose(c: Omit<Composing, 'key' | 'restoredAt'>, savedAt?: string) {
    setSavedNote(false);
    setComposing({
      ...c,
      restoredAt: savedAt
        ? new Date(savedAt).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })
        : undefined,
      key: Date.now(),
    });
  }

  async function startComposing(
    entryId: string | null,
    fallback: LogbookFormValues,
    sealedEntry = false,
  ) {
    const logbook = services().logbook;
    if (entryId === null) {
      // A new entry picks up a plain draft, and never waits for a sealed one: while any
      // sealed draft exists it writes into a draft slot of its own, so neither overwrites
      // the other. Sealed drafts are continued from their list.
      const plain = await logbook.latestNewDraft(client.id);
      if (plain) {
        compose({ entryId: null, slot: plain.slot, initial: plain.input }, plain.savedAt);
        return;
      }
      const anySealed = (await logbook.sealedDrafts(client.id)).length > 0;
      if (anySealed) void refreshWaiting();
      compose({ entryId: null, slot: anySealed ? newSlot() : undefined, initial: fallback });
      return;
    }
    const draft = await logbook.loadDraft(client.id, entryId);
    if (draft === 'sealed') {
      // An edit's sealed draft must be continued (or discarded) first: it is the same entry.
      void refreshWaiting();
      return;
    }
    compose(
      { entryId, sealedEntry, sealedDraft: draft?.sealed, initial: draft?.input ?? fallback },
      draft?.savedAt,
    );
  }

  /** Continues a sealed draft (the compartment is open for this client). */
  async function continueDraft(rowId: string) {
    const draft = await services().logbook.openSealedDraft(client.id, rowId);
    compose(
      {
        entryId: draft.entryId,
        slot: draft.slot,
        rowId,
        sealedDraft: true,
        initial: draft.input,
      },
      draft.savedAt,
    );
  }

  // A plain draft left by a crash, reload or lock reopens by itself; sealed ones wait in the
  // list below until the coach continues or discards them.
  useEffect(() => {
    // Plain drafts only (any slot): a sealed one is continued from the list, never twice.
    void services()
      .logbook.latestNewDraft(client.id)
      .then((plain) => {
        if (plain && !composingRef.current)
          compose({ entryId: null, slot: plain.slot, initial: plain.input }, plain.savedAt);
      });
    void loadWaiting(client.id).then(showWaiting);
    void services().logbook.hasSealed(client.id).then(setHasSealed);
    // Again when the dossier opens, or the compartment opens or closes.
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
          void startComposing(null, freshForm());
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

  if (error) return <p className="error">{t(errorKey(error))}</p>;

  return (
    <section className="logbook" aria-label={t('logbook.title')}>
      <div className="logbook-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => void startComposing(null, freshForm())}
          disabled={composing !== null}
          title={t('logbook.newHint')}
        >
          + {t('logbook.newEntry')} <kbd>Alt+N</kbd>
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
        exists={hasSealed || waiting.length > 0}
        canOpen={!inSessionMode && legalGround}
      />
      <SealedDrafts
        clientId={client.id}
        drafts={waiting.filter((d) => d.rowId !== composing?.rowId)}
        why={compartmentOpen ? null : legalGround ? 'closed' : 'no-legal-ground'}
        onContinue={(rowId) => void continueDraft(rowId)}
        onDiscarded={() => void refreshWaiting()}
      />
      {composing && (
        <LogbookComposer
          key={composing.key}
          clientId={client.id}
          entryId={composing.entryId}
          slot={composing.slot}
          initial={composing.initial}
          restoredAt={composing.restoredAt}
          sealedEntry={composing.sealedEntry}
          sealedDraft={composing.sealedDraft}
          onSaved={(saved) => {
            upsert(saved);
            if (saved.sealed) setHasSealed(true);
            setComposing(null);
            void refreshWaiting();
            setSavedNote(true);
          }}
          onCancel={() => {
            setComposing(null);
            void refreshWaiting();
          }}
        />
      )}

      <LogbookFilters f={filters} />

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
        onErased={(id) => {
          setOpen(null);
          drop(id);
        }}
      />
    </section>
  );
}

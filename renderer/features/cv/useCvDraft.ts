import { useEffect, useRef, useState } from 'react';
import { errorKey } from '../../state/session';
import { services } from '../../state/services';
import { keepUnsaved, toDraft, unsavedCv, type CvDraft, type UnsavedCv } from './cv-drafts';

/** Unsaved CV edits are sealed into the vault once typing pauses this long. */
const DRAFT_DELAY_MS = 300;

/**
 * The CV editor's state that outlives a keystroke: the CV as loaded (or as left unsaved),
 * its record id and time, and whether it has unsaved edits. Unsaved edits are sealed into
 * the vault on every pause and by the lock itself, and come back after a lock or a reload.
 */
export function useCvDraft(clientId: string) {
  const [restored] = useState(() => unsavedCv(clientId));
  const [draft, setDraft] = useState<CvDraft | null>(restored?.draft ?? null);
  const [recordId, setRecordId] = useState(restored?.recordId);
  const [updatedAt, setUpdatedAt] = useState(restored?.updatedAt ?? null);
  const [dirty, setDirty] = useState(restored !== undefined);
  const [loadError, setLoadError] = useState('');
  /** When sealed unsaved edits were restored (after a lock, reload or crash). */
  const [restoredAt, setRestoredAt] = useState<string | null>(null);

  useEffect(() => {
    if (restored) return;
    let live = true;
    const cv = services().cv;
    Promise.all([cv.load(clientId), cv.loadDraft<UnsavedCv>(clientId)]).then(
      ([loaded, kept]) => {
        if (!live) return;
        if (kept) {
          // Edits sealed on a pause or by the lock: back as they were, still unsaved.
          setDraft(kept.draft.draft);
          setRecordId(kept.draft.recordId ?? loaded.id);
          setUpdatedAt(kept.draft.updatedAt);
          setDirty(true);
          setRestoredAt(
            new Date(kept.savedAt).toLocaleTimeString('nl-NL', {
              hour: '2-digit',
              minute: '2-digit',
            }),
          );
          return;
        }
        setDraft(toDraft(loaded.cv));
        setRecordId(loaded.id);
        setUpdatedAt(loaded.updatedAt);
      },
      (e: unknown) => {
        if (live) setLoadError(errorKey(e));
      },
    );
    return () => {
      live = false;
    };
  }, [clientId, restored]);

  useEffect(() => {
    keepUnsaved(clientId, dirty && draft ? { draft, recordId, updatedAt } : null);
  }, [clientId, dirty, draft, recordId, updatedAt]);

  // Unsaved edits are sealed into the vault on every pause, and by the lock itself: the
  // idle lock loses nothing, as with the logbook's drafts.
  const latest = useRef<UnsavedCv | null>(null);
  // Draft writes and the discard after a save run one after the other: a pause's write that
  // lands after the discard would bring back edits that were saved.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const queue = (write: () => Promise<unknown>) =>
    (writes.current = writes.current.then(write).catch(() => undefined));
  useEffect(() => {
    latest.current = dirty && draft ? { draft, recordId, updatedAt } : null;
    if (!latest.current) return;
    const timer = setTimeout(() => {
      const u = latest.current;
      if (u) void queue(() => services().cv.saveDraft(clientId, u));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [clientId, dirty, draft, recordId, updatedAt]);
  useEffect(() => {
    const session = services();
    let locked = false;
    const keep = () => {
      const u = latest.current;
      if (!u || locked) return undefined;
      return session.cv.saveDraft(clientId, u).catch(() => undefined);
    };
    const off = session.onBeforeLock(() => {
      const write = keep();
      locked = true;
      return write;
    });
    return () => {
      off();
      try {
        void keep();
      } catch {
        // Sealing can only fail once the keys are gone: the lock hook ran first.
      }
    };
  }, [clientId]);

  return {
    draft,
    setDraft,
    recordId,
    setRecordId,
    updatedAt,
    setUpdatedAt,
    dirty,
    setDirty,
    loadError,
    restoredAt,
    setRestoredAt,
    /**
     * After a save or when the coach throws the edits away: nothing unsaved is left, and the
     * sealed draft goes, after any draft write still under way.
     */
    discardUnsaved: (): Promise<unknown> => {
      latest.current = null;
      return queue(() => services().cv.discardDraft(clientId));
    },
  };
}

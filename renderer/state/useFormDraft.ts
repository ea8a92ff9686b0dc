import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEditor } from '../../shared/domain/form-drafts';
import { services } from './services';

/** Unsaved input is sealed into the vault once typing pauses this long (as the CV's). */
export const FORM_DRAFT_DELAY_MS = 300;

/**
 * One queue per client and editor, shared by every mount of that editor: a pause's draft
 * write, the removal after a save and the next mount's load run one after the other. A form
 * that remounts after its save (a new key) must not load the draft its save is removing,
 * and a write that lands after the removal would bring back input that was saved.
 */
const queues = new Map<string, Promise<unknown>>();

export function queueDraftJob<R>(key: string, job: () => Promise<R>): Promise<R> {
  const run = (queues.get(key) ?? Promise.resolve()).then(job);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

const draftKey = (clientId: string | null, editor: FormEditor) =>
  `${clientId ?? 'new-client'}:${editor}`;

const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

export interface FormDraft {
  /** When the restored input was kept ("14:32"), while its notice is shown; else null. */
  restoredAt: string | null;
  /** Hides the notice; the restored input stays, unsaved. */
  keep(): void;
  /** Throws the unsaved input away (audited). The form puts back what was saved itself. */
  discard(): Promise<void>;
  /**
   * Runs the form's save. When it resolves (to anything but false) the draft is removed;
   * when it fails the draft stays, as does the input in the form.
   */
  saving<R>(save: () => Promise<R>): Promise<R>;
}

/**
 * The logbook's sealed-draft behaviour for any form. While the coach types, the input is
 * sealed into the vault (debounced; also when the form closes, and by the lock itself, whose
 * reload waits up to 2 s for the write). When the form opens again, after a tab switch, a
 * lock or a crash, kept input comes back through `restore` with a notice.
 *
 * `dirty`: whether the form holds input that is not saved; only then is a draft kept.
 * `restore` is called at most once per mount, and only while the coach has typed nothing.
 * `fresh`: the form must start clean (a new "+ Nieuwe cliënt"): a kept draft is dropped.
 */
export function useFormDraft<T>(opts: {
  clientId: string | null;
  editor: FormEditor;
  values: T;
  dirty: boolean;
  restore: (values: T) => void;
  fresh?: boolean;
}): FormDraft {
  const { clientId, editor, values, dirty } = opts;
  const fresh = opts.fresh ?? false;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  /** The input to keep, or null when there is nothing unsaved. */
  const latest = useRef<T | null>(null);
  latest.current = dirty ? values : null;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const restoreRef = useRef(opts.restore);
  restoreRef.current = opts.restore;
  /** A save is under way: it carries the input, and its success removes the draft. */
  const busy = useRef(false);

  /** Seals the latest input now and queues its write; undefined when there is nothing to do. */
  const writeNow = useCallback((): Promise<unknown> | undefined => {
    const v = latest.current;
    if (v === null || busy.current) return undefined;
    const write = services().drafts.seal(clientId, editor, v);
    return queueDraftJob(draftKey(clientId, editor), write).catch(() => undefined);
  }, [clientId, editor]);

  // Kept input comes back when the form opens.
  useEffect(() => {
    let live = true;
    const drafts = services().drafts;
    const key = draftKey(clientId, editor);
    // A health draft seals to the client's compartment key: load it now, so the seal on a
    // pause or in the lock hook (both synchronous) can use it.
    drafts.prepare(clientId, editor).catch(() => undefined);
    if (fresh) {
      // Typed into an earlier form the coach left; this one starts clean by request.
      queueDraftJob(key, () => drafts.remove(clientId, editor)).catch(() => undefined);
      return;
    }
    queueDraftJob(key, () => drafts.load<T>(clientId, editor)).then(
      (kept) => {
        if (!live || !kept || dirtyRef.current) return;
        restoreRef.current(kept.values);
        setRestoredAt(timeOf(kept.savedAt));
      },
      () => undefined, // A draft that cannot be opened is as good as none; the form still works.
    );
    return () => {
      live = false;
    };
  }, [clientId, editor, fresh]);

  // Sealed on every pause in typing.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      try {
        void writeNow();
      } catch {
        // Locked in the meantime: the lock hook sealed the input already.
      }
    }, FORM_DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, values, writeNow]);

  // Sealed by the lock itself, and when the form closes (another tab, client or dialog).
  useEffect(() => {
    const session = services();
    let locked = false;
    const off = session.onBeforeLock(() => {
      locked = true;
      return writeNow();
    });
    return () => {
      off();
      if (locked) return;
      try {
        void writeNow();
      } catch {
        // Sealing can only fail once the keys are gone: the lock hook ran first.
      }
    };
  }, [writeNow]);

  return {
    restoredAt,
    keep: () => setRestoredAt(null),
    discard: async () => {
      latest.current = null;
      setRestoredAt(null);
      const drafts = services().drafts;
      await queueDraftJob(draftKey(clientId, editor), () => drafts.discard(clientId, editor));
    },
    saving: async <R>(save: () => Promise<R>): Promise<R> => {
      busy.current = true;
      const drafts = services().drafts;
      const run = save();
      void queueDraftJob(draftKey(clientId, editor), async () => {
        if ((await run) !== false) await drafts.remove(clientId, editor);
      }).catch(() => undefined); // A failed save keeps the draft; the form shows why.
      try {
        const result = await run;
        if (result !== false) {
          latest.current = null;
          setRestoredAt(null);
        }
        return result;
      } finally {
        busy.current = false;
      }
    },
  };
}

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FormEditor } from '../../shared/domain/form-drafts';
import { DraftSlot } from './draft-slot';
import { services } from './services';
import { useSession } from './session';

/** Unsaved input is sealed into the vault once typing pauses this long (as the CV's). */
export const FORM_DRAFT_DELAY_MS = 300;

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
 * lock or a crash, kept input comes back through `restore` with a notice (DraftNotice).
 *
 * `dirty`: whether the form holds input that is not saved; only then is a draft kept.
 * `restore` is called at most once per mount, and only while the coach has typed nothing.
 * `fresh`: the form must start clean (a new "+ Nieuwe cliënt"): a kept draft is dropped.
 * `part`: which of an editor's forms shown side by side this is (a step's done date).
 */
export function useFormDraft<T>(opts: {
  clientId: string | null;
  editor: FormEditor;
  part?: string;
  values: T;
  dirty: boolean;
  restore: (values: T) => void;
  fresh?: boolean;
}): FormDraft {
  const { clientId, editor, part, values, dirty } = opts;
  const fresh = opts.fresh ?? false;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const slot = useMemo(
    () => new DraftSlot<T>(services().drafts, clientId, editor, part),
    [clientId, editor, part],
  );
  const dirtyRef = useRef(dirty);
  const restoreRef = useRef(opts.restore);
  // Synchronously after each render: a timer or the lock hook always sees the input shown.
  useLayoutEffect(() => {
    slot.show(values, dirty);
    dirtyRef.current = dirty;
    restoreRef.current = opts.restore;
  });

  // Kept input comes back when the form opens.
  useEffect(() => {
    let live = true;
    // A health draft seals to the client's compartment key: load it now, so the seal on a
    // pause or in the lock hook (both synchronous) can use it.
    slot.prepare().catch(() => undefined);
    if (fresh) {
      slot.dropKept().catch(() => undefined);
      return;
    }
    slot.load().then(
      (kept) => {
        if (!live || !kept || dirtyRef.current) return;
        restoreRef.current(kept.values);
        setRestoredAt(timeOf(kept.savedAt));
      },
      () => undefined, // A draft that cannot be opened is as good as none; the form works.
    );
    return () => {
      live = false;
    };
  }, [slot, fresh]);

  // Sealed on every pause in typing.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      try {
        void slot.writeNow();
      } catch {
        // Locked in the meantime: the lock hook sealed the input already.
      }
    }, FORM_DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, values, slot]);

  // Sealed by the lock itself, and when the form closes (another tab, client or dialog).
  useEffect(() => {
    const session = services();
    let locked = false;
    const off = session.onBeforeLock(() => {
      locked = true;
      return slot.writeNow();
    });
    return () => {
      off();
      if (locked) return;
      try {
        void slot.writeNow();
      } catch {
        // Sealing can only fail once the keys are gone: the lock hook ran first.
      }
    };
  }, [slot]);

  return {
    restoredAt,
    keep: () => setRestoredAt(null),
    discard: () => {
      setRestoredAt(null);
      return slot.discard();
    },
    saving: async (save) => {
      const result = await slot.saving(save);
      if (result !== false) setRestoredAt(null);
      return result;
    },
  };
}

/**
 * For a small add-form of the open dossier (a sick report, an extension): its input is one
 * object that equals `empty` while nothing is typed. The client is the one selected.
 */
export function useInputDraft<T extends object>(
  editor: FormEditor,
  input: T,
  setInput: (values: T) => void,
  empty: T,
): FormDraft {
  const clientId = useSession((s) => s.selectedId);
  return useFormDraft({
    clientId,
    editor,
    values: input,
    dirty: JSON.stringify(input) !== JSON.stringify(empty),
    restore: (kept) => setInput({ ...empty, ...kept }),
  });
}

import type { FormEditor } from '../../shared/domain/form-drafts';
import type { FormDraftStore, StoredFormDraft } from '../vault/form-drafts';

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

/**
 * One editor's draft for one client, without React (useFormDraft wires it to a form): the
 * input to keep, and every step on the stored draft in the order the coach took it.
 */
export class DraftSlot<T> {
  /** The input to keep, or null when nothing is unsaved. */
  private latest: T | null = null;
  /** A save is under way: it carries the input, and its success removes the draft. */
  private busy = false;
  private readonly key: string;

  constructor(
    private readonly store: FormDraftStore,
    readonly clientId: string | null,
    readonly editor: FormEditor,
    /** Which of an editor's side-by-side forms (FormDraftStore's `part`). */
    readonly part?: string,
  ) {
    this.key = `${clientId ?? 'new-client'}:${editor}${part ? `:${part}` : ''}`;
  }

  /** What the form shows: its input while unsaved (`dirty`), else nothing to keep. */
  show(values: T, dirty: boolean): void {
    this.latest = dirty ? values : null;
  }

  /** For a compartment editor: its key, so the synchronous seals can use it. */
  prepare(): Promise<void> {
    return this.store.prepare(this.clientId, this.editor);
  }

  /**
   * Seals the latest input now (synchronously: it still lands if the keys go right after)
   * and queues its write. Undefined when there is nothing to keep; throws when locked.
   */
  writeNow(): Promise<unknown> | undefined {
    const v = this.latest;
    if (v === null || this.busy) return undefined;
    const write = this.store.seal(this.clientId, this.editor, v, this.part);
    return queueDraftJob(this.key, write).catch(() => undefined);
  }

  /** The kept input, after every write and removal queued before. */
  load(): Promise<StoredFormDraft<T> | undefined> {
    return queueDraftJob(this.key, () => this.store.load<T>(this.clientId, this.editor, this.part));
  }

  /** A form that must start clean: what an earlier one kept goes, unread. */
  dropKept(): Promise<unknown> {
    return queueDraftJob(this.key, () => this.store.remove(this.clientId, this.editor, this.part));
  }

  /**
   * Runs the form's save. When it resolves (to anything but false) the draft is removed, in
   * order after earlier writes; when it fails the draft and the input stay.
   */
  async saving<R>(save: () => Promise<R>): Promise<R> {
    this.busy = true;
    const run = save();
    queueDraftJob(this.key, async () => {
      if ((await run) !== false) await this.store.remove(this.clientId, this.editor, this.part);
    }).catch(() => undefined); // A failed save keeps the draft; the form says why.
    try {
      const result = await run;
      if (result !== false) this.latest = null;
      return result;
    } finally {
      this.busy = false;
    }
  }

  /** The coach threw the input away: gone, after any write under way, and audited. */
  discard(): Promise<void> {
    this.latest = null;
    return queueDraftJob(this.key, () => this.store.discard(this.clientId, this.editor, this.part));
  }
}

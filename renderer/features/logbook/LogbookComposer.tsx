import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import {
  CONTACT_TYPES,
  formToInput,
  validateLogbook,
  type LogbookEntry,
  type LogbookFormValues,
  type LogbookInput,
} from '../../../shared/domain/logbook';
import { VaultError } from '../../../shared/crypto/errors';
import { capText, TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { errorKey } from '../../state/session';
import { SpecialFindings } from '../compartment/SpecialFindings';
import { Modal } from '../ui/Modal';
import { LockIcon } from '../compartment/LockIcon';
import { TextLimit } from '../ui/TextLimit';
import { services } from '../../state/services';
import { claimTypeAhead, registerTypeAheadTarget } from '../ui/typeAhead';

const DRAFT_DELAY_MS = 300;

const isSealRefusal = (err: unknown) =>
  err instanceof VaultError && (err.code === 'key-not-vouched' || err.code === 'anchor-missing');
/**
 * The special-category detector reads the text once typing pauses this long, not on every
 * keystroke: on a 20 000-character account it costs more than a keystroke may.
 */
export const DETECT_DELAY_MS = 400;

type CappedField = 'summary' | 'agreements' | 'participants';
const CAPS: Record<CappedField, number> = {
  summary: TEXT_LIMITS.logbookSummary,
  agreements: TEXT_LIMITS.logbookAgreements,
  participants: TEXT_LIMITS.logbookParticipants,
};

/**
 * The texts the detector reads, updated only after `delay` ms without a change. `texts` must
 * keep its identity while the texts stay the same (memoized), or the wait starts over.
 */
function useSettledTexts(texts: string[], delay: number): string[] {
  const [settled, setSettled] = useState(texts);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(texts), delay);
    return () => clearTimeout(timer);
  }, [texts, delay]);
  return settled;
}

/**
 * Writing an entry. Every pause in typing seals the draft into the vault, and a lock seals
 * it synchronously before the keys go, so neither a crash nor the idle timer loses text.
 */
export function LogbookComposer(props: {
  clientId: string;
  entryId: string | null;
  /** A new entry's own draft slot (see LogbookDraft.slot). */
  slot?: string;
  initial: LogbookFormValues;
  restoredAt?: string;
  /** Editing an entry that is already sealed: it stays sealed. */
  sealedEntry?: boolean;
  /** A restored draft the coach had marked sealed. */
  sealedDraft?: boolean;
  onSaved: (saved: { id: string; data: LogbookEntry; sealed?: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof LogbookInput, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'invalid' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  /** Why sealing is refused (an unvouched compartment key): shown where the seal is offered. */
  const [sealRefusal, setSealRefusal] = useState('');
  const fail = useCallback(
    (err: unknown) => {
      if (isSealRefusal(err)) return setSealRefusal(t(errorKey(err)));
      setFailure(t(errorKey(err)));
      setStatus('failed');
    },
    [t],
  );
  const [draftKept, setDraftKept] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [sealed, setSealed] = useState(Boolean(props.sealedEntry || props.sealedDraft));
  const latest = useRef(values);
  const sealedRef = useRef(sealed);
  const dirty = useRef(false);
  /**
   * A save is under way: the pause timer must not write a draft meanwhile, or it could land
   * after the save removed the draft and come back as a stale "restored" draft next time.
   */
  const saving = useRef(false);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const { clientId, entryId, slot } = props;

  useEffect(() => {
    latest.current = values;
    sealedRef.current = sealed;
  }, [values, sealed]);

  // Loads the client's compartment key so a draft can be sealed into it even in a lock hook.
  useEffect(() => {
    // A refused compartment key must be said at once, not at the first sealed save.
    void services()
      .logbook.prepareDrafts(clientId)
      .catch((err: unknown) => {
        if (err instanceof VaultError && err.code === 'key-not-vouched')
          setSealRefusal(t(errorKey(err)));
      });
  }, [clientId, t]);

  const [cut, setCut] = useState<Partial<Record<CappedField, boolean>>>({});
  const typed = useMemo(
    () => [values.summary, values.agreements, values.participants],
    [values.summary, values.agreements, values.participants],
  );
  const texts = useSettledTexts(typed, DETECT_DELAY_MS);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      if (saving.current) return;
      void services()
        .logbook.saveDraft(clientId, { entryId, slot, input: values, sealed })
        .then(() => setDraftKept(true))
        // Not kept (e.g. a refused compartment key): the text stays here, and the coach is told.
        .catch(fail);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, sealed, clientId, entryId, slot, fail]);

  // Seals what is typed but not yet saved by the pause timer: before a lock wipes the keys,
  // and when the composer goes away (the coach switches client or tab mid-sentence).
  useEffect(() => {
    // Returns the write, so a lock can wait for it before reloading the page.
    const session = services();
    let locked = false;
    const keep = (): Promise<unknown> | undefined => {
      if (!dirty.current || locked) return undefined;
      return session.logbook
        .saveDraft(clientId, {
          entryId,
          slot,
          input: latest.current,
          sealed: sealedRef.current,
        })
        .catch(() => undefined);
    };
    const off = session.onBeforeLock(() => {
      const write = keep();
      locked = true; // the keys go right after this hook: nothing more to seal on unmount
      return write;
    });
    return () => {
      off();
      try {
        // Fire-and-forget: nobody waits on an unmount, and keep() catches its own failure.
        void keep();
      } catch {
        // Sealing synchronously can only fail if the keys are gone: the lock hook ran first.
      }
    };
  }, [clientId, entryId, slot]);

  // Keys typed between Alt+N and this mount were kept (see ui/typeAhead): they go into the
  // summary, and the cursor into the text, before the browser handles the next key.
  useLayoutEffect(() => {
    const focusSummary = () => {
      const el = summaryRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    };
    const claimed = entryId === null ? claimTypeAhead() : null;
    focusSummary();
    if (claimed && (claimed.text || claimed.submit)) {
      const before = latest.current.summary;
      const joint = before && claimed.text && !/\s$/.test(before) ? '\n' : '';
      const summary = capText(before + joint + claimed.text, CAPS.summary).value;
      const next = { ...latest.current, summary };
      if (claimed.text) {
        dirty.current = true;
        latest.current = next;
        setValues(next);
      }
      if (claimed.submit) void save(undefined, next);
    }
    // Alt+N while this composer is open brings the cursor back into its text.
    return registerTypeAheadTarget(focusSummary);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const set =
    <K extends keyof LogbookFormValues>(field: K) =>
    (value: LogbookFormValues[K]) => {
      dirty.current = true;
      setDraftKept(false);
      setValues((v) => ({ ...v, [field]: value }));
    };

  /** A free-text field: cut at its cap, and the coach is told when that happened. */
  const setCapped = (field: CappedField) => (value: string) => {
    const capped = capText(value, CAPS[field]);
    setCut((c) => (c[field] === capped.cut ? c : { ...c, [field]: capped.cut }));
    set(field)(capped.value);
  };

  const limit = (field: CappedField) => (
    <TextLimit length={values[field].length} max={CAPS[field]} cut={Boolean(cut[field])} />
  );

  async function save(e?: FormEvent, form: LogbookFormValues = values) {
    e?.preventDefault();
    const result = validateLogbook(formToInput(form));
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('invalid');
      return;
    }
    setErrors({});
    setStatus('saving');
    saving.current = true;
    try {
      const saved = entryId
        ? await services().logbook.update(clientId, entryId, result.value, { sealed })
        : await services().logbook.create(clientId, result.value, { sealed, slot });
      dirty.current = false;
      props.onSaved(saved);
    } catch (err) {
      saving.current = false;
      fail(err);
      if (isSealRefusal(err)) setStatus('idle');
    }
  }

  async function cancel(confirmed = false) {
    if (dirty.current && !confirmed) {
      setConfirmDiscard(true);
      return;
    }
    dirty.current = false;
    await services().logbook.discardDraft(clientId, entryId, slot);
    props.onCancel();
  }

  function onKeyDown(e: KeyboardEvent) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  }

  const err = (field: keyof LogbookInput) =>
    errors[field] ? (
      <small className="error">{t(messageKey(errors[field] as string))}</small>
    ) : null;

  return (
    <form
      className="composer"
      onSubmit={save}
      onKeyDown={onKeyDown}
      autoComplete="off"
      noValidate
      aria-label={entryId ? t('logbook.editTitle') : t('logbook.newEntry')}
    >
      <h2>{entryId ? t('logbook.editTitle') : t('logbook.newEntry')}</h2>
      {props.restoredAt && (
        <p className="notice">{t('logbook.draftRestored', { time: props.restoredAt })}</p>
      )}
      <div className="row">
        <label className="field w-s">
          <span>{t('logbook.fields.date')}</span>
          <input
            value={values.date}
            onChange={(e) => set('date')(e.target.value)}
            placeholder={t('logbook.placeholders.date')}
            aria-invalid={errors.at ? true : undefined}
          />
        </label>
        <label className="field w-xs">
          <span>{t('logbook.fields.time')}</span>
          <input
            value={values.time}
            onChange={(e) => set('time')(e.target.value)}
            placeholder="uu:mm"
            inputMode="numeric"
            aria-invalid={errors.at ? true : undefined}
          />
        </label>
        <label className="field w-xs">
          <span>{t('logbook.fields.durationMinutes')}</span>
          <input
            value={values.durationMinutes}
            onChange={(e) => set('durationMinutes')(e.target.value)}
            inputMode="numeric"
            aria-invalid={errors.durationMinutes ? true : undefined}
          />
          {err('durationMinutes')}
        </label>
        <label className="field w-s">
          <span>{t('logbook.fields.contactType')}</span>
          <select
            value={values.contactType}
            onChange={(e) => set('contactType')(e.target.value as LogbookFormValues['contactType'])}
          >
            {CONTACT_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`logbook.types.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field w-m">
          <span>{t('logbook.fields.participants')}</span>
          <input
            value={values.participants}
            onChange={(e) => setCapped('participants')(e.target.value)}
            placeholder={t('logbook.placeholders.participants')}
          />
          {limit('participants')}
        </label>
      </div>
      {err('at')}
      <label className="field">
        <span>{t('logbook.fields.summary')}</span>
        <textarea
          rows={5}
          value={values.summary}
          onChange={(e) => setCapped('summary')(e.target.value)}
          placeholder={t('logbook.placeholders.summary')}
          aria-invalid={errors.summary ? true : undefined}
          ref={summaryRef}
        />
        {limit('summary')}
        {err('summary')}
      </label>
      <SpecialFindings
        texts={texts}
        sealed={sealed}
        draftHint
        onSeal={() => {
          dirty.current = true;
          setSealed(true);
          // The button goes away once sealed: keep the cursor in the text, so typing and
          // Ctrl+Enter go on without reaching for the mouse.
          summaryRef.current?.focus();
        }}
      />
      {sealRefusal && (sealed || texts.some((x) => x.trim())) && (
        <p className="error" role="alert">
          {sealRefusal}
        </p>
      )}
      <div className="row">
        <label className="field w-l">
          <span>{t('logbook.fields.agreements')}</span>
          <textarea
            rows={3}
            value={values.agreements}
            onChange={(e) => setCapped('agreements')(e.target.value)}
            placeholder={t('logbook.placeholders.agreements')}
          />
          {limit('agreements')}
        </label>
        <label className="field w-s">
          <span>{t('logbook.fields.followUpDate')}</span>
          <input
            value={values.followUpDate}
            onChange={(e) => set('followUpDate')(e.target.value)}
            placeholder={t('logbook.placeholders.date')}
            aria-invalid={errors.followUpDate ? true : undefined}
          />
          {err('followUpDate')}
        </label>
      </div>
      <label className="seal-toggle">
        <input
          type="checkbox"
          checked={sealed}
          disabled={props.sealedEntry}
          onChange={(e) => {
            dirty.current = true;
            setSealed(e.target.checked);
          }}
        />
        <LockIcon />{' '}
        {props.sealedEntry ? t('compartment.sealedForGood') : t('compartment.sealToggle')}
      </label>
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={status === 'saving'}
          title={t('logbook.saveHint')}
        >
          {status === 'saving' ? t('logbook.saving') : t('logbook.save')}
          <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="ghost" onClick={() => void cancel()}>
          {t('logbook.cancel')}
        </button>
        <span className="status" aria-live="polite">
          {status === 'invalid' && <span className="error">{t('logbook.invalid')}</span>}
          {status === 'failed' && <span className="error">{failure}</span>}
          {status === 'idle' && draftKept && (
            <span className="muted">{t('logbook.draftSaved')}</span>
          )}
        </span>
      </div>
      <Modal
        open={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        title={t('logbook.discardConfirm')}
      >
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setConfirmDiscard(false)}>
            {t('logbook.keepWriting')}
          </button>
          <button type="button" className="primary danger" onClick={() => void cancel(true)}>
            {t('logbook.discard')}
          </button>
        </div>
      </Modal>
    </form>
  );
}

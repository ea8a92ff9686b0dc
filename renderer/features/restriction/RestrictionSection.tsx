import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatDayTime } from '../../i18n/format';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import { RestrictionInputError, type StoredRequest } from '../../state/types';
import type { Restriction } from '../../../shared/domain/restriction';
import { useRestriction } from './useRestriction';
import './restriction.css';

/** Field errors of a refused input, or the error's message key for anything else. */
function problemOf(e: unknown): { field?: string; key: string } {
  if (e instanceof RestrictionInputError) {
    const [field, key] = Object.entries(e.errors)[0] ?? ['', 'errors.unknown'];
    return { field, key };
  }
  return { key: errorKey(e) };
}

/**
 * The privacy tab's "Beperking van de verwerking": restrict with a reason (and the request it
 * answers), notes while restricted, lift with a reason. The store enforces it; this records it.
 */
export function RestrictionSection(props: { clientId: string }) {
  const { t } = useTranslation();
  const state = useRestriction(props.clientId);
  if (state.status === 'loading') return <p className="muted">{t('restriction.loading')}</p>;
  if (state.status === 'error') return <p className="error">{t(messageKey(state.message))}</p>;
  const r = state.restriction;
  return (
    <div className="restriction-section">
      <p className="hint">{t('restriction.intro')}</p>
      {r?.active ? (
        <Active clientId={props.clientId} restriction={r} />
      ) : (
        <RestrictForm clientId={props.clientId} />
      )}
      {r && r.earlier.length > 0 && <Earlier restriction={r} />}
    </div>
  );
}

function RestrictForm(props: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [reason, setReason] = useState('');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [requests, setRequests] = useState<StoredRequest[]>([]);
  const [problem, setProblem] = useState<{ field?: string; key: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void services()
      .requests.list(props.clientId)
      .then((list) => {
        if (!live) return;
        const own = list.filter((q) => q.data.type === 'restriction' && q.data.status !== 'done');
        setRequests(own);
        setRequestId((current) => current ?? own[0]?.id ?? null);
      });
    return () => {
      live = false;
    };
  }, [props.clientId]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await services().restrictions.restrict(props.clientId, { reason, requestId });
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const reasonError = problem?.field === 'reason';
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>{t('restriction.reason')}</span>
        <textarea
          name="restriction-reason"
          rows={2}
          maxLength={500}
          value={reason}
          aria-invalid={reasonError || undefined}
          aria-describedby={`${ids}-reason`}
          onChange={(e) => setReason(e.target.value)}
        />
        <small id={`${ids}-reason`} className={reasonError ? 'error' : 'muted'}>
          {reasonError && problem ? t(messageKey(problem.key)) : t('restriction.reasonHint')}
        </small>
      </label>
      {requests.length > 0 && (
        <label className="field">
          <span>{t('restriction.request')}</span>
          <select value={requestId ?? ''} onChange={(e) => setRequestId(e.target.value || null)}>
            <option value="">{t('restriction.noRequest')}</option>
            {requests.map((q) => (
              <option key={q.id} value={q.id}>
                {t('requests.types.restriction')} · {formatDay(q.data.receivedOn, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && !problem.field && (
        <p className="error" role="alert">
          {t(messageKey(problem.key))}
        </p>
      )}
      <div>
        <button type="submit" className="primary danger" disabled={busy}>
          {t('restriction.restrict')}
        </button>
      </div>
    </form>
  );
}

function Active(props: { clientId: string; restriction: Restriction }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [note, setNote] = useState('');
  const [liftReason, setLiftReason] = useState('');
  const [problem, setProblem] = useState<{ field?: string; key: string } | null>(null);
  const r = props.restriction;

  async function run(action: () => Promise<unknown>, reset: () => void) {
    try {
      await action();
      setProblem(null);
      reset();
    } catch (err) {
      setProblem(problemOf(err));
    }
  }

  const fieldError = (field: string) =>
    problem?.field === field ? (
      <small className="error" role="alert">
        {t(messageKey(problem.key))}
      </small>
    ) : null;

  return (
    <>
      <p>
        <strong>
          {t('restriction.restricted', { date: formatDay(r.since.slice(0, 10), i18n.language) })}
        </strong>
        {' · '}
        {r.reason}
      </p>
      <h3 id={`${ids}-notes`}>{t('restriction.notes')}</h3>
      {r.notes.length === 0 ? (
        <p className="muted">{t('restriction.noNotes')}</p>
      ) : (
        <ul className="restriction-notes" aria-labelledby={`${ids}-notes`}>
          {r.notes.map((n) => (
            <li key={n.at}>
              {formatDayTime(n.at, i18n.language)}: {n.text}
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => services().restrictions.addNote(props.clientId, note),
            () => setNote(''),
          );
        }}
      >
        <label className="field">
          <span>{t('restriction.note')}</span>
          <textarea
            name="restriction-note"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {fieldError('note')}
        </label>
        <div>
          <button type="submit" className="ghost">
            {t('restriction.addNote')}
          </button>
        </div>
      </form>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => services().restrictions.lift(props.clientId, liftReason),
            () => setLiftReason(''),
          );
        }}
      >
        <label className="field">
          <span>{t('restriction.liftReason')}</span>
          <textarea
            name="restriction-lift-reason"
            rows={2}
            maxLength={500}
            value={liftReason}
            onChange={(e) => setLiftReason(e.target.value)}
          />
          {fieldError('reason')}
        </label>
        {problem && !problem.field && (
          <p className="error" role="alert">
            {t(messageKey(problem.key))}
          </p>
        )}
        <div>
          <button type="submit" className="primary">
            {t('restriction.lift')}
          </button>
        </div>
      </form>
    </>
  );
}

function Earlier(props: { restriction: Restriction }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDay(iso.slice(0, 10), i18n.language);
  return (
    <>
      <h3>{t('restriction.earlier')}</h3>
      <ul className="restriction-notes">
        {props.restriction.earlier.map((e) => (
          <li key={e.since}>
            {t('restriction.earlierItem', {
              from: day(e.since),
              to: day(e.liftedAt),
              reason: e.reason,
              liftReason: e.liftReason,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/domain/local-date';
import {
  isRecordKind,
  RECORD_KINDS,
  type KindSpec,
  type Label,
} from '../../../../shared/records/registry';
import { formatDayTime } from '../../../i18n/format';
import { services } from '../../../state/services';
import type { StoredHistory, StoredStatement } from '../../../state/types';
import { StatementList } from './HistoryButton';
import './history.css';

/** The kinds a statement can be about: the records the coach edits with a reason. */
const STATEMENT_KINDS = ['client', 'cv', 'uwv-trajectory', 'health'] as const;

/**
 * Under a rectification request: the changes made with it as the reason (the outcome links
 * to them) and, when the coach declines, the client's own statement (zienswijze).
 */
export function RequestChanges(props: {
  clientId: string;
  requestId: string;
  /** The outcome is (partly) refused: the client's statement may be recorded. */
  declined: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { clientId, requestId } = props;
  const [rows, setRows] = useState<StoredHistory[] | null>(null);
  const [statements, setStatements] = useState<StoredStatement[]>([]);
  const [recordKind, setRecordKind] = useState<string>('client');
  const [text, setText] = useState('');
  const [receivedOn, setReceivedOn] = useState(localIsoDate);
  const [status, setStatus] = useState<'idle' | 'saving' | 'added' | 'failed'>('idle');

  const reload = useCallback(async () => {
    const s = services();
    const [{ rows: found }, all] = await Promise.all([
      s.history.list(clientId, { requestId }),
      s.history.statements(clientId),
    ]);
    return { found, mine: all.filter((x) => x.data.requestId === requestId) };
  }, [clientId, requestId]);

  useEffect(() => {
    let live = true;
    reload().then(
      ({ found, mine }) => {
        if (!live) return;
        setRows(found);
        setStatements(mine);
      },
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [reload]);

  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const title = (kind: string) =>
    isRecordKind(kind) ? (RECORD_KINDS[kind] as KindSpec<unknown>).export.title[lang] : kind;
  const label = (kind: string, field: string) => {
    const fields = isRecordKind(kind)
      ? ((RECORD_KINDS[kind] as KindSpec<unknown>).export.fields as Record<string, Label> | null)
      : null;
    return fields?.[field]?.[lang] ?? field;
  };
  const show = (v: unknown) =>
    v === undefined || v === null || v === ''
      ? t('history.emptyValue')
      : typeof v === 'string'
        ? v
        : JSON.stringify(v).slice(0, 120);

  async function add() {
    if (!text.trim()) return;
    setStatus('saving');
    try {
      await services().history.addStatement(clientId, {
        recordKind,
        recordId: null,
        requestId,
        text: text.trim(),
        receivedOn,
      });
      setText('');
      setStatements((await reload()).mine);
      setStatus('added');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <fieldset className="request-changes history">
      <legend>{t('history.request.changes')}</legend>
      {rows === null ? (
        <p className="muted">{t('history.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('history.request.noChanges')}</p>
      ) : (
        <ul className="request-change-list">
          {rows.flatMap((r) =>
            r.data.changes.map((c) => (
              <li key={`${r.id}:${c.field}`}>
                {formatDayTime(r.data.at, i18n.language)} · {title(r.data.kind)} ·{' '}
                <strong>{label(r.data.kind, c.field)}</strong>{' '}
                <span className="muted">{t('history.request.was', { value: show(c.before) })}</span>
              </li>
            )),
          )}
        </ul>
      )}
      <StatementList statements={statements} />
      {props.declined && (
        <div className="statement-form">
          <h3>{t('history.request.statements')}</h3>
          <p className="muted">{t('history.request.statementHint')}</p>
          <div className="row">
            <label className="field w-m">
              <span>{t('history.request.recordKind')}</span>
              <select
                name="statementKind"
                value={recordKind}
                onChange={(e) => setRecordKind(e.target.value)}
              >
                {STATEMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {title(k)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field w-s">
              <span>{t('history.request.receivedOn')}</span>
              <input
                type="date"
                name="statementReceivedOn"
                value={receivedOn}
                onChange={(e) => setReceivedOn(e.target.value)}
              />
            </label>
          </div>
          <label className="field w-l">
            <span>{t('history.request.text')}</span>
            <textarea
              name="statementText"
              rows={3}
              maxLength={5000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button
            type="button"
            disabled={status === 'saving' || !text.trim()}
            onClick={() => void add()}
          >
            {t('history.request.add')}
          </button>{' '}
          <span role="status" aria-live="polite">
            {status === 'added' && <span className="ok">✓ {t('history.request.added')}</span>}
            {status === 'failed' && <span className="error">{t('history.request.failed')}</span>}
          </span>
        </div>
      )}
    </fieldset>
  );
}

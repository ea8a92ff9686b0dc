import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldHistory } from '../../../../shared/domain/field-history';
import { RECORD_KINDS, type KindSpec, type RecordKind } from '../../../../shared/records/registry';
import { formatDay, formatDayTime } from '../../../i18n/format';
import { services } from '../../../state/services';
import type { StoredHistory, StoredStatement } from '../../../state/types';
import { Modal } from '../Modal';
import './history.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | {
      status: 'ready';
      rows: StoredHistory[];
      sealedHidden: number;
      statements: StoredStatement[];
      requests: Map<string, string>;
    };

/** One changed field of one save, with the value it got (the next save's before, or now). */
export interface HistoryLine {
  key: string;
  at: string;
  by: string;
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
  requestId: string | null;
}

/** Newest first in, newest first out; the after-value is the next newer row's before. */
export function historyLines(rows: { id: string; data: FieldHistory }[], current: object) {
  const now = current as Record<string, unknown>;
  const later = new Map<string, unknown>();
  const out: HistoryLine[] = [];
  for (const row of rows) {
    for (const c of row.data.changes) {
      out.push({
        key: `${row.id}:${c.field}`,
        at: row.data.at,
        by: row.data.by,
        field: c.field,
        before: c.before,
        after: later.has(c.field) ? later.get(c.field) : now[c.field],
        reason: row.data.reason,
        requestId: row.data.requestId,
      });
      later.set(c.field, c.before);
    }
  }
  return out;
}

/**
 * "Geschiedenis" beside an editor's save: a dialog with every earlier value of the record's
 * fields, when, by whom and why, and the client's statements about the record.
 */
export function HistoryButton(props: {
  clientId: string;
  kind: RecordKind;
  /** The record as it is now: the newest change's new value. */
  current?: object;
  /** Or how to read it when the dialog opens (an editor that holds only its draft). */
  loadCurrent?: () => Promise<object | undefined>;
  title: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="ghost" onClick={() => setOpen(true)}>
        {t('history.open')}
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('history.title', { what: props.title })}
        description={t('history.description')}
        wide
      >
        {open && <HistoryList {...props} />}
        <div className="form-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('history.close')}
          </button>
        </div>
      </Modal>
    </>
  );
}

function HistoryList(props: {
  clientId: string;
  kind: RecordKind;
  current?: object;
  loadCurrent?: () => Promise<object | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [fetched, setFetched] = useState<object | undefined>(undefined);
  const { clientId, kind, loadCurrent } = props;

  useEffect(() => {
    let live = true;
    loadCurrent?.().then(
      (c) => live && setFetched(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loadCurrent]);

  useEffect(() => {
    let live = true;
    const s = services();
    Promise.all([
      s.history.list(clientId),
      s.history.statements(clientId, kind),
      s.requests.list(clientId),
    ])
      .then(([{ rows, sealedHidden }, statements, requests]) => {
        if (!live) return;
        setLoaded({
          status: 'ready',
          rows: rows.filter((r) => r.data.kind === kind),
          sealedHidden,
          statements,
          requests: new Map(requests.map((r) => [r.id, r.data.receivedOn])),
        });
      })
      .catch(() => live && setLoaded({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [clientId, kind]);

  if (loaded.status === 'loading') return <p className="muted">{t('history.loading')}</p>;
  if (loaded.status === 'failed') return <p className="error">{t('history.failed')}</p>;
  const labels = (RECORD_KINDS[kind] as KindSpec<unknown>).export.fields as Record<
    string,
    { nl: string; en: string }
  > | null;
  const label = (field: string) => {
    const l = labels?.[field];
    return l ? (i18n.language === 'en' ? l.en : l.nl) : field;
  };
  const show = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return t('history.emptyValue');
    if (typeof v === 'boolean') return v ? t('history.yes') : t('history.no');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    const json = JSON.stringify(v);
    return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  };
  const lines = historyLines(loaded.rows, props.current ?? fetched ?? {});
  return (
    <div className="history">
      {loaded.sealedHidden > 0 && (
        <p className="notice">{t('history.sealedHidden', { count: loaded.sealedHidden })}</p>
      )}
      {lines.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <table className="history-table">
          <thead>
            <tr>
              <th>{t('history.when')}</th>
              <th>{t('history.field')}</th>
              <th>{t('history.change')}</th>
              <th>{t('history.reason')}</th>
              <th>{t('history.by')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => {
              const requestDate = l.requestId ? loaded.requests.get(l.requestId) : undefined;
              return (
                <tr key={l.key}>
                  <td>{formatDayTime(l.at, i18n.language)}</td>
                  <td>{label(l.field)}</td>
                  <td>
                    <del>{show(l.before)}</del> → <ins>{show(l.after)}</ins>
                  </td>
                  <td>
                    {l.reason || t('history.noReason')}
                    {l.requestId && (
                      <small className="muted">
                        {' '}
                        (
                        {requestDate
                          ? t('history.linked', { date: formatDay(requestDate, i18n.language) })
                          : t('history.linkedUnknown')}
                        )
                      </small>
                    )}
                  </td>
                  <td>{l.by}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <StatementList statements={loaded.statements} />
    </div>
  );
}

/** The client's own statements about a record (zienswijze): shown with the record. */
export function StatementList(props: { statements: StoredStatement[] }) {
  const { t, i18n } = useTranslation();
  if (props.statements.length === 0) return null;
  return (
    <section className="statements">
      <h3>{t('history.statements')}</h3>
      <ul>
        {props.statements.map((s) => (
          <li key={s.id}>
            <blockquote>{s.data.text}</blockquote>
            <small className="muted">
              {t('history.statementOn', { date: formatDay(s.data.receivedOn, i18n.language) })}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}

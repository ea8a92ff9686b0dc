import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageKey } from '../../i18n/keys';
import type { AuditAction, AuditEntry } from '../../state/types';
import { errorKey, useSession } from '../../state/session';
import {
  AUDIT_ACTIONS,
  clientLabel,
  detailText,
  formatAuditTime,
  formatCount,
  PAGE_SIZE,
  selectEntries,
  type Translate,
  shortHash,
  type AuditFilter,
} from './audit-format';
import { useAuditLog, type AuditLoad } from './useAuditLog';
import './audit.css';

/** Audit log viewer: one client's entries, or everything when clientId is null. */
export function AuditViewer(props: { clientId: string | null }) {
  const { load, busy, recheck } = useAuditLog(props.clientId);
  return (
    <div className="audit-viewer">
      <ChainStatus load={load} busy={busy} onRecheck={recheck} global={props.clientId === null} />
      {load.status === 'intact' && (
        // Keyed by client so filters and paging start over for another client.
        <AuditTable
          key={props.clientId ?? '*'}
          entries={load.entries}
          global={props.clientId === null}
        />
      )}
    </div>
  );
}

function ChainStatus(props: {
  load: AuditLoad;
  busy: boolean;
  onRecheck: () => void;
  global: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { load } = props;
  const checking = props.busy || load.status === 'checking';
  const recheck = (
    <button type="button" className="ghost small" onClick={props.onRecheck} disabled={checking}>
      {t('audit.recheck')}
    </button>
  );

  if (load.status === 'broken') {
    return (
      <div className="audit-broken" role="alert">
        <p className="audit-broken-title">
          {t('audit.broken', {
            seq: formatCount(load.check.brokenAt, i18n.language),
            reason: t(`audit.reasons.${load.check.reason}`),
          })}
        </p>
        <p>
          {load.check.vouchedUpTo > 0
            ? t('audit.vouchedUpTo', { seq: formatCount(load.check.vouchedUpTo, i18n.language) })
            : t('audit.vouchedNone')}
        </p>
        <p>{t('audit.brokenMeaning')}</p>
        <p className="small">{t('audit.brokenHidden')}</p>
        {recheck}
      </div>
    );
  }

  let text: string;
  let className = 'audit-status';
  if (checking) text = t('audit.checking');
  else if (load.status === 'failed') {
    text = `${t('audit.loadFailed')} ${t(errorKey(load.error))}`;
    className += ' error';
  } else if (load.check.count === 0) text = t('audit.intactEmpty');
  else {
    // The count is the whole log's, which a client's viewer must say.
    text = t(props.global ? 'audit.intact' : 'audit.intactWhole', {
      count: load.check.count,
      formatted: formatCount(load.check.count, i18n.language),
      head: shortHash(load.check.head),
    });
    className += ' intact';
  }
  const unanchored = !checking && load.status === 'intact' && !load.check.anchored;
  return (
    <div className={className}>
      <span role="status">{text}</span>
      {unanchored && <span className="small">{t('audit.notAnchored')}</span>}
      {recheck}
    </div>
  );
}

function AuditTable(props: { entries: AuditEntry[]; global: boolean }) {
  const { t, i18n } = useTranslation();
  const clientsById = useSession((s) => s.clientsById);
  const [filter, setFilter] = useState<AuditFilter>({ action: 'all', query: '' });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const actionId = useId();
  const searchId = useId();

  const lang = i18n.language;
  const detail = useMemo(() => {
    const translate: Translate = (key, values) => t(messageKey(key), values ?? {});
    return (e: AuditEntry) => detailText(e, translate, lang);
  }, [t, lang]);
  const rows = useMemo(
    () => selectEntries(props.entries, filter, detail),
    [props.entries, filter, detail],
  );
  const shown = rows.slice(0, limit);
  const change = (next: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setLimit(PAGE_SIZE);
  };

  if (props.entries.length === 0)
    return <p className="muted">{t(props.global ? 'audit.empty' : 'audit.emptyClient')}</p>;

  return (
    <>
      {props.global && (
        <div className="audit-filters">
          <label htmlFor={actionId} className="sr-only">
            {t('audit.filterAction')}
          </label>
          <select
            id={actionId}
            value={filter.action}
            onChange={(e) => change({ action: e.target.value as AuditAction | 'all' })}
          >
            <option value="all">{t('audit.allActions')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
          <label htmlFor={searchId} className="sr-only">
            {t('audit.search')}
          </label>
          <input
            id={searchId}
            type="search"
            placeholder={t('audit.search')}
            value={filter.query}
            onChange={(e) => change({ query: e.target.value })}
          />
        </div>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('audit.noResults')}</p>
      ) : (
        // A scroll container of its own: focusable and named, so a keyboard user can Tab to
        // it and scroll with the arrow keys (WCAG 2.1.1; axe scrollable-region-focusable).
        <div
          className="audit-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('audit.tableLabel')}
        >
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('audit.columns.seq')}
                </th>
                <th scope="col">{t('audit.columns.at')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                {props.global && <th scope="col">{t('audit.columns.client')}</th>}
                <th scope="col">{t('audit.columns.purpose')}</th>
                <th scope="col">{t('audit.columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                return (
                  <tr key={e.seq}>
                    <td className="num">{e.seq}</td>
                    <td className="nowrap">
                      <time dateTime={e.at}>{formatAuditTime(e.at, i18n.language)}</time>
                    </td>
                    <td className={`audit-action action-${e.action}`}>
                      {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                    </td>
                    {props.global && (
                      <td>
                        <ClientCell clientId={e.clientId} clientsById={clientsById} />
                      </td>
                    )}
                    <td>{e.purpose ?? ''}</td>
                    <td className="muted">{detail(e)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="audit-footer">
        <span className="muted small">
          {t('audit.shown', {
            shown: formatCount(shown.length, i18n.language),
            total: formatCount(rows.length, i18n.language),
          })}
        </span>
        {shown.length < rows.length && (
          <button
            type="button"
            className="ghost small"
            onClick={() => setLimit((n) => n + PAGE_SIZE)}
          >
            {t('audit.more')}
          </button>
        )}
      </div>
    </>
  );
}

function ClientCell(props: {
  clientId: string | null;
  clientsById: Parameters<typeof clientLabel>[1];
}) {
  const { t } = useTranslation();
  const label = clientLabel(props.clientId, props.clientsById);
  if (label.kind === 'known') return <>{label.name}</>;
  if (label.kind === 'unknown')
    return <span className="muted">{t('audit.erasedClient', { id: label.shortId })}</span>;
  return (
    <>
      <span className="muted" aria-hidden="true">
        —
      </span>
      <span className="sr-only">{t('audit.noClient')}</span>
    </>
  );
}

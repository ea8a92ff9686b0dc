import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Client } from '../../../shared/domain/client';
import { blockedUntil, type DueItem, type RetentionList } from '../../../shared/domain/retention';
import { formatDay } from '../../i18n/format';
import { confirmRetentionErasure } from '../../state/retention-erasure';
import { errorKey, type DossierTab } from '../../state/session';
import { services } from '../../state/services';
import { messageKey } from '../../i18n/keys';
import { HoldDialog } from './HoldDialog';
import './retention.css';

/**
 * "Te verwijderen": every retention item whose day has come (the day's check, made at
 * unlock), oldest first, each with its two ways out: confirm the erasure, or keep it longer
 * under a legal hold. Held items stay listed below with their review dates. Shown only when
 * there is something to list.
 */
export function RetentionPanel(props: {
  clientsById: Record<string, Client>;
  today: string;
  open: (clientId: string, tab: DossierTab) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [list, setList] = useState<RetentionList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [holding, setHolding] = useState<DueItem | null>(null);

  const reload = useCallback(() => {
    let live = true;
    services()
      .retention.list()
      .then(
        (l) => live && setList(l),
        (e: unknown) => live && setError(errorKey(e)),
      );
    return () => {
      live = false;
    };
  }, []);
  useEffect(reload, [reload]);

  // An erased client is no longer in the caseload: nothing of it is left to erase.
  const known = (i: DueItem) => Boolean(props.clientsById[i.clientId]);
  const due = (list?.due ?? []).filter(known);
  const held = (list?.held ?? []).filter(known);
  if (!error && due.length === 0 && held.length === 0) return null;

  const name = (clientId: string) => {
    const c = props.clientsById[clientId];
    return c ? displayName(c) : t('retention.panel.erasedClient');
  };
  const what = (i: DueItem) => t(`retention.classes.${i.retention}`);
  return (
    <section className="dash-panel retention-panel" aria-labelledby="dash-retention">
      <header>
        <h2 id="dash-retention">{t('retention.panel.title')}</h2>
        <p className="muted small">
          {t('retention.panel.subtitle', { date: formatDay(props.today, lang) })}
        </p>
      </header>
      {error && (
        <p className="error" role="alert">
          {t(messageKey(error))}
        </p>
      )}
      {due.length === 0 ? (
        <p className="muted">{t('retention.panel.empty')}</p>
      ) : (
        <ul className="dash-list retention-list">
          {due.map((item) => {
            const blocked = list ? blockedUntil(item, list) : null;
            const label = { what: what(item), name: name(item.clientId) };
            return (
              <li key={`${item.clientId}:${item.retention}`} className="retention-row">
                <span className="dash-what">
                  <strong>{name(item.clientId)}</strong>
                  <span>
                    {what(item)} ·{' '}
                    {item.because === 'erasure-request'
                      ? t('retention.panel.sinceRequest', { date: formatDay(item.dueOn, lang) })
                      : t('retention.panel.since', { date: formatDay(item.dueOn, lang) })}
                  </span>
                  {blocked && (
                    <span className="muted small">
                      {t('retention.panel.blocked', { date: formatDay(blocked, lang) })}
                    </span>
                  )}
                </span>
                <span className="retention-actions">
                  <button
                    type="button"
                    className="ghost"
                    aria-label={t('retention.panel.holdLabel', label)}
                    onClick={() => setHolding(item)}
                  >
                    {t('retention.panel.hold')}
                  </button>
                  <button
                    type="button"
                    className="primary danger"
                    disabled={blocked !== null}
                    aria-label={t('retention.panel.confirmLabel', label)}
                    onClick={() => confirmRetentionErasure(item, props.open)}
                  >
                    {t('retention.panel.confirm')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {held.length > 0 && (
        <details className="retention-held">
          <summary>{t('retention.panel.held', { count: held.length })}</summary>
          <ul className="dash-list compact">
            {held.map((h) => (
              <li key={`${h.clientId}:${h.retention}`} className="retention-row held">
                <span className="dash-what">
                  <strong>{name(h.clientId)}</strong>
                  <span className="muted small">
                    {what(h)} ·{' '}
                    {t('retention.panel.heldUntil', { date: formatDay(h.reviewOn, lang) })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <HoldDialog
        item={holding}
        name={holding ? name(holding.clientId) : ''}
        onClose={() => setHolding(null)}
        onHeld={() => {
          setHolding(null);
          reload();
        }}
      />
    </section>
  );
}

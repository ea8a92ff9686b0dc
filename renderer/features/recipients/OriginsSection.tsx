import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORIGINS, type Origin } from '../../../shared/domain/recipients';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import type { OriginRow } from '../../state/types';
import { useClientLoad } from './useClientLoad';
import './recipients.css';

const originsOf = (clientId: string) => services().recipients.originRows(clientId);

/**
 * Herkomst of the client's main records (personalia, CV, trajectory, Poortwachter, health),
 * each with a select; a kind's default shows until the coach picks one. Reading it opens
 * nothing: only the records' ids and kinds are needed.
 */
export function OriginsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const state = useClientLoad(clientId, originsOf);
  const [failure, setFailure] = useState<string | null>(null);

  async function change(row: OriginRow, origin: Origin, note: string) {
    setFailure(null);
    try {
      await services().recipients.setOrigin(clientId, row.recordId, origin, note);
    } catch (e) {
      setFailure(errorKey(e));
    }
  }

  if (state.status === 'loading') return null;
  if (state.status === 'error')
    return <p className="notice error">{t(messageKey(state.message))}</p>;
  const rows = state.value;
  return (
    <div className="origins">
      <p className="muted">{t('recipients.origin.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('recipients.origin.empty')}</p>
      ) : (
        <table className="origins-table" aria-label={t('recipients.origin.title')}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.recordId}>
                <th scope="row">{t(`recipients.origin.kinds.${row.kind}`)}</th>
                <td>
                  <select
                    aria-label={`${t('recipients.origin.label')}: ${t(`recipients.origin.kinds.${row.kind}`)}`}
                    value={row.origin}
                    onChange={(e) => void change(row, e.target.value as Origin, row.note)}
                  >
                    {ORIGINS.map((o) => (
                      <option key={o} value={o}>
                        {t(`recipients.origins.${o}`)}
                      </option>
                    ))}
                  </select>{' '}
                  {row.isDefault && (
                    <span className="small muted">{t('recipients.origin.standard')}</span>
                  )}
                </td>
                <td>
                  <input
                    key={row.note}
                    defaultValue={row.note}
                    maxLength={200}
                    placeholder={t('recipients.origin.note')}
                    aria-label={`${t('recipients.origin.note')}: ${t(`recipients.origin.kinds.${row.kind}`)}`}
                    onBlur={(e) => {
                      if (e.target.value.trim() !== row.note)
                        void change(row, row.origin, e.target.value);
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failure && (
        <p className="error" role="alert">
          {t(messageKey(failure))}
        </p>
      )}
    </div>
  );
}

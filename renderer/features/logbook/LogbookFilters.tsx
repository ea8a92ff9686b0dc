import { useTranslation } from 'react-i18next';
import { CONTACT_TYPES, type ContactType } from '../../../shared/domain/logbook';
import type { LogbookFilterState } from './useLogbookFilters';

/** Search, contact type and period above the logbook list. */
export function LogbookFilters({ f }: { f: LogbookFilterState }) {
  const { t } = useTranslation();
  return (
    <div className="logbook-filters">
      <input
        type="search"
        value={f.query}
        onChange={(e) => f.setQuery(e.target.value)}
        placeholder={t('logbook.search')}
        aria-label={t('logbook.search')}
      />
      <select
        value={f.type}
        onChange={(e) => f.setType(e.target.value as ContactType | 'all')}
        aria-label={t('logbook.fields.contactType')}
      >
        <option value="all">{t('logbook.allTypes')}</option>
        {CONTACT_TYPES.map((c) => (
          <option key={c} value={c}>
            {t(`logbook.types.${c}`)}
          </option>
        ))}
      </select>
      <input
        value={f.from}
        onChange={(e) => f.setFrom(e.target.value)}
        placeholder={t('logbook.placeholders.date')}
        aria-label={t('logbook.from')}
      />
      <input
        value={f.to}
        onChange={(e) => f.setTo(e.target.value)}
        placeholder={t('logbook.placeholders.date')}
        aria-label={t('logbook.to')}
      />
      {f.filtering && (
        <button type="button" className="ghost small" onClick={f.clear}>
          {t('logbook.clear')}
        </button>
      )}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { parseDutchDate } from '../../../shared/domain/dutch-date';
import { filterLogbook, type ContactType } from '../../../shared/domain/logbook';
import type { LogbookItem } from './useLogbook';

/** The logbook's search, contact-type and period filters, and what they leave shown. */
export function useLogbookFilters(items: LogbookItem[] | null) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ContactType | 'all'>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filtered = useMemo(
    () =>
      filterLogbook(items ?? [], {
        query,
        contactType: type,
        from: parseDutchDate(from) ?? '',
        to: parseDutchDate(to) ?? '',
      }),
    [items, query, type, from, to],
  );
  return {
    query,
    setQuery,
    type,
    setType,
    from,
    setFrom,
    to,
    setTo,
    filtered,
    filtering: query !== '' || type !== 'all' || from !== '' || to !== '',
    clear: () => {
      setQuery('');
      setType('all');
      setFrom('');
      setTo('');
    },
  };
}

export type LogbookFilterState = ReturnType<typeof useLogbookFilters>;

import type { Client } from './client';
import { displayName, sortName } from './client-name';
import { fold } from './text-fold';

export interface CaseloadEntry {
  id: string;
  name: string;
  sortKey: string;
  city: string;
  clientNumber: string;
  archived: boolean;
  /** Lower-case, accent-free text the search runs over. */
  haystack: string;
}

export function toCaseloadEntry(c: Client): CaseloadEntry {
  const name = displayName(c);
  return {
    id: c.id,
    name,
    sortKey: fold(sortName(c)),
    city: c.woonplaats,
    clientNumber: c.clientnummer,
    archived: c.archived,
    haystack: fold([name, c.voorletters, c.woonplaats, c.clientnummer].join(' ')),
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const compareEntries = (a: CaseloadEntry, b: CaseloadEntry): number =>
  collator.compare(a.sortKey, b.sortKey) || a.id.localeCompare(b.id);

/** Every word of the query must occur somewhere: "jan utrecht" narrows, it does not widen. */
export function searchCaseload(
  entries: readonly CaseloadEntry[],
  query: string,
  opts: { includeArchived: boolean },
): CaseloadEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) => (opts.includeArchived || !e.archived) && words.every((w) => e.haystack.includes(w)),
  );
}

/**
 * How a client's name is shown and sorted. Apart from client.ts (which re-exports it), so the
 * caseload can be built without the client schema, zod and the phone metadata: the session
 * store that holds the caseload is in the lock screen's script (issue 11: ready in 300 ms).
 */
export interface NameParts {
  voornaam: string;
  voorletters: string;
  tussenvoegsel: string;
  achternaam: string;
}

/** "Jan de Vries". */
export const displayName = (c: NameParts): string =>
  [c.voornaam || c.voorletters, c.tussenvoegsel, c.achternaam].filter(Boolean).join(' ');

/** "Vries, Jan de": Dutch lists sort on the surname without its tussenvoegsel. */
export const sortName = (c: NameParts): string =>
  `${c.achternaam}, ${[c.voornaam || c.voorletters, c.tussenvoegsel].filter(Boolean).join(' ')}`;

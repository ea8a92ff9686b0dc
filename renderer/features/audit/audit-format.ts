import { format, parseISO } from 'date-fns';
import { displayName } from '../../../shared/domain/client';
import { fold } from '../../../shared/domain/text-fold';
import type { AuditAction, AuditCheck, AuditEntry } from '../../state/types';

/** In the order the action filter lists them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'unlock',
  'compartment-open',
  'export',
  'erasure',
  'consent-change',
  'restriction',
  'passphrase-change',
  'quick-unlock-enrolled',
  'quick-unlock-removed',
  'unlock-failed',
  'compartment-open-failed',
  'sealed-draft-discarded',
  'draft-discarded',
  'session-leave-failed',
  'passphrase-change-failed',
  'quick-unlock-enroll-failed',
];

/** How many rows the viewer adds per "meer tonen": a table of 10,000 rows would stall the UI. */
export const PAGE_SIZE = 200;

export type BrokenReason = Extract<AuditCheck, { ok: false }>['reason'];

/** Local time, to the second: an auditor compares it with other logs. */
export function formatAuditTime(at: string, lang: string): string {
  const date = parseISO(at);
  if (Number.isNaN(date.getTime())) return at;
  return format(date, lang === 'en' ? 'dd/MM/yyyy HH:mm:ss' : 'dd-MM-yyyy HH:mm:ss');
}

/** "1.234" in Dutch, "1,234" in English. */
export const formatCount = (n: number, lang: string): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL').format(n);

/** Enough of the head hash to compare by eye with what the office has on record. */
export const shortHash = (hex: string): string => hex.slice(0, 8);

/** The first 8 characters of a random id: enough to tell erased clients apart. */
export const shortId = (id: string): string => id.replace(/-/g, '').slice(0, 8);

type NameFields = Parameters<typeof displayName>[0];

export type ClientLabel =
  { kind: 'none' } | { kind: 'known'; name: string } | { kind: 'unknown'; shortId: string };

/** An entry outlives the dossier it names: an erased client shows by its short id only. */
export function clientLabel(
  clientId: string | null,
  clientsById: Readonly<Record<string, NameFields | undefined>>,
): ClientLabel {
  if (clientId === null) return { kind: 'none' };
  const client = clientsById[clientId];
  if (!client) return { kind: 'unknown', shortId: shortId(clientId) };
  return { kind: 'known', name: displayName(client) || shortId(clientId) };
}

/**
 * Details Koers writes itself are English tokens (the log is not tied to a language);
 * these get a translation key, anything else is shown as written.
 */
const KNOWN_DETAILS: Readonly<Record<string, string>> = {
  passphrase: 'audit.details.passphrase',
  'quick unlock (OS keychain)': 'audit.details.quickUnlock',
  // The form whose unsaved input was discarded (shared/domain/form-drafts.ts).
  personalia: 'audit.details.personalia',
  trajectory: 'audit.details.trajectory',
  'poortwachter-spell': 'audit.details.poortwachterSpell',
  'poortwachter-extension': 'audit.details.poortwachterExtension',
  health: 'audit.details.health',
};

export const detailKey = (detail: string | undefined): string | null =>
  detail === undefined ? null : (KNOWN_DETAILS[detail] ?? null);

export interface AuditFilter {
  action: AuditAction | 'all';
  query: string;
}

/**
 * Newest first, then the action filter and a case- and accent-free search over purpose
 * and detail (the translated detail too, so "wachtwoordzin" finds an unlock).
 */
export function selectEntries(
  entries: readonly AuditEntry[],
  filter: AuditFilter,
  translateDetail: (key: string) => string = (k) => k,
): AuditEntry[] {
  const needle = fold(filter.query.trim());
  const out: AuditEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e) continue;
    if (filter.action !== 'all' && e.action !== filter.action) continue;
    if (needle) {
      const key = detailKey(e.detail);
      const hay = fold(
        [e.purpose ?? '', e.detail ?? '', key ? translateDetail(key) : ''].join('\n'),
      );
      if (!hay.includes(needle)) continue;
    }
    out.push(e);
  }
  return out;
}

import { format, parseISO } from 'date-fns';
import { displayName } from '../../../shared/domain/client';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { fold } from '../../../shared/domain/text-fold';
import { legacyFacts, type AuditFacts } from '../../../shared/domain/audit-facts';
import type { AuditAction, AuditCheck, AuditEntry } from '../../state/types';

/** In the order the action filter lists them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'unlock',
  'compartment-open',
  'export',
  'erasure',
  'consent-change',
  'restriction',
  'retention-hold',
  'request',
  'passphrase-change',
  'quick-unlock-enrolled',
  'quick-unlock-removed',
  'unlock-failed',
  'compartment-open-failed',
  'sealed-draft-discarded',
  'draft-discarded',
  'id-copy-redacted',
  'session-leave-failed',
  'passphrase-change-failed',
  'erasure-failed',
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

/** How the viewer asks for a message: a key of the resources and its values. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Tab names as the dossier shows them, for "which tabs the client could see". */
const TAB_KEYS: Readonly<Record<string, string>> = {
  personalia: 'client.sections.personalia',
  logbook: 'logbook.title',
  cv: 'cv.title',
  poortwachter: 'poortwachter.title',
  trajectory: 'trajectory.title',
  documents: 'documents.title',
  health: 'health.title',
  privacy: 'privacy.title',
};

/** The form whose unsaved input was discarded (shared/domain/form-drafts.ts), by its token. */
const DRAFT_EDITORS: Readonly<Record<string, string>> = {
  personalia: 'audit.details.personalia',
  trajectory: 'audit.details.trajectory',
  'poortwachter-spell': 'audit.details.poortwachterSpell',
  'poortwachter-extension': 'audit.details.poortwachterExtension',
  'poortwachter-close-spell': 'audit.details.poortwachterCloseSpell',
  'poortwachter-done': 'audit.details.poortwachterDone',
  'milestone-done': 'audit.details.milestoneDone',
  'consent-withdrawal': 'audit.details.consentWithdrawal',
  health: 'audit.details.health',
};

/** The facts of an entry: its own, or those read back from what an older version wrote. */
export const entryFacts = (e: AuditEntry): AuditFacts | null =>
  e.facts ?? legacyFacts(e.action, e.detail);

/** One fact in words of the UI language. */
export function describeFacts(f: AuditFacts, t: Translate): string {
  const tabName = (tab: string) => {
    const key = TAB_KEYS[tab];
    return key ? t(key) : tab;
  };
  const sealed = (text: string, isSealed: boolean) =>
    isSealed ? t('audit.details.sealed', { detail: text }) : text;
  switch (f.kind) {
    case 'consent-granted':
    case 'consent-withdrawn': {
      const terms = [t(`consent.bases.${f.basis}`)];
      if (f.kind === 'consent-granted') {
        if (f.givenBy) terms.push(t(`audit.details.givenBy.${f.givenBy}`));
        if (f.employers !== null) terms.push(t('audit.details.employers', { count: f.employers }));
      }
      const values = { scope: t(`consent.scopes.${f.scope}`), terms: terms.join(', ') };
      return f.kind === 'consent-granted'
        ? t('audit.details.consentGranted', values)
        : sealed(t('audit.details.consentWithdrawn', values), f.sealed);
    }
    case 'representation-changed':
      return sealed(
        t(
          f.representative
            ? 'audit.details.representationRequired'
            : 'audit.details.representationNone',
        ),
        f.sealed,
      );
    case 'unlocked-with':
      return t(f.how === 'passphrase' ? 'audit.details.passphrase' : 'audit.details.quickUnlock');
    case 'key-refused':
      return t(`audit.details.keyRefused.${f.which}`);
    case 'tabs-shared':
      return f.tabs.length === 0
        ? t('audit.details.tabsNone')
        : t('audit.details.tabsShared', { tabs: f.tabs.map(tabName).join(', ') });
    case 'draft-of':
      return t('audit.details.draftOf', { editor: tabName(f.editor) });
    case 'retention-hold':
      return t('audit.details.retentionHold', {
        retention: t(`retention.classes.${f.retention}`),
        date: formatDutchDate(f.reviewOn),
      });
    case 'request':
      return t(`audit.details.request.${f.change}`, { type: t(`requests.types.${f.type}`) });
    case 'restriction':
      return t(`audit.details.restriction.${f.change}`);
    case 'objection':
      return t('audit.details.objection', {
        processing: t(`objection.processings.${f.processing}`),
        outcome: t(`objection.outcomes.${f.outcome}`),
      });
  }
}

/**
 * The detail column: failed attempts, the facts in the UI language, or (for text no
 * version of Koers wrote as a token or a sentence) the text as written.
 */
export function detailText(e: AuditEntry, t: Translate, lang: string): string {
  if (e.failures)
    return t('audit.details.failedSince', {
      count: e.failures,
      since: formatAuditTime(e.since ?? e.at, lang),
    });
  const facts = entryFacts(e);
  if (facts) return describeFacts(facts, t);
  const editor = e.action === 'draft-discarded' && e.detail ? DRAFT_EDITORS[e.detail] : undefined;
  return editor ? t(editor) : (e.detail ?? '');
}

export interface AuditFilter {
  action: AuditAction | 'all';
  query: string;
}

/**
 * Newest first, then the action filter and a case- and accent-free search over purpose
 * and detail as the viewer shows it (so "wachtwoordzin" finds an unlock, "ingetrokken" a
 * withdrawal), and the stored text of an older entry too.
 */
export function selectEntries(
  entries: readonly AuditEntry[],
  filter: AuditFilter,
  describe: (e: AuditEntry) => string = (e) => e.detail ?? '',
): AuditEntry[] {
  const needle = fold(filter.query.trim());
  const out: AuditEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e) continue;
    if (filter.action !== 'all' && e.action !== filter.action) continue;
    if (needle) {
      const hay = fold([e.purpose ?? '', e.detail ?? '', describe(e)].join('\n'));
      if (!hay.includes(needle)) continue;
    }
    out.push(e);
  }
  return out;
}

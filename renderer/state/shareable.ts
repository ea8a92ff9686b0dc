import type { DossierTab } from './tabs';

/**
 * Which dossier tabs a coach may show while the client looks along. Health data and the
 * privacy registers (consents; requests with their identity checks) are never shown: the
 * screen may be seen by whoever sits next to the client, and neither is something to
 * browse together.
 */
export const SHAREABLE_TABS = [
  'personalia',
  'logbook',
  'cv',
  'poortwachter',
  'trajectory',
  'documents',
] as const satisfies readonly DossierTab[];
export const NEVER_SHARED = [
  'health',
  'privacy',
  'requests',
] as const satisfies readonly DossierTab[];

export type ShareableTab = (typeof SHAREABLE_TABS)[number];

// A new dossier tab must be put in one of the two lists above before this compiles.
type Unclassified = Exclude<DossierTab, ShareableTab | (typeof NEVER_SHARED)[number]>;
const everyTabClassified: [Unclassified] extends [never] ? true : Unclassified = true;
void everyTabClassified;

/**
 * What a coach would show by default: the CV and the UWV trajectory are made together,
 * personalia lets the client check their address (the BSN stays masked). Off by default:
 * the logbook (the coach's own notes), Poortwachter (sick dates are medical data) and
 * documents (letters from doctors or UWV).
 */
export const DEFAULT_SHARED: readonly ShareableTab[] = ['personalia', 'cv', 'trajectory'];

export const isShareable = (tab: unknown): tab is ShareableTab =>
  (SHAREABLE_TABS as readonly unknown[]).includes(tab);

/** Only shareable tabs, each once, in dossier order; anything else is dropped. */
export function onlyShareable(tabs: readonly unknown[]): ShareableTab[] {
  return SHAREABLE_TABS.filter((tab) => tabs.includes(tab));
}

/**
 * The remembered choice as stored (JSON text of tab keys, or nothing). A missing, broken or
 * empty value gives the default, so the one-click entry always shows something sensible.
 */
export function parseSharedChoice(stored: string | null): ShareableTab[] {
  if (stored === null) return [...DEFAULT_SHARED];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [...DEFAULT_SHARED];
    const tabs = onlyShareable(parsed);
    return tabs.length > 0 ? tabs : [...DEFAULT_SHARED];
  } catch {
    return [...DEFAULT_SHARED];
  }
}

/** The tab to show when entering: the current one if it is shared, else the first shared. */
export function tabOnEntry(current: DossierTab, shared: readonly DossierTab[]): DossierTab | null {
  return shared.includes(current) ? current : (shared[0] ?? null);
}

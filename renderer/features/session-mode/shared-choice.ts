import { parseSharedChoice, type ShareableTab } from '../../state/shareable';

// Tab keys only, never dossier data: as harmless in clear as the UI language.
const STORAGE_KEY = 'koers.sessionMode.shared';

/** The coach's remembered choice of what to show, or the default. */
export function loadSharedChoice(): ShareableTab[] {
  try {
    return parseSharedChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage switched off: the default still lets the coach enter in one click.
    return parseSharedChoice(null);
  }
}

export function saveSharedChoice(tabs: readonly ShareableTab[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(tabs));
  } catch {
    // Not remembered across restarts; the choice still applies now.
  }
}

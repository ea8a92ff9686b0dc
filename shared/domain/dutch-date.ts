import { isIsoDate } from './iso-date-format';

/**
 * Coaches type dates the Dutch way ("12-3-1985", "12/03/1985"); the vault stores ISO.
 * Returns null when the text is not a real date, so the form can say so.
 */
export function parseDutchDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** ISO to "dd-mm-jjjj" for display in a form field. */
export function formatDutchDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

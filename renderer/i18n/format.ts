import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { IsoDate } from '../../shared/domain/iso-date';

// Dates and numbers as every screen shows them, in the UI language. One date style across
// the app: "ma 30 nov 2026" (the weekday matters for deadlines that skip weekends).

const locale = (language: string) => (language === 'en' ? enGB : nl);
const numberLocale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/**
 * "ma 30 nov 2026" ("Mo 30 Nov 2026"). Takes a date or a timestamp ("2026-11-30T14:05").
 * date-fns abbreviates Dutch months with a period ("nov."); the app's style has none.
 */
export const formatDay = (iso: IsoDate | string, language: string): string =>
  format(parseISO(iso), 'EEEEEE d MMM yyyy', { locale: locale(language) }).replace(/\./g, '');

/** "ma 30 nov 2026 14:05": the same day, with the time of a timestamp. */
export const formatDayTime = (iso: string, language: string): string =>
  `${formatDay(iso, language)} ${format(parseISO(iso), 'HH:mm')}`;

/** "maart 2025" from "2025-03" */
export const formatMonth = (month: string, language: string): string =>
  format(parseISO(`${month}-01`), 'MMMM yyyy', { locale: locale(language) });

/** Minutes as hours with at most one decimal, in the language's notation ("32,5"). */
export const formatHours = (minutes: number, language: string): string =>
  new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 }).format(minutes / 60);

const MIB = 1024 * 1024;

/**
 * A file size in binary units under their everyday names, as Windows Explorer shows them,
 * so the limit the coach reads ("50 MB") and the size the file manager shows agree.
 */
export function formatSize(bytes: number, language: string): string {
  if (bytes < MIB) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const n = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 }).format(
    bytes / MIB,
  );
  return `${n} MB`;
}

/** A country's name in the UI language ("Turkije" for TR), or the code when unknown. */
export function formatRegion(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([numberLocale(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

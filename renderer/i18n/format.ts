import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { IsoDate } from '../../shared/domain/iso-date';

const locale = (language: string) => (language === 'en' ? enGB : nl);

/** "ma 21 okt 2024": the weekday matters for deadlines that skip weekends. */
export const formatDay = (iso: IsoDate, language: string): string =>
  format(parseISO(iso), 'EEEEEE d MMM yyyy', { locale: locale(language) }).replace('.', '');

/** "maandag 21 oktober 2024" */
export const formatLongDay = (iso: IsoDate, language: string): string =>
  format(parseISO(iso), 'EEEE d MMMM yyyy', { locale: locale(language) });

/** "maart 2025" from "2025-03" */
export const formatMonth = (month: string, language: string): string =>
  format(parseISO(`${month}-01`), 'MMMM yyyy', { locale: locale(language) });

/** Minutes as hours with at most one decimal, in the language's notation ("32,5"). */
export const formatHours = (minutes: number, language: string): string =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 1,
  }).format(minutes / 60);

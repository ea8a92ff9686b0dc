import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';

const MIB = 1024 * 1024;

/**
 * Binary units under their everyday names, as Windows Explorer shows them, so the limit the
 * coach reads ("50 MB") and the size the file manager shows agree.
 */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes < MIB) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / MIB);
  return `${n} MB`;
}

export function formatDocumentDate(iso: string, language: string): string {
  return format(parseISO(iso), 'd MMM yyyy', { locale: language === 'en' ? enGB : nl });
}

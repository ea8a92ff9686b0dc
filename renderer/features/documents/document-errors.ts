import { DocumentError } from '../../state/types';
import { errorKey } from '../../state/session';
import type { MessageKey } from '../../i18n/keys';

/** Dexie wraps IndexedDB's failure; the disk-full cause can sit one level down. */
const inner = (e: unknown): unknown =>
  e instanceof Error && 'inner' in e && e.inner instanceof Error ? e.inner : e;

/** An i18n key for any failure around documents: the file's own problems, else errors.*. */
export function documentErrorKey(e: unknown): MessageKey {
  if (e instanceof DocumentError) return `documents.errors.${e.code}`;
  const key = errorKey(e);
  return key === 'errors.unknown' ? errorKey(inner(e)) : key;
}

import type { ParseKeys } from 'i18next';

/**
 * A message key: one of the Dutch resources' keys (renderer/app/i18n.ts declares them to
 * i18next), so a misspelt key fails the typecheck wherever it is written.
 */
export type MessageKey = ParseKeys;

/**
 * A key that arrives as a plain string: a validation code from shared/ or an error key kept
 * in component state. Only for those; a key written in the code is checked as it stands.
 */
export const messageKey = (key: string): MessageKey => key as MessageKey;

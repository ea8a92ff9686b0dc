/**
 * The autocomplete value of every passphrase field. Chromium's password manager ignores
 * `off` on a password field and offers to save it anyway; it skips a field marked
 * `one-time-code` (its form parser treats it as "not a password"), so the vault passphrase
 * never lands in the browser's password store, where the OS login alone would open it.
 * Electron has no password manager; this is for `npm run web`. The field stays
 * type="password": masked, announced as protected, not copyable.
 */
export const PASSPHRASE_AUTOCOMPLETE = 'one-time-code';

/**
 * The idle lock's default, in minutes. On its own so the lock screen's script can know it
 * without loading the vault (issue 11: the lock screen is ready before the vault's code).
 */
export const DEFAULT_IDLE_MINUTES = 5;

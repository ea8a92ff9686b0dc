/**
 * What the last boot found in this profile's database: that a vault exists, and its idle
 * timeout. Kept in localStorage so the next launch can draw the lock screen at once, before
 * the vault's code has loaded or IndexedDB has answered (issue 11: ready to type within
 * 300 ms). It is only a guess for the first paint: every boot still reads the vault itself
 * and corrects the screen (and this hint) when they differ. Nothing here is secret: that a
 * Koers database exists is visible in the profile anyway, and the idle minutes are a setting
 * kept in clear.
 */
export interface BootHint {
  idleMinutes: number;
}

const key = (database: string) => `koers.boot.${database}`;

export function readBootHint(database: string): BootHint | null {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(key(database));
    const hint = raw ? (JSON.parse(raw) as Partial<BootHint>) : null;
    const minutes = hint?.idleMinutes;
    return typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 60
      ? { idleMinutes: minutes }
      : null;
  } catch {
    return null;
  }
}

/** Records what a boot found: a vault (with its idle minutes), or none (null). */
export function writeBootHint(database: string, hint: BootHint | null): void {
  try {
    if (typeof localStorage === 'undefined') return;
    if (hint) localStorage.setItem(key(database), JSON.stringify(hint));
    else localStorage.removeItem(key(database));
  } catch {
    // Without it the next launch reads the vault before its first screen, as it always did.
  }
}

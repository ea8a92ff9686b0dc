/** Five free tries, then 2 s, 4 s, 8 s … up to 5 minutes between tries. */
export const FREE_ATTEMPTS = 5;
const MAX_DELAY_MS = 5 * 60_000;

export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS + 1));
}

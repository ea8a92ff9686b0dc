import { generateSecret, generateURI, verifySync } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (officeName: string, login: string, secret: string): string =>
  generateURI({ issuer: `Koers ${officeName}`, label: login, secret });

/**
 * The time step a code matched (one step of drift either way allowed), or null. The caller
 * accepts it only when it is newer than the last step used, so a code works once.
 */
export function totpStep(secret: string, token: string, nowMs: number): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const r = verifySync({ secret, token, epoch: Math.floor(nowMs / 1000), epochTolerance: 30 });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

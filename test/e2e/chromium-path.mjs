import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by KOERS_CHROMIUM. Never a downloaded browser. */
export function chromiumPath() {
  const candidates = [
    process.env.KOERS_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// Types for electron-binary.mjs, for its unit test.
export const MISSING_ELECTRON_MESSAGE: string;
export function executableName(platform: string): string | null;
export type ElectronBinary =
  { found: true; path: string } | { found: false; lookedFor: string | null };
export function findElectronBinary(o: {
  electronDir: string | null;
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (p: string) => boolean;
  readText?: (p: string) => string;
}): ElectronBinary;

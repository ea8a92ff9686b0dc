// Types for build-electron.mjs, so tests can build into a temporary folder.
export function buildElectron(options?: {
  outDir?: string;
  dev?: boolean;
}): Promise<{ main: string; preload: string }>;

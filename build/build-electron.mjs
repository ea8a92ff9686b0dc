// Bundles the main process and the preload into dist/electron/*.cjs.
// - CommonJS: a sandboxed preload cannot load ES modules, and main.cjs keeps working under
//   the package's "type": "module".
// - Everything but `electron` is bundled, so the packaged app needs no node_modules.
// - The preload is built for the browser platform: a sandboxed preload has no Node, and a
//   Node built-in sneaking into it should fail here, not at run time.
// - No source maps unless --dev: they would ship the TypeScript sources inside the app.
//
// Usage: node build/build-electron.mjs [--dev]
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ outDir?: string; dev?: boolean }} [options]
 * @returns {Promise<{ main: string; preload: string }>}
 */
export async function buildElectron({
  outDir = path.join(root, 'dist', 'electron'),
  dev = false,
} = {}) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const main = path.join(outDir, 'main.cjs');
  const preload = path.join(outDir, 'preload.cjs');
  await rm(outDir, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: main,
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: preload,
      platform: 'browser',
      target: 'chrome130',
      // Parsed on every page load; zod makes it large, whitespace makes it larger.
      minify: !dev,
    }),
  ]);
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dev = process.argv.includes('--dev');
  const { main, preload } = await buildElectron({ dev });
  console.log(
    `Built ${path.relative(root, main)} and ${path.relative(root, preload)}${dev ? ' (dev)' : ''}`,
  );
}

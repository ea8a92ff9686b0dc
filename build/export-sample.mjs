// npm run export:sample: a sample access export from fictional data, made by the app's own
// code, under docs/sample-export/ (the ZIP, its unpacked files and the letter's pages as
// PNG), and the generated part of docs/export-format.md. See test/sample-export/.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'sample-export');
// Inside the repository, so the bundle resolves packages (the font files) from node_modules.
const tmp = mkdtempSync(join(root, '.export-sample-'));
try {
  const bundle = join(tmp, 'make-sample.mjs');
  await build({
    entryPoints: [join(root, 'test', 'sample-export', 'make-sample.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
    // CommonJS packages (tweetnacl) require() Node built-ins.
    banner: {
      js: "import { createRequire as __koersRequire } from 'node:module'; const require = __koersRequire(import.meta.url);",
    },
    // The app fetches the fonts as Vite assets; the script passes the files instead.
    external: ['*.ttf?url'],
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [bundle, out, join(root, 'docs', 'export-format.md')], {
    stdio: 'inherit',
    cwd: root,
    // Dates in the fictional data are local times: the same on every machine.
    env: { ...process.env, TZ: 'Europe/Amsterdam' },
  });
  // The generated tables, laid out as the repository's Prettier lays out Markdown.
  const formatDoc = join(root, 'docs', 'export-format.md');
  const config = (await prettier.resolveConfig(formatDoc)) ?? {};
  writeFileSync(
    formatDoc,
    await prettier.format(readFileSync(formatDoc, 'utf8'), { ...config, filepath: formatDoc }),
  );
  const pdf = join(out, 'uitgepakt', 'inzage.pdf');
  const pages = join(out, 'pagina-png');
  if (spawnSync('pdftoppm', ['-v']).error) {
    console.log(
      'pdftoppm not found: the letter pages are not rendered as PNG. Install poppler-utils (apt-get install poppler-utils) and run again.',
    );
  } else {
    mkdirSync(pages, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pages, 'inzage')], {
      stdio: 'inherit',
    });
    console.log(`letter pages: ${readdirSync(pages).length} PNG → ${pages}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

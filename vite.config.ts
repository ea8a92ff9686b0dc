import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyMeta } from './shared/security/csp.ts';
import { checkOfficeUrl } from './shared/sync/office-url.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The office the browser build may sync with (`KOERS_OFFICE_ORIGIN=https://kantoor.example.nl
 * npm run web`): a meta tag cannot change at run time, so the one origin connect-src allows
 * besides the app's own is fixed when the page is built. Refused unless it is an https (or a
 * local http) origin. Without it the page connects only to itself.
 */
function officeOrigin(): string | undefined {
  const typed = process.env.KOERS_OFFICE_ORIGIN;
  if (!typed) return undefined;
  const checked = checkOfficeUrl(typed);
  if (!checked.ok) throw new Error(`KOERS_OFFICE_ORIGIN is not a usable office origin: ${typed}`);
  return checked.origin;
}

/** Built pages carry the CSP; the dev server does not, because HMR needs inline code. */
const cspMeta = (): Plugin => ({
  name: 'koers-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicyMeta(officeOrigin()),
      },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Negative control for the leak test only (`vite build --mode leak-selftest`): swaps the
 * record codec for the plaintext one, so the test can prove it would catch a leak. The
 * normal build never contains test/fixtures.
 */
const plaintextForLeakSelftest = (): Plugin => ({
  name: 'koers-leak-selftest',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer && /\/renderer\/vault\/[^/]+\.ts$/.test(importer) && source === './codec') {
      return here('./test/fixtures/plaintext-codec.ts');
    }
    return null;
  },
});

export default defineConfig(({ mode }) => ({
  root: here('./renderer'),
  base: './',
  plugins: [react(), cspMeta(), ...(mode === 'leak-selftest' ? [plaintextForLeakSelftest()] : [])],
  build: {
    // KOERS_OUT_DIR lets parallel e2e runs build side by side without clobbering each other.
    outDir: here(
      mode === 'leak-selftest'
        ? `${process.env.KOERS_OUT_DIR ?? './dist'}-leak-selftest`
        : (process.env.KOERS_OUT_DIR ?? './dist/renderer'),
    ),
    emptyOutDir: true,
    sourcemap: false,
    // A desktop app loading from disk: the Dutch password dictionary and full phone
    // metadata are worth their size, so do not nag about chunk size.
    chunkSizeWarningLimit: 2500,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
}));

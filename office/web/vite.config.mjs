// The office view's build: a static page the office service serves (office/web/server/view-plugin.ts).
// `npm run build:office-web` writes dist/office-web; KOERS_OFFICE_WEB_OUT moves it (parallel runs).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  build: {
    outDir: process.env.KOERS_OFFICE_WEB_OUT ?? here('../../dist/office-web'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
});

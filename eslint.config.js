// Layer rules live here, not in a wiki: shared/ runs everywhere, so it may import nothing
// environment-bound; the renderer never reaches into the main process or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = nodeBuiltins.map((name) => ({
  name,
  message: 'Node built-ins are not allowed in this layer.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-*/',
      'release/',
      'test-results/',
      'playwright-report/',
      'test/e2e/.artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            { name: 'electron', message: 'shared/ is environment-free: no Electron.' },
            { name: 'react', message: 'shared/ is environment-free: no React.' },
            { name: 'react-dom', message: 'shared/ is environment-free: no React.' },
            {
              name: 'dexie',
              message: 'shared/ is environment-free: storage belongs in renderer/vault.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/office/**'],
              message: 'shared/ imports nothing from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            {
              name: 'electron',
              message:
                'The renderer talks to the main process only through platform/ and the preload API.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/**', '**/office/**'],
              message: 'renderer/ never imports the main process or the office service.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/office/**'],
              message: 'electron/ knows nothing of dossiers: only shared/ipc and shared/ helpers.',
            },
            {
              group: ['**/shared/domain/**', '**/shared/export/**'],
              message: 'electron/ knows nothing of dossiers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js}', 'build/**/*.{mjs,js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

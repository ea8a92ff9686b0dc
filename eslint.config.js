// Layer rules live here, not in a wiki: shared/ runs everywhere, so it may import nothing
// environment-bound; the renderer never reaches into the main process or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import koers from './eslint-rules/floors.js';

// The floors inside the renderer (and who may touch the crypto libraries). Paths are from
// the repository root; see eslint-rules/floors.js. test/unit/lint/floors.test.ts shows each
// one refusing a forbidden import.
export const FLOORS = [
  {
    files: 'renderer/vault/',
    deny: ['renderer/', 'react', 'react-dom', 'react-i18next', 'i18next', 'zustand'],
    allow: ['renderer/vault/'],
    message:
      'renderer/vault/ is the floor under the app: no state, features, i18n, platform, React or zustand.',
  },
  {
    files: 'renderer/state/',
    deny: ['renderer/features/', 'renderer/app/', 'renderer/App', 'renderer/main'],
    message: 'renderer/state/ sits below the features: it imports no feature.',
  },
  {
    files: 'renderer/features/ui/',
    deny: ['renderer/'],
    allow: ['renderer/features/ui/', 'renderer/state/', 'renderer/i18n/', 'renderer/platform/'],
    message:
      'features/ui/ is the floor of the features: only itself, state/, i18n/, platform/ and shared/.',
  },
  {
    files: 'renderer/features/*/',
    deny: ['renderer/'],
    allow: [
      'renderer/features/$1/',
      'renderer/features/ui/',
      'renderer/features/compartment/',
      'renderer/state/',
      'renderer/i18n/',
      'renderer/platform/',
    ],
    message:
      'a feature imports its own folder, features/ui/ and compartment/, state/, i18n/, platform/, shared/; not vault/ (types come from state/), not another feature (shared pieces go to ui/ or state/).',
  },
  {
    files: 'renderer/i18n/',
    deny: ['renderer/'],
    allow: ['renderer/i18n/'],
    message:
      'renderer/i18n/ (language setting, formatting) sits below the features; the resources that gather their messages live in renderer/app/.',
  },
  {
    files: '',
    except: ['shared/crypto/', 'test/'],
    deny: ['tweetnacl', 'hash-wasm'],
    message: 'tweetnacl and hash-wasm are used only under shared/crypto/: call its functions.',
  },
];

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
    // Type-aware, TypeScript files only: a promise nobody awaits or catches is a bug unless
    // it says so with `void` (and a comment why fire-and-forget is right there).
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['{renderer,shared,electron,office}/**/*.{ts,tsx}'],
    plugins: { koers },
    rules: { 'koers/floors': ['error', { floors: FLOORS }] },
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
    // The office view (office/web/src): a browser page of its own, apart from the app and
    // the service; it shares only shared/ (the staff API's schemas).
    files: ['office/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noNode,
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/office/src/**', '**/web/server/**'],
              message: 'The office view imports only its own folder and shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['office/web/server/**/*.ts', 'office/web/*.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js}', 'build/**/*.{mjs,js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

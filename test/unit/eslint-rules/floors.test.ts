// The floors in eslint.config.js, shown to bite: each one refuses a forbidden import in a
// file that pretends to live on that floor, and lets the allowed ones through.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  // Only the floors rule: the type-aware rules need the file on disk, these are fake paths.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
    ruleFilter: ({ ruleId }) => ruleId === 'koers/floors',
  });
  // The first lint loads the config and the parsers: slow on a busy machine.
  return eslint.lintText('', { filePath: path.join(root, 'renderer/x.ts') }).then(() => undefined);
}, 60_000);

async function floorErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const refused: [floor: string, file: string, code: string][] = [
  [
    'vault imports no state',
    'renderer/vault/x.ts',
    "import { services } from '../state/services';",
  ],
  [
    'vault imports no feature',
    'renderer/vault/x.ts',
    "import { Modal } from '../features/ui/Modal';",
  ],
  ['vault imports no React', 'renderer/vault/x.ts', "import { useState } from 'react';"],
  ['vault imports no zustand', 'renderer/vault/x.ts', "import { create } from 'zustand';"],
  [
    'state imports no feature',
    'renderer/state/x.ts',
    "import { Logo } from '../features/ui/Logo';",
  ],
  [
    'a feature imports no vault, not even a type',
    'renderer/features/logbook/x.ts',
    "import type { AuditEntry } from '../../vault/audit';",
  ],
  [
    'a feature imports no other feature',
    'renderer/features/dashboard/x.ts',
    "import { Milestones } from '../trajectory/Milestones';",
  ],
  [
    'a feature imports no other feature, however the path is spelt',
    'renderer/features/dashboard/x.ts',
    "export { CvTab } from '../../../renderer/features/cv/CvTab';",
  ],
  [
    'a feature imports nothing from the app above it',
    'renderer/features/cv/x.ts',
    "import { i18nReady } from '../../app/i18n';",
  ],
  [
    'features/ui/ imports no feature above it',
    'renderer/features/ui/x.ts',
    "import { LockIcon } from '../compartment/LockIcon';",
  ],
  [
    'i18n/ imports no feature',
    'renderer/i18n/x.ts',
    "import { messages } from '../features/cv/i18n';",
  ],
  ['tweetnacl only in shared/crypto', 'renderer/vault/x.ts', "import nacl from 'tweetnacl';"],
  [
    'hash-wasm only in shared/crypto',
    'shared/domain/x.ts',
    "import { argon2id } from 'hash-wasm';",
  ],
  ['tweetnacl only in shared/crypto', 'electron/x.ts', "import nacl from 'tweetnacl';"],
];

const allowed: [what: string, file: string, code: string][] = [
  [
    'the vault: itself and shared/',
    'renderer/vault/x.ts',
    "import { Vault } from './vault';\nimport { wipe } from '../../shared/crypto/bytes';",
  ],
  [
    'state: the vault, platform and i18n',
    'renderer/state/x.ts',
    "import { Vault } from '../vault/vault';\nimport { platform } from '../platform';\nimport { formatDay } from '../i18n/format';",
  ],
  [
    'a feature: own folder, ui/, compartment/, state/, i18n/, platform/, shared/',
    'renderer/features/logbook/x.tsx',
    [
      "import { LogbookList } from './LogbookList';",
      "import './logbook.css';",
      "import { Modal } from '../ui/Modal';",
      "import { LockIcon } from '../compartment/LockIcon';",
      "import { services } from '../../state/services';",
      "import type { AuditEntry } from '../../state/types';",
      "import { formatDay } from '../../i18n/format';",
      "import { setLanguage } from '../../i18n/language';",
      "import { platform } from '../../platform';",
      "import { parseDutchDate } from '../../../shared/domain/dutch-date';",
      "import { useState } from 'react';",
    ].join('\n'),
  ],
  [
    'the app on top: any feature',
    'renderer/app/x.tsx',
    "import { CvTab } from '../features/cv/CvTab';\nimport { messages } from '../features/cv/i18n';",
  ],
  [
    'shared/crypto: tweetnacl and hash-wasm',
    'shared/crypto/x.ts',
    "import nacl from 'tweetnacl';\nimport { argon2id } from 'hash-wasm';",
  ],
];

describe('ESLint floors', () => {
  it.each(refused)('refuses: %s', async (_floor, file, code) => {
    const errors = await floorErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^koers\/floors: /);
  });

  it.each(allowed)('allows: %s', async (_what, file, code) => {
    expect(await floorErrors(file, code)).toEqual([]);
  });
});

// Every passphrase field in the renderer, including the ones a browser never shows (quick
// unlock is Electron-only), carries the autocomplete value that keeps Chromium's password
// manager away (renderer/features/ui/passphrase-field.ts). test/e2e/hardening.spec.ts checks
// the rendered fields it can reach.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE_AUTOCOMPLETE } from '../../../../../renderer/features/ui/passphrase-field';

const rendererDir = fileURLToPath(new URL('../../../../../renderer/', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** Each `<input ... type="password" ... />` in the source, as text. */
function passwordInputs(source: string): string[] {
  return [...source.matchAll(/<input\b.*?\/>/gs)]
    .map((m) => m[0])
    .filter((input) => input.includes('type="password"'));
}

describe('passphrase fields', () => {
  const fields = tsxFiles(rendererDir).flatMap((file) =>
    passwordInputs(readFileSync(file, 'utf8')).map((input) => ({
      file: path.relative(rendererDir, file),
      input,
    })),
  );

  it('are the known ones: one shared field for every prompt, and the new-passphrase pairs', () => {
    expect(fields.map((f) => f.file).sort()).toEqual([
      // The passphrase of the vault in a backup file, asked before any vault exists here
      // (no back-off to show: nothing on this profile can be guessed at yet).
      'features/backup/RestoreEntry.tsx',
      'features/settings/SettingsDialog.tsx',
      'features/settings/SettingsDialog.tsx',
      'features/setup/SetupScreen.tsx',
      'features/setup/SetupScreen.tsx',
      'features/ui/PassphraseField.tsx',
    ]);
  });

  it('every prompt for the current passphrase uses the shared field', () => {
    for (const file of [
      'features/compartment/OpenCompartmentDialog.tsx',
      'features/lock/LockScreen.tsx',
      'features/session-mode/LeaveSessionDialog.tsx',
      'features/settings/SecuritySettings.tsx',
      'features/settings/SettingsDialog.tsx',
    ]) {
      expect(readFileSync(path.join(rendererDir, file), 'utf8'), file).toContain(
        '<PassphraseField',
      );
    }
  });

  it('all use the password-manager-proof autocomplete value', () => {
    expect(PASSPHRASE_AUTOCOMPLETE).toBe('one-time-code');
    for (const { file, input } of fields) {
      expect(input, file).toContain('autoComplete={PASSPHRASE_AUTOCOMPLETE}');
      expect(input.match(/autoComplete=/g), file).toHaveLength(1);
    }
  });
});

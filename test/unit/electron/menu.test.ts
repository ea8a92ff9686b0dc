import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMenuTemplate, installMenu, type MenuActions } from '../../../electron/menu';
import { FakeMenu, Menu, resetFakeElectron } from '../../fixtures/fake-electron';

function actions() {
  const calls: string[] = [];
  const recorded: MenuActions = {
    lock: () => calls.push('lock'),
    about: () => calls.push('about'),
    openPrivacyAuthority: () => calls.push('privacy'),
  };
  return { calls, recorded };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click signature wants Electron objects the actions never use.
  (item?.click as (() => void) | undefined)?.();
}

beforeEach(() => resetFakeElectron());

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)('has the Dutch top-level menus on %s', (platform) => {
    const template = buildMenuTemplate({ platform, isPackaged: true }, actions().recorded);
    expect(template.map((m) => m.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
  });

  it('puts the app menu first on macOS', () => {
    const template = buildMenuTemplate(
      { platform: 'darwin', isPackaged: true },
      actions().recorded,
    );
    expect(template.map((m) => m.label)).toEqual([
      'Koers',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
  });

  it('has "Vergrendelen" under Bestand with CmdOrCtrl+L, which requests a lock', () => {
    const { calls, recorded } = actions();
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true }, recorded);
    const file = template.find((m) => m.label === 'Bestand');
    const lock = items([file ?? {}]).find((i) => i.label === 'Vergrendelen');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    click(lock);
    expect(calls).toEqual(['lock']);
  });

  it('labels every item in Dutch, none left to Electron defaults', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = items(buildMenuTemplate({ platform, isPackaged: false }, actions().recorded));
      for (const item of all.filter((i) => i.type !== 'separator')) {
        expect(item.label, JSON.stringify(item.role)).toBeTruthy();
        expect(item.label).not.toMatch(
          /^(Undo|Redo|Cut|Copy|Paste|Quit|Close|View|Window|Edit|File)$/,
        );
      }
    }
  });

  it('offers reload and DevTools only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      items(buildMenuTemplate({ platform: 'linux', isPackaged }, actions().recorded)).map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('links to the Autoriteit Persoonsgegevens through the allowlisted opener', () => {
    const { calls, recorded } = actions();
    const all = items(buildMenuTemplate({ platform: 'linux', isPackaged: true }, recorded));
    click(all.find((i) => i.label?.startsWith('Autoriteit Persoonsgegevens')));
    expect(calls).toEqual(['privacy']);
  });

  it('installs the template as the application menu', () => {
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true }, actions().recorded);
    installMenu(Menu, template);
    expect(FakeMenu.applicationMenu?.template).toBe(template);
  });
});

// Dutch application menu. Every role gets an explicit label: Electron's defaults follow the
// OS language only on macOS, and coaches expect one language throughout.
import type { Menu, MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  lock(): void;
  about(): void;
  openPrivacyAuthority(): void;
}

export interface MenuConfig {
  platform: NodeJS.Platform;
  isPackaged: boolean;
}

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export function buildMenuTemplate(
  config: MenuConfig,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = config.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Koers',
    submenu: [
      { label: 'Over Koers', click: () => actions.about() },
      separator,
      { role: 'services', label: 'Voorzieningen' },
      separator,
      { role: 'hide', label: 'Verberg Koers' },
      { role: 'hideOthers', label: 'Verberg andere' },
      { role: 'unhide', label: 'Toon alles' },
      separator,
      { role: 'quit', label: 'Stop Koers' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      {
        id: 'lock',
        label: 'Vergrendelen',
        accelerator: LOCK_ACCELERATOR,
        click: () => actions.lock(),
      },
      separator,
      isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      separator,
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      // Reloading drops every key (it locks); DevTools exist only in development builds.
      ...(config.isPackaged
        ? []
        : [
            separator,
            { role: 'reload', label: 'Herladen' } as const,
            { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' } as const,
          ]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Venster',
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'zoom', label: 'Zoomen' },
          separator,
          { role: 'front', label: 'Alles naar voren' },
        ]
      : [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'close', label: 'Sluiten' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      ...(isMac ? [] : [{ label: 'Over Koers', click: () => actions.about() }]),
      {
        label: 'Autoriteit Persoonsgegevens (website)',
        click: () => actions.openPrivacyAuthority(),
      },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function installMenu(
  MenuApi: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  template: MenuItemConstructorOptions[],
): void {
  MenuApi.setApplicationMenu(MenuApi.buildFromTemplate(template));
}

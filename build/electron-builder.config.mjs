// electron-builder configuration: `npx electron-builder -c build/electron-builder.config.mjs`.
// Validated offline against electron-builder's own schema in
// test/unit/electron/packaging-config.test.ts.

/**
 * @param {Record<string, string | undefined>} env
 * @returns {import('electron-builder').Configuration}
 */
export function createConfig(env = process.env) {
  // Offline packaging: electron-builder normally downloads Electron. Pointing
  // ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron (the folder holding the `electron`
  // executable) makes it use that instead; the same variable makes `npx electron` use it.
  const electronDist = env.ELECTRON_OVERRIDE_DIST_PATH;
  return {
    appId: 'nl.koers.desktop',
    productName: 'Koers',
    copyright: 'Copyright © Koers',
    directories: {
      output: 'release',
      buildResources: 'build',
    },
    // Everything the app runs is bundled into dist/ (Vite for the renderer, esbuild for main
    // and preload), so nothing else ships: no sources, no source maps, no node_modules
    // (electron-builder would otherwise add every production dependency on its own).
    files: ['dist/**/*', 'package.json', '!**/*.map', '!node_modules{,/**}'],
    asar: true,
    ...(electronDist ? { electronDist } : {}),
    // Flipped in the Electron binary at package time; they cannot be undone from outside.
    electronFuses: {
      // No `ELECTRON_RUN_AS_NODE=1 Koers evil.js`: the signed binary is not a Node runtime.
      runAsNode: false,
      // No NODE_OPTIONS=--require=evil.js injection.
      enableNodeOptionsEnvironmentVariable: false,
      // No --inspect: nobody attaches a debugger to the main process, which sees every IPC.
      enableNodeCliInspectArguments: false,
      // Only the packaged app.asar loads, never a loose app/ folder dropped next to it.
      onlyLoadAppFromAsar: true,
      // The asar is checked against the hash embedded at build time (macOS, Windows).
      enableEmbeddedAsarIntegrityValidation: true,
      // Cookies are encrypted with the OS keystore (Koers sets none; cheap insurance).
      enableCookieEncryption: true,
      // The app loads from koers://, never file://; file pages get no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    },
    win: {
      target: ['nsis'],
      icon: 'build/icons/icon.png',
    },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
    },
    mac: {
      target: ['dmg'],
      category: 'public.app-category.productivity',
      icon: 'build/icons/icon.png',
      hardenedRuntime: true,
    },
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      icon: 'build/icons/icon.png',
      synopsis: 'Versleuteld cliëntdossier voor re-integratiecoaches',
      // deb needs a maintainer; package.json has no author e-mail to derive it from.
      maintainer: 'Koers <support@koers.example>',
    },
  };
}

export default createConfig();

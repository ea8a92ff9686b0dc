import { beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS, type InvokeChannel } from '../../../shared/ipc/contract';
import { IpcRefusedError, registerIpcHandlers, type InvokeHandlers } from '../../../electron/ipc';
import {
  FakeWebFrameMain,
  fakeIpcMain,
  ipcMain,
  makeInvokeEvent,
  resetFakeElectron,
} from '../../fixtures/fake-electron';

const appFrame = () => new FakeWebFrameMain('koers://app/index.html');

/** Handlers that only record that they ran: a refused call must leave this empty. */
function recordingHandlers() {
  const ran: { channel: InvokeChannel; request: unknown }[] = [];
  const status = { available: true, enrolled: false };
  const handlers: InvokeHandlers = {
    [IPC_CHANNELS.setContentProtection]: (request) => {
      ran.push({ channel: IPC_CHANNELS.setContentProtection, request });
      return undefined;
    },
    [IPC_CHANNELS.getAppInfo]: (request) => {
      ran.push({ channel: IPC_CHANNELS.getAppInfo, request });
      return { version: '0.1.0', platform: 'linux' };
    },
    [IPC_CHANNELS.saveFile]: (request) => {
      ran.push({ channel: IPC_CHANNELS.saveFile, request });
      return { saved: false };
    },
    [IPC_CHANNELS.openFile]: (request) => {
      ran.push({ channel: IPC_CHANNELS.openFile, request });
      return null;
    },
    [IPC_CHANNELS.quickUnlockStatus]: (request) => {
      ran.push({ channel: IPC_CHANNELS.quickUnlockStatus, request });
      return status;
    },
    [IPC_CHANNELS.quickUnlockEnable]: (request) => {
      ran.push({ channel: IPC_CHANNELS.quickUnlockEnable, request });
      return status;
    },
    [IPC_CHANNELS.quickUnlockUnlock]: (request) => {
      ran.push({ channel: IPC_CHANNELS.quickUnlockUnlock, request });
      return null;
    },
    [IPC_CHANNELS.quickUnlockDisable]: (request) => {
      ran.push({ channel: IPC_CHANNELS.quickUnlockDisable, request });
      return status;
    },
    [IPC_CHANNELS.quickUnlockLockScreen]: (request) => {
      ran.push({ channel: IPC_CHANNELS.quickUnlockLockScreen, request });
      return undefined;
    },
    ...backupHandlers(ran),
  };
  return { ran, handlers };
}

/** The backup folder's channels, recording alike. */
function backupHandlers(ran: { channel: InvokeChannel; request: unknown }[]) {
  const record =
    <T>(channel: InvokeChannel, reply: T) =>
    (request: unknown) => {
      ran.push({ channel, request });
      return reply;
    };
  const folder = { chosen: true, reachable: true, path: '/media/usb' };
  return {
    [IPC_CHANNELS.backupStatus]: record(IPC_CHANNELS.backupStatus, folder),
    [IPC_CHANNELS.backupChooseFolder]: record(IPC_CHANNELS.backupChooseFolder, folder),
    [IPC_CHANNELS.backupList]: record(IPC_CHANNELS.backupList, [] as string[]),
    [IPC_CHANNELS.backupBegin]: record(IPC_CHANNELS.backupBegin, { handle: 'a'.repeat(32) }),
    [IPC_CHANNELS.backupWrite]: record(IPC_CHANNELS.backupWrite, undefined),
    [IPC_CHANNELS.backupCommit]: record(IPC_CHANNELS.backupCommit, undefined),
    [IPC_CHANNELS.backupAbort]: record(IPC_CHANNELS.backupAbort, undefined),
    [IPC_CHANNELS.backupRead]: record(IPC_CHANNELS.backupRead, new Uint8Array()),
    [IPC_CHANNELS.backupReadSmall]: record(IPC_CHANNELS.backupReadSmall, null),
    [IPC_CHANNELS.backupRemove]: record(IPC_CHANNELS.backupRemove, undefined),
    [IPC_CHANNELS.officeRequest]: record(IPC_CHANNELS.officeRequest, { status: 200, body: '{}' }),
    [IPC_CHANNELS.officePin]: record(IPC_CHANNELS.officePin, { origin: 'https://kantoor.nl' }),
    [IPC_CHANNELS.officeUnpin]: record(IPC_CHANNELS.officeUnpin, { origin: null }),
  };
}

const BACKUP = 'koers-backup-20261130-081500.koersbackup';
const HANDLE = 'ab'.repeat(16);

/** One well-formed argument list per channel. */
const validArgs: Record<InvokeChannel, unknown[]> = {
  [IPC_CHANNELS.setContentProtection]: [{ enabled: false }],
  [IPC_CHANNELS.getAppInfo]: [],
  [IPC_CHANNELS.saveFile]: [{ suggestedName: 'export.zip', data: new Uint8Array([1, 2, 3]) }],
  [IPC_CHANNELS.openFile]: [{ filters: [{ name: 'PDF', extensions: ['pdf'] }] }],
  [IPC_CHANNELS.quickUnlockStatus]: [],
  [IPC_CHANNELS.quickUnlockEnable]: [{ secret: new Uint8Array(32) }],
  [IPC_CHANNELS.quickUnlockUnlock]: [],
  [IPC_CHANNELS.quickUnlockDisable]: [],
  [IPC_CHANNELS.quickUnlockLockScreen]: [{ shown: true }],
  [IPC_CHANNELS.backupStatus]: [],
  [IPC_CHANNELS.backupChooseFolder]: [],
  [IPC_CHANNELS.backupList]: [],
  [IPC_CHANNELS.backupBegin]: [{ name: BACKUP }],
  [IPC_CHANNELS.backupWrite]: [{ handle: HANDLE, data: new Uint8Array([1]) }],
  [IPC_CHANNELS.backupCommit]: [{ handle: HANDLE }],
  [IPC_CHANNELS.backupAbort]: [{ handle: HANDLE }],
  [IPC_CHANNELS.backupRead]: [{ name: BACKUP, offset: 0, length: 1024 }],
  [IPC_CHANNELS.backupReadSmall]: [{ name: 'koers-verwijderlogboek.koersledger' }],
  [IPC_CHANNELS.backupRemove]: [{ name: BACKUP }],
  [IPC_CHANNELS.officeRequest]: [
    {
      origin: 'https://kantoor.nl',
      method: 'GET',
      path: '/api/sync/pull?since=0&limit=500',
      headers: {},
      body: '',
    },
  ],
  [IPC_CHANNELS.officePin]: [{ origin: 'https://kantoor.nl' }],
  [IPC_CHANNELS.officeUnpin]: [],
};

beforeEach(() => resetFakeElectron());

describe('IPC registration', () => {
  it('registers exactly the contract channels, and unregisters them', () => {
    const unregister = registerIpcHandlers(ipcMain, recordingHandlers().handlers);
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    unregister();
    expect(fakeIpcMain.handlers.size).toBe(0);
  });
});

describe('IPC sender check', () => {
  it.each(INVOKE_CHANNELS)('%s runs for the app top frame', async (channel) => {
    const { ran, handlers } = recordingHandlers();
    registerIpcHandlers(ipcMain, handlers);
    await fakeIpcMain.invoke(channel, makeInvokeEvent(appFrame()), ...validArgs[channel]);
    expect(ran.map((r) => r.channel)).toEqual([channel]);
  });

  const foreignFrames: [string, () => FakeWebFrameMain | null][] = [
    ['another origin', () => new FakeWebFrameMain('https://evil.example/')],
    ['a look-alike host', () => new FakeWebFrameMain('koers://app.evil/index.html')],
    ['userinfo on the app host', () => new FakeWebFrameMain('koers://evil@app/index.html')],
    ['file://', () => new FakeWebFrameMain('file:///tmp/index.html')],
    ['about:blank', () => new FakeWebFrameMain('about:blank')],
    ['a data: page', () => new FakeWebFrameMain('data:text/html,hi')],
    ['a sub-frame of the app', () => new FakeWebFrameMain('koers://app/index.html', appFrame())],
    [
      'a foreign sub-frame inside the app',
      () => new FakeWebFrameMain('https://evil.example/', appFrame()),
    ],
    ['a destroyed frame', () => null],
  ];

  for (const [name, frame] of foreignFrames) {
    it(`refuses ${name} on every channel, running nothing`, async () => {
      const { ran, handlers } = recordingHandlers();
      registerIpcHandlers(ipcMain, handlers);
      for (const channel of INVOKE_CHANNELS) {
        await expect(
          fakeIpcMain.invoke(channel, makeInvokeEvent(frame()), ...validArgs[channel]),
        ).rejects.toBeInstanceOf(IpcRefusedError);
      }
      expect(ran).toEqual([]);
    });
  }
});

describe('IPC payload validation', () => {
  const malformed: [InvokeChannel, string, unknown[]][] = [
    [IPC_CHANNELS.setContentProtection, 'no argument', []],
    [IPC_CHANNELS.setContentProtection, 'a bare boolean', [true]],
    [IPC_CHANNELS.setContentProtection, 'a string flag', [{ enabled: 'yes' }]],
    [IPC_CHANNELS.setContentProtection, 'an extra key', [{ enabled: true, also: 1 }]],
    [IPC_CHANNELS.setContentProtection, 'two arguments', [{ enabled: true }, { enabled: false }]],
    [IPC_CHANNELS.getAppInfo, 'an unexpected argument', [{}]],
    [
      IPC_CHANNELS.saveFile,
      'a path as name',
      [{ suggestedName: '../x.zip', data: new Uint8Array() }],
    ],
    [
      IPC_CHANNELS.saveFile,
      'an absolute name',
      [{ suggestedName: '/etc/x', data: new Uint8Array() }],
    ],
    [
      IPC_CHANNELS.saveFile,
      'a Windows path',
      [{ suggestedName: 'C:\\x.zip', data: new Uint8Array() }],
    ],
    [IPC_CHANNELS.saveFile, 'a dot segment', [{ suggestedName: '..', data: new Uint8Array() }]],
    [
      IPC_CHANNELS.saveFile,
      'a control character',
      [{ suggestedName: 'a\nb', data: new Uint8Array() }],
    ],
    [IPC_CHANNELS.saveFile, 'an empty name', [{ suggestedName: '', data: new Uint8Array() }]],
    [IPC_CHANNELS.saveFile, 'text instead of bytes', [{ suggestedName: 'a.txt', data: 'hello' }]],
    [IPC_CHANNELS.saveFile, 'a number array', [{ suggestedName: 'a.txt', data: [1, 2] }]],
    [
      IPC_CHANNELS.openFile,
      'an extension with a dot',
      [{ filters: [{ name: 'x', extensions: ['.pdf'] }] }],
    ],
    [
      IPC_CHANNELS.openFile,
      'a glob extension',
      [{ filters: [{ name: 'x', extensions: ['../*'] }] }],
    ],
    [IPC_CHANNELS.openFile, 'a default path smuggled in', [{ defaultPath: '/etc' }]],
    [IPC_CHANNELS.openFile, 'null', [null]],
    [IPC_CHANNELS.quickUnlockEnable, 'a short secret', [{ secret: new Uint8Array(16) }]],
    [IPC_CHANNELS.quickUnlockEnable, 'a long secret', [{ secret: new Uint8Array(64) }]],
    [IPC_CHANNELS.quickUnlockEnable, 'a string secret', [{ secret: 'a'.repeat(32) }]],
    [IPC_CHANNELS.quickUnlockUnlock, 'an argument', [{ compartment: true }]],
    [IPC_CHANNELS.quickUnlockDisable, 'an argument', ['all']],
    [
      IPC_CHANNELS.backupRemove,
      'a path',
      [{ name: '../koers-backup-20261130-081500.koersbackup' }],
    ],
    [IPC_CHANNELS.backupRemove, 'any other file', [{ name: 'rapport.pdf' }]],
    [IPC_CHANNELS.backupBegin, 'an absolute path', [{ name: '/etc/passwd' }]],
    [IPC_CHANNELS.backupRead, 'a negative offset', [{ name: BACKUP, offset: -1, length: 1 }]],
    [IPC_CHANNELS.backupRead, 'a huge length', [{ name: BACKUP, offset: 0, length: 2 ** 30 }]],
    [IPC_CHANNELS.backupWrite, 'a made-up handle', [{ handle: 'x', data: new Uint8Array() }]],
    [IPC_CHANNELS.backupChooseFolder, 'a folder from the page', [{ dir: '/tmp' }]],
  ];

  it.each(malformed)('%s: refuses %s, running nothing', async (channel, _name, args) => {
    const { ran, handlers } = recordingHandlers();
    registerIpcHandlers(ipcMain, handlers);
    await expect(fakeIpcMain.invoke(channel, makeInvokeEvent(appFrame()), ...args)).rejects.toThrow(
      /malformed request/,
    );
    expect(ran).toEqual([]);
  });

  it('hands the handler the parsed payload', async () => {
    const { ran, handlers } = recordingHandlers();
    registerIpcHandlers(ipcMain, handlers);
    await fakeIpcMain.invoke(
      IPC_CHANNELS.saveFile,
      makeInvokeEvent(appFrame()),
      ...validArgs[IPC_CHANNELS.saveFile],
    );
    expect(ran[0]?.request).toEqual({
      suggestedName: 'export.zip',
      data: new Uint8Array([1, 2, 3]),
    });
  });

  it('does not echo the payload in the refusal (it may hold personal data)', async () => {
    registerIpcHandlers(ipcMain, recordingHandlers().handlers);
    const error = await fakeIpcMain
      .invoke(IPC_CHANNELS.saveFile, makeInvokeEvent(appFrame()), {
        suggestedName: 'Jan Jansen 123456782.pdf/..',
        data: new Uint8Array(),
      })
      .catch((e: unknown) => e);
    expect(String(error)).not.toContain('Jansen');
  });

  it('refuses to send a reply that breaks the contract', async () => {
    const { handlers } = recordingHandlers();
    // A bug in main must not reach the renderer as an off-contract value.
    handlers[IPC_CHANNELS.getAppInfo] = () =>
      ({ version: '', platform: 'linux', secret: 1 }) as unknown as {
        version: string;
        platform: string;
      };
    registerIpcHandlers(ipcMain, handlers);
    await expect(
      fakeIpcMain.invoke(IPC_CHANNELS.getAppInfo, makeInvokeEvent(appFrame())),
    ).rejects.toThrow();
  });
});

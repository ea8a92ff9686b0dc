// The main <-> renderer contract, defined once. The preload builds `window.koers` from it and
// the main process validates every payload against the same schemas, so a change here breaks
// both ends at compile time instead of drifting apart at run time.
import { z } from 'zod';

/** Origin the renderer is served from; IPC is refused from any other origin. */
export const APP_SCHEME = 'koers';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Key on `window` under which the preload exposes the bridge (bridge-key.ts). */
export { BRIDGE_KEY } from './bridge-key';

export const IPC_CHANNELS = {
  lockRequest: 'koers:lock-request',
  setContentProtection: 'koers:set-content-protection',
  getAppInfo: 'koers:get-app-info',
  saveFile: 'koers:save-file',
  openFile: 'koers:open-file',
  quickUnlockStatus: 'koers:quick-unlock:status',
  quickUnlockEnable: 'koers:quick-unlock:enable',
  quickUnlockUnlock: 'koers:quick-unlock:unlock',
  quickUnlockDisable: 'koers:quick-unlock:disable',
  quickUnlockLockScreen: 'koers:quick-unlock:lock-screen',
  backupStatus: 'koers:backup:status',
  backupChooseFolder: 'koers:backup:choose-folder',
  backupList: 'koers:backup:list',
  backupBegin: 'koers:backup:begin',
  backupWrite: 'koers:backup:write',
  backupCommit: 'koers:backup:commit',
  backupAbort: 'koers:backup:abort',
  backupRead: 'koers:backup:read',
  backupReadSmall: 'koers:backup:read-small',
  backupRemove: 'koers:backup:remove',
  officeRequest: 'koers:office:request',
  officePin: 'koers:office:pin',
  officeUnpin: 'koers:office:unpin',
} as const;

// Exports can hold scanned documents; beyond this the structured clone over IPC and the
// in-memory copy in main get risky, and no legitimate Koers file comes near it.
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Length of the only secret quick unlock will hold: one tweetnacl secretbox key. */
export const QUICK_UNLOCK_SECRET_BYTES = 32;

const bytes = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= max, {
    message: `at most ${max} bytes`,
  });

// ---- main -> renderer ----------------------------------------------------------------------

export const lockReasonSchema = z.enum(['suspend', 'lock-screen', 'menu']);
export type LockReason = z.infer<typeof lockReasonSchema>;

// ---- renderer -> main (invoke) -------------------------------------------------------------

const noArgument = z.undefined();

export const setContentProtectionRequestSchema = z.strictObject({ enabled: z.boolean() });

export const appInfoSchema = z.strictObject({
  version: z.string().min(1).max(64),
  platform: z.string().min(1).max(32),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

// A bare file name: the dialog decides the folder, so the renderer cannot aim the default path
// somewhere else with separators, drive letters or dot segments.
export const suggestedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'a file name without path separators or control characters')
  .refine((name) => name !== '.' && name !== '..' && name.trim() === name, {
    message: 'not a dot segment, no leading or trailing spaces',
  });

export const saveFileRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema,
  data: bytes(MAX_FILE_BYTES),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.strictObject({
  saved: z.boolean(),
  path: z.string().min(1).optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'an extension without dot, or *'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(20).optional(),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const openedFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  data: bytes(MAX_FILE_BYTES),
});
export const openFileResultSchema = openedFileSchema.nullable();
export type OpenFileResult = z.infer<typeof openFileResultSchema>;

// Quick unlock keeps one random key Q in the OS keystore (safeStorage), so a coach can unlock
// with the OS login instead of the passphrase. Q is not the vault key: it opens a copy of the
// vault key sealed inside the vault, and the renderer replaces Q after every use. Main hands Q
// out only while the lock screen is up, once per showing, and after Touch ID where the Mac
// has it. Off until the user opts in. NEVER used for the special-category compartment: that
// key is unwrapped only after a fresh passphrase check and a stated purpose, by design.
export const quickUnlockUnavailableReasonSchema = z.enum([
  // Linux without a keyring: safeStorage would "encrypt" with a hard-coded password.
  'linux-basic-text',
  // The keystore is not (yet) usable, e.g. locked keychain, or called before app ready.
  'encryption-unavailable',
]);
export type QuickUnlockUnavailableReason = z.infer<typeof quickUnlockUnavailableReasonSchema>;

export const quickUnlockStatusSchema = z.strictObject({
  available: z.boolean(),
  enrolled: z.boolean(),
  reason: quickUnlockUnavailableReasonSchema.optional(),
});
export type QuickUnlockStatus = z.infer<typeof quickUnlockStatusSchema>;

export const quickUnlockEnableRequestSchema = z.strictObject({
  secret: z.instanceof(Uint8Array).refine((b) => b.byteLength === QUICK_UNLOCK_SECRET_BYTES, {
    message: `exactly ${QUICK_UNLOCK_SECRET_BYTES} bytes`,
  }),
});
export type QuickUnlockEnableRequest = z.infer<typeof quickUnlockEnableRequestSchema>;

export const quickUnlockUnlockResultSchema = z
  .strictObject({
    secret: z.instanceof(Uint8Array).refine((b) => b.byteLength === QUICK_UNLOCK_SECRET_BYTES, {
      message: `exactly ${QUICK_UNLOCK_SECRET_BYTES} bytes`,
    }),
  })
  .nullable();
export type QuickUnlockUnlockResult = z.infer<typeof quickUnlockUnlockResultSchema>;

/** The lock screen appeared (shown) or went away; main releases Q only while it is up. */
export const quickUnlockLockScreenRequestSchema = z.strictObject({ shown: z.boolean() });
export type QuickUnlockLockScreenRequest = z.infer<typeof quickUnlockLockScreenRequestSchema>;

// Backups go to a folder the coach chose in a native dialog; main remembers it. The renderer
// names files only by the backup pattern or the ledger's fixed name, never a path.
export const backupFolderStatusSchema = z.strictObject({
  chosen: z.boolean(),
  reachable: z.boolean(),
  path: z.string().min(1).max(4096).optional(),
});
export type BackupFolderStatus = z.infer<typeof backupFolderStatusSchema>;

export const backupFileNameSchema = z
  .string()
  .regex(
    /^(koers-backup-\d{8}-\d{6}\.koersbackup|koers-verwijderlogboek\.koersledger)$/,
    'a backup or ledger file name',
  );
const backupHandleSchema = z.string().regex(/^[0-9a-f]{32}$/);
/** One write or read over IPC: a backup frame is at most 16 MiB. */
export const BACKUP_PIECE_MAX = 16 * 1024 * 1024;
export const backupNameRequestSchema = z.strictObject({ name: backupFileNameSchema });
export const backupHandleRequestSchema = z.strictObject({ handle: backupHandleSchema });
export const backupWriteRequestSchema = z.strictObject({
  handle: backupHandleSchema,
  data: bytes(BACKUP_PIECE_MAX),
});
export const backupReadRequestSchema = z.strictObject({
  name: backupFileNameSchema,
  offset: z.number().int().min(0),
  length: z.number().int().min(1).max(BACKUP_PIECE_MAX),
});

// Office sync in Electron (electron/office-proxy.ts): the renderer's CSP keeps connect-src
// 'self'; main sends the request with net.fetch, and only to the origin pinned at enrolment.
// The renderer names the origin it means so a mismatch is refused instead of redirected.
/** A pull page or a push batch is far below this; a larger body is refused in both ways. */
export const OFFICE_BODY_MAX = 8 * 1024 * 1024;
const officeOriginSchema = z.string().min(8).max(300);
export const officeRequestSchema = z.strictObject({
  origin: officeOriginSchema,
  method: z.enum(['GET', 'POST']),
  /** Path and query on the office origin; main allows only the enrolment and sync routes. */
  path: z.string().min(1).max(2048),
  headers: z.record(z.string().max(64), z.string().max(1024)),
  body: z.string().max(OFFICE_BODY_MAX),
});
export type OfficeProxyRequest = z.infer<typeof officeRequestSchema>;
export const officeResponseSchema = z.strictObject({
  status: z.number().int().min(100).max(599),
  body: z.string().max(OFFICE_BODY_MAX),
});
export type OfficeProxyResponse = z.infer<typeof officeResponseSchema>;
export const officePinRequestSchema = z.strictObject({ origin: officeOriginSchema });
export const officePinSchema = z.strictObject({ origin: z.string().nullable() });
export type OfficePin = z.infer<typeof officePinSchema>;

/**
 * Every invoke channel with the schema of its single argument and of its reply. Main validates
 * requests (the security boundary) and its own replies; the preload validates both too.
 */
export const INVOKE_CONTRACT = {
  [IPC_CHANNELS.setContentProtection]: {
    request: setContentProtectionRequestSchema,
    response: z.undefined(),
  },
  [IPC_CHANNELS.getAppInfo]: { request: noArgument, response: appInfoSchema },
  [IPC_CHANNELS.saveFile]: { request: saveFileRequestSchema, response: saveFileResultSchema },
  [IPC_CHANNELS.openFile]: { request: openFileRequestSchema, response: openFileResultSchema },
  [IPC_CHANNELS.quickUnlockStatus]: { request: noArgument, response: quickUnlockStatusSchema },
  [IPC_CHANNELS.quickUnlockEnable]: {
    request: quickUnlockEnableRequestSchema,
    response: quickUnlockStatusSchema,
  },
  [IPC_CHANNELS.quickUnlockUnlock]: {
    request: noArgument,
    response: quickUnlockUnlockResultSchema,
  },
  [IPC_CHANNELS.quickUnlockDisable]: { request: noArgument, response: quickUnlockStatusSchema },
  [IPC_CHANNELS.quickUnlockLockScreen]: {
    request: quickUnlockLockScreenRequestSchema,
    response: z.undefined(),
  },
  [IPC_CHANNELS.backupStatus]: { request: noArgument, response: backupFolderStatusSchema },
  [IPC_CHANNELS.backupChooseFolder]: { request: noArgument, response: backupFolderStatusSchema },
  [IPC_CHANNELS.backupList]: { request: noArgument, response: z.array(z.string().max(255)) },
  [IPC_CHANNELS.backupBegin]: {
    request: backupNameRequestSchema,
    response: z.strictObject({ handle: backupHandleSchema }),
  },
  [IPC_CHANNELS.backupWrite]: { request: backupWriteRequestSchema, response: z.undefined() },
  [IPC_CHANNELS.backupCommit]: { request: backupHandleRequestSchema, response: z.undefined() },
  [IPC_CHANNELS.backupAbort]: { request: backupHandleRequestSchema, response: z.undefined() },
  [IPC_CHANNELS.backupRead]: {
    request: backupReadRequestSchema,
    response: bytes(BACKUP_PIECE_MAX),
  },
  [IPC_CHANNELS.backupReadSmall]: {
    request: backupNameRequestSchema,
    response: bytes(BACKUP_PIECE_MAX).nullable(),
  },
  [IPC_CHANNELS.backupRemove]: { request: backupNameRequestSchema, response: z.undefined() },
  [IPC_CHANNELS.officeRequest]: { request: officeRequestSchema, response: officeResponseSchema },
  [IPC_CHANNELS.officePin]: { request: officePinRequestSchema, response: officePinSchema },
  [IPC_CHANNELS.officeUnpin]: { request: noArgument, response: officePinSchema },
} as const;

export type InvokeContract = typeof INVOKE_CONTRACT;
export type InvokeChannel = keyof InvokeContract;
export type InvokeRequest<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>;

export type InvokeRequestData<C extends InvokeChannel> = z.output<InvokeContract[C]['request']>;

export const INVOKE_CHANNELS = Object.keys(INVOKE_CONTRACT) as InvokeChannel[];

/** The request and response schemas of one channel, typed for that channel. */
export function schemasFor<C extends InvokeChannel>(
  channel: C,
): {
  request: z.ZodType<InvokeRequestData<C>, InvokeRequest<C>>;
  response: z.ZodType<InvokeResponse<C>>;
} {
  // Indexing the const table with a generic key yields a union TypeScript cannot narrow back
  // to one channel; the table's literal type above is what makes this cast true.
  return INVOKE_CONTRACT[channel] as unknown as {
    request: z.ZodType<InvokeRequestData<C>, InvokeRequest<C>>;
    response: z.ZodType<InvokeResponse<C>>;
  };
}

/** The API the preload exposes on `window.koers`; the renderer's Electron adapter uses it. */
export interface KoersBridge {
  readonly platform: 'electron';
  /** Main asks the renderer to lock (forget every key). Returns an unsubscribe function. */
  onLockRequest(callback: (reason: LockReason) => void): () => void;
  /** Hide the window from screenshots and screen sharing (no effect on Linux). */
  setContentProtection(enabled: boolean): Promise<void>;
  getAppInfo(): Promise<AppInfo>;
  /** Native save dialog; `saved: false` when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Native open dialog; null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  readonly quickUnlock: {
    status(): Promise<QuickUnlockStatus>;
    /** Store (or replace) the quick-unlock key Q in the OS keystore. Never a vault key. */
    enable(request: QuickUnlockEnableRequest): Promise<QuickUnlockStatus>;
    /**
     * The stored key, or null when not enrolled, unavailable, unreadable, asked while the
     * lock screen is not up, asked twice in one showing, or Touch ID was refused.
     */
    unlock(): Promise<QuickUnlockUnlockResult>;
    disable(): Promise<QuickUnlockStatus>;
    /** The lock screen reports that it appeared or went away. */
    lockScreen(request: QuickUnlockLockScreenRequest): Promise<void>;
  };
  /** The backup folder (electron/backup-folder.ts): files by backup name, never by path. */
  readonly backup: {
    status(): Promise<BackupFolderStatus>;
    chooseFolder(): Promise<BackupFolderStatus>;
    list(): Promise<string[]>;
    begin(name: string): Promise<string>;
    write(handle: string, data: Uint8Array<ArrayBuffer>): Promise<void>;
    commit(handle: string): Promise<void>;
    abort(handle: string): Promise<void>;
    read(name: string, offset: number, length: number): Promise<Uint8Array>;
    readSmall(name: string): Promise<Uint8Array | null>;
    remove(name: string): Promise<void>;
  };
  /** Office requests through main (electron/office-proxy.ts), only to the pinned origin. */
  readonly office: {
    request(request: OfficeProxyRequest): Promise<OfficeProxyResponse>;
    /** Pins the enrolled origin; refused when another one is pinned (leave the office first). */
    pin(origin: string): Promise<OfficePin>;
    /** Forgets the pinned origin (leaving the office). */
    unpin(): Promise<OfficePin>;
  };
}

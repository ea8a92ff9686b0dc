import type { BackupFolder, BackupSink } from '../../shared/backup/backup-ports';
import type { OfficeTransport } from '../../shared/sync/transport';

export type LockReason = 'suspend' | 'lock-screen' | 'menu';

export interface QuickUnlockStatus {
  available: boolean;
  enrolled: boolean;
  reason?: string;
}

export interface QuickUnlockPort {
  status(): Promise<QuickUnlockStatus>;
  /** Stores (or replaces) the quick-unlock key Q; never the vault key. */
  enable(key: Uint8Array): Promise<void>;
  /**
   * The stored quick-unlock key, or null when not enrolled, unreadable, not asked from the
   * lock screen, already handed out for this showing of it, or Touch ID was refused.
   */
  unlock(): Promise<Uint8Array | null>;
  disable(): Promise<void>;
  /** The lock screen appeared (true) or went away (false); main gates unlock() on it. */
  lockScreen(shown: boolean): Promise<void>;
}

export interface BackupFolderStatus {
  chosen: boolean;
  reachable: boolean;
  /** Where, for the coach to read (main knows it; the renderer never names a path). */
  path?: string;
}

/** Backups into a folder the coach chose in a native dialog (Electron). */
export interface BackupFolderPort {
  status(): Promise<BackupFolderStatus>;
  /** The native folder dialog; the answer is the status after it. */
  choose(): Promise<BackupFolderStatus>;
  folder: BackupFolder;
}

/**
 * What the UI needs from its host. The Electron adapter goes through the preload bridge;
 * the browser adapter (npm run web, e2e tests) does without OS events.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** The OS or the app menu asks to lock (sleep, screen lock, menu item). */
  onLockRequest(cb: (reason: LockReason) => void): () => void;
  /**
   * Writes bytes the coach explicitly asked to save (an export, a document, a CV):
   * Electron shows the native save dialog, a browser downloads. Never called unasked.
   */
  saveFile(name: string, data: Uint8Array | Blob, mimeType: string): Promise<{ saved: boolean }>;
  /** Whether a decrypted copy can be shown in a new tab (a browser can; the shell denies windows). */
  canOpenInNewTab: boolean;
  /** Hide the window from screen capture and sharing; absent where the host cannot. */
  setContentProtection?: (enabled: boolean) => Promise<void>;
  /** Unlock with the OS keystore; absent in a browser. Never for special categories. */
  quickUnlock?: QuickUnlockPort;
  /** The backup folder (Electron); absent in a browser, which downloads instead. */
  backupFolder?: BackupFolderPort;
  /** A sink that becomes a download when committed (a browser's backup). */
  downloadSink?: (name: string) => BackupSink;
  /**
   * Office sync (issue 14): how requests reach the office and which origins it may reach.
   * The browser uses fetch under the built connect-src; Electron sends them through main,
   * which reaches only the origin pinned at enrolment (electron/office-proxy.ts).
   */
  office?: OfficePort;
}

export interface OfficePort {
  transport: OfficeTransport;
  /** Origins connect-src allows besides nothing else; enrolment refuses any other. */
  allowedOrigins(): string[];
  /**
   * Where the host itself pins the office (Electron's main): enrolment pins the typed origin
   * instead of checking allowedOrigins, and leaving unpins it. Absent in a browser, whose
   * CSP is fixed at build time. pin rejects when another office is pinned.
   */
  pin?(origin: string): Promise<void>;
  unpin?(): Promise<void>;
}

import type { ChangeNote } from '../../shared/domain/field-history';
import { create } from 'zustand';
import { wipe } from '../../shared/crypto/bytes';
import { VaultError, type VaultErrorCode } from '../../shared/crypto/errors';
import {
  compareEntries,
  toCaseloadEntry,
  type CaseloadEntry,
} from '../../shared/domain/caseload-search';
import type { Client, ClientFields } from '../../shared/domain/client';
import type { SettingsMeta } from '../vault/db';
import { DEFAULT_IDLE_MINUTES } from '../vault/idle-default';
import { platform } from '../platform';
import { readBootHint, writeBootHint } from './boot-hint';
import {
  DATABASE_NAMES,
  PROFILE,
  deleteDemoDatabase,
  isDemo,
  quickUnlockPort,
  switchProfile,
} from './profile';
import { onlyShareable, tabOnEntry } from './shareable';
import { DOSSIER_TABS, type DossierTab } from './tabs';
import type * as ServicesModule from './services';
import { loadVault, loadedVault } from './vault-loader';

/**
 * The session's services (every repository, the detector, the dashboard loader) come in a
 * chunk of their own: the lock screen does not need them, and a launch must be ready to
 * type within 300 ms (issue 11). Fetched once the lock screen is up (`preloadSession`), and
 * awaited before the first unlock needs them; from then on the calls below are synchronous.
 */
let servicesModule: typeof ServicesModule | null = null;
let servicesLoading: Promise<typeof ServicesModule> | null = null;
export function preloadSession(): Promise<typeof ServicesModule> {
  servicesLoading ??= import('./services').then(
    (m) => (servicesModule = m),
    (e: unknown) => {
      // A failed fetch (a file missing from a broken install) is tried again next time.
      servicesLoading = null;
      throw e;
    },
  );
  return servicesLoading;
}
/** As services.ts has it: VaultError('locked') while there is no unlocked session. */
const services = (): ServicesModule.Services => {
  if (!servicesModule) throw new VaultError('locked', 'The vault is locked');
  return servicesModule.services();
};
/** For the async actions: the same, once the module is surely there. */
const servicesReady = async (): Promise<ServicesModule.Services> => {
  await preloadSession();
  return services();
};
const openServices = async (): Promise<ServicesModule.Services> =>
  (await preloadSession()).openServices();
/** Nothing to drop before the module has loaded: no session was built without it. */
const dropServices = (): void => servicesModule?.dropServices();

export type Status = 'booting' | 'setup' | 'locked' | 'unlocked';
export type LockCause = 'manual' | 'idle' | 'system' | null;
export { DOSSIER_TABS, type DossierTab } from './tabs';

/** "Cliënt kijkt mee": one client, only the tabs the coach chose to share. */
export interface SessionMode {
  clientId: string;
  shared: DossierTab[];
}

interface SessionState {
  status: Status;
  lockCause: LockCause;
  idleMinutes: number;
  /** Decrypted while unlocked only; emptied on lock. */
  clientsById: Record<string, Client>;
  entries: CaseloadEntry[];
  selectedId: string | null;
  creating: boolean;
  /** Counts "+ Nieuwe cliënt": each press mounts a fresh, empty form. */
  createRun: number;
  /**
   * The new-client form was open at the lock and unlock reopened it: only then does its
   * sealed draft come back; "+ Nieuwe cliënt" itself always starts clean.
   */
  createResumed: boolean;
  /** Which part of the open dossier is shown. */
  tab: DossierTab;
  setTab(tab: DossierTab): void;
  /** Set by Ctrl+N; the logbook takes it (possibly after mounting) and opens a new entry. */
  composePending: boolean;
  requestCompose(): void;
  takeComposeRequest(): boolean;
  /** Clients whose stored rows failed authentication at unlock. */
  damagedCount: number;
  /** The client just created, so its form can say it was saved. */
  justCreatedId: string | null;
  /**
   * Reads whether a vault exists (once per page) and shows its lock screen or the setup;
   * with a boot hint the lock screen is already up, and this corrects it if need be.
   */
  boot(): Promise<void>;
  /**
   * Creates the vault and unlocks it. `seed` runs with the new session's services before the
   * caseload is shown (the demo fills its vault this way, through the same repositories).
   */
  setup(passphrase: string, seed?: (s: ServicesModule.Services) => Promise<void>): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  /** Unlock with the vault key kept by the OS keystore (Electron, opt-in). */
  quickUnlock(): Promise<void>;
  lock(cause: Exclude<LockCause, null>): void;
  select(id: string | null): void;
  startCreating(): void;
  createClient(fields: ClientFields): Promise<Client>;
  updateClient(id: string, fields: ClientFields, note?: ChangeNote): Promise<Client>;
  setArchived(id: string, archived: boolean): Promise<void>;
  /** A client that arrived by a portability import: into the caseload, and opened. */
  showImported(id: string): Promise<void>;
  /** An erased client: out of the caseload and every decrypted list, back to the overview. */
  forgetClient(id: string): void;
  setIdleMinutes(minutes: number): Promise<void>;
  /** Null outside session mode. While set, select/setTab/startCreating refuse to leave it. */
  sessionMode: SessionMode | null;
  enterSessionMode(clientId: string, shared: readonly DossierTab[]): void;
  /** Ends session mode only after the passphrase checks out; throws VaultError otherwise. */
  leaveSessionMode(passphrase: string): Promise<void>;
  /**
   * Demo profile only: locks, deletes the demo database when `remove` is set, and reloads
   * into the coach's own vault (its lock screen, or the first screen when there is none).
   */
  leaveDemo(remove: boolean): Promise<void>;
}

// A function, not a constant: each lock gets fresh empty containers, nothing shared.
const lockedState = (): Pick<
  SessionState,
  | 'clientsById'
  | 'entries'
  | 'selectedId'
  | 'creating'
  | 'createResumed'
  | 'justCreatedId'
  | 'damagedCount'
  | 'sessionMode'
> => ({
  clientsById: {},
  entries: [],
  selectedId: null,
  creating: false,
  createResumed: false,
  justCreatedId: null,
  damagedCount: 0,
  // Locking ends session mode: unlocking asks the passphrase anyway.
  sessionMode: null,
});

/** sessionStorage key for why the page was reloaded at lock; holds the cause code only. */
export const LOCK_CAUSE_KEY = 'koers.lockCause';
/** How long a lock waits for drafts sealed in its before-lock hooks to be written. */
export const LOCK_WRITE_WAIT_MS = 2000;

const LOCK_CAUSES: readonly LockCause[] = ['manual', 'idle', 'system'];

/**
 * sessionStorage key for where the coach was when the page reloaded at lock: the opaque
 * client id and the tab only, never a name or anything else of the dossier.
 */
export const RESUME_KEY = 'koers.resume';

function keepPlace(clientId: string | null, tab: DossierTab, creating: boolean): void {
  try {
    if (clientId) sessionStorage.setItem(RESUME_KEY, JSON.stringify({ clientId, tab }));
    // The new-client form: its unsaved input is sealed, and comes back after the unlock.
    else if (creating) sessionStorage.setItem(RESUME_KEY, JSON.stringify({ creating: true }));
    else sessionStorage.removeItem(RESUME_KEY);
  } catch {
    // Returning to the same place is a nicety.
  }
}

type Place = { clientId: string; tab: DossierTab } | { creating: true };

/** Where the coach was before the lock, read once. */
function takePlace(): Place | null {
  try {
    const raw = sessionStorage.getItem(RESUME_KEY);
    sessionStorage.removeItem(RESUME_KEY);
    const place = raw
      ? (JSON.parse(raw) as { clientId?: unknown; tab?: unknown; creating?: unknown })
      : null;
    if (place?.creating === true) return { creating: true };
    if (typeof place?.clientId !== 'string' || !DOSSIER_TABS.includes(place.tab as DossierTab))
      return null;
    return { clientId: place.clientId, tab: place.tab as DossierTab };
  } catch {
    return null;
  }
}

/** The cause a lock left for the page it reloaded into, read once. */
function takeLockCause(): LockCause {
  try {
    const cause = sessionStorage.getItem(LOCK_CAUSE_KEY) as LockCause;
    sessionStorage.removeItem(LOCK_CAUSE_KEY);
    return LOCK_CAUSES.includes(cause) ? cause : null;
  } catch {
    return null;
  }
}

let reloading = false;
/** In a page; not in the unit tests, which run the store in Node. */
const canReload = () => typeof location !== 'undefined' && typeof sessionStorage !== 'undefined';

/**
 * Whether a reload would find the app again. The desktop app serves it itself; a browser
 * (`npm run web`) needs its server, and a reload while offline would leave a browser error
 * page instead of the lock screen.
 */
async function appReachable(): Promise<boolean> {
  if (!/^https?:$/.test(location.protocol)) return true;
  if (!navigator.onLine) return false;
  try {
    const r = await fetch(location.href, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(LOCK_WRITE_WAIT_MS),
    });
    return r.ok;
  } catch {
    return false;
  }
}

/**
 * After a lock: waits (briefly) for the drafts the lock hooks sealed to be written, then
 * reloads the page. The reload drops the JS realm, and with it every decrypted string, the
 * React tree and any copy of a key the code could not wipe; the new page boots locked.
 * Resolves false, without reloading, when the app could not be loaded again (offline
 * browser): the keys are wiped and the state emptied all the same.
 */
async function reloadAfterLock(writes: Promise<void>, cause: LockCause): Promise<boolean> {
  if (reloading) return true;
  reloading = true;
  const [reachable] = await Promise.all([
    appReachable(),
    Promise.race([writes, new Promise((r) => setTimeout(r, LOCK_WRITE_WAIT_MS))]),
  ]);
  if (!reachable) {
    reloading = false;
    return false;
  }
  try {
    if (cause) sessionStorage.setItem(LOCK_CAUSE_KEY, cause);
  } catch {
    // The message about why is a nicety; the reload is not.
  }
  location.reload();
  return true;
}

function indexClients(list: Client[]) {
  const clientsById: Record<string, Client> = {};
  for (const c of list) clientsById[c.id] = c;
  return { clientsById, entries: list.map(toCaseloadEntry).sort(compareEntries) };
}

/** The launch's first guess, read before any IndexedDB access (boot-hint.ts). */
const launch = {
  hint: canReload() ? readBootHint(DATABASE_NAMES[PROFILE]) : null,
  cause: takeLockCause(),
};
let booted: Promise<{ exists: boolean; settings: SettingsMeta | null }> | null = null;
/** An unlock waits for the boot check, so a late check never covers the unlocked app. */
const bootChecked = (): Promise<unknown> => (booted ?? Promise.resolve()).catch(() => undefined);

export const useSession = create<SessionState>((set, get) => {
  const putClient = (c: Client) => {
    const all = { ...get().clientsById, [c.id]: c };
    set(indexClients(Object.values(all)));
  };

  /** Decrypts the caseload; a failure here locks again rather than half-open. */
  async function afterUnlock(how: string) {
    // Best effort: a full disk must not keep the coach out of the dossiers.
    await services()
      .audit.append({ action: 'unlock', clientId: null, detail: how })
      .catch(() => undefined);
    try {
      const { clients: list, damaged } = await services().clients.listAll();
      // Back to the client and tab the coach was on before the lock.
      const place = canReload() ? takePlace() : null;
      const back =
        place && 'clientId' in place && list.some((c) => c.id === place.clientId) ? place : null;
      set({
        status: 'unlocked',
        lockCause: null,
        ...lockedState(),
        ...indexClients(list),
        damagedCount: damaged.length,
        ...(back ? { selectedId: back.clientId, tab: back.tab } : {}),
        ...(place && 'creating' in place ? { creating: true, createResumed: true } : {}),
      });
      // At most daily, into the chosen folder; never in the coach's way (state/backups.ts).
      void import('./backups').then((m) => m.backupAtUnlock()).catch(() => undefined);
      // The day's retention check (at most daily), in the background; the dashboard's
      // "Te verwijderen" waits for the same run, and shows its error if it fails.
      void services()
        .retention.list()
        .catch(() => undefined);
    } catch (e) {
      void loadedVault()?.lock();
      dropServices();
      throw e;
    }
  }

  return {
    // A vault seen by the last boot: the lock screen at once, and boot() checks (launch.ts).
    status: launch.hint ? 'locked' : 'booting',
    lockCause: launch.hint ? launch.cause : null,
    idleMinutes: launch.hint?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    tab: 'personalia',
    composePending: false,
    createRun: 0,
    ...lockedState(),

    boot() {
      booted ??= (async () => {
        const vault = await loadVault();
        const exists = await vault.exists();
        const settings = exists ? await vault.settings() : null;
        writeBootHint(DATABASE_NAMES[PROFILE], settings && { idleMinutes: settings.idleMinutes });
        return { exists, settings };
      })();
      return booted.then(({ exists, settings }) => {
        if (settings?.contentProtection === false) void platform.setContentProtection?.(false);
        // A keystore entry with no sealed copy in the vault is useless, and one written before
        // quick unlock had its own key holds the vault key itself: delete it.
        const port = quickUnlockPort();
        if (exists && port)
          void port
            .status()
            .then(async (s) => {
              if (s.enrolled && !(await loadedVault()?.hasQuickUnlock())) await port.disable();
            })
            .catch(() => undefined);
        // Only the launch's own screen is corrected: an unlock waits for this (unlock()).
        const status = get().status;
        if (status !== 'booting' && status !== 'locked') return;
        set({
          status: exists ? 'locked' : 'setup',
          lockCause: exists ? launch.cause : null,
          idleMinutes: settings?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
        });
      });
    },

    async setup(passphrase, seed) {
      const { calibrateInWorker } = await import('../vault/kdf-client');
      const { params } = await calibrateInWorker();
      await openServices();
      const vault = await loadVault();
      try {
        await vault.create(passphrase, params);
        writeBootHint(DATABASE_NAMES[PROFILE], { idleMinutes: get().idleMinutes });
      } catch (e) {
        dropServices();
        throw e;
      }
      if (!seed) {
        set({ status: 'unlocked', lockCause: null, ...lockedState() });
        return;
      }
      try {
        await seed(services());
      } catch (e) {
        // The half-filled vault stays; its screen offers to remove it and start over.
        void vault.lock();
        dropServices();
        throw e;
      }
      await afterUnlock('setup');
    },

    async unlock(passphrase) {
      await bootChecked();
      await openServices();
      const vault = await loadVault();
      try {
        await vault.unlock(passphrase);
      } catch (e) {
        dropServices();
        throw e;
      }
      await afterUnlock('passphrase');
    },

    async quickUnlock() {
      const port = quickUnlockPort();
      // Main hands out the quick-unlock key only to the lock screen, once per appearance,
      // after Touch ID where the Mac has it; null otherwise.
      const q = await port?.unlock();
      if (!port || !q) throw new VaultError('not-found', 'No key in the OS keystore');
      let next: Uint8Array;
      await bootChecked();
      await openServices();
      const vault = await loadVault();
      try {
        next = await vault.unlockWithQuickUnlockKey(q);
      } catch (e) {
        dropServices();
        // A key this vault no longer accepts (turned off, older format): forget it.
        if (e instanceof VaultError && (e.code === 'not-found' || e.code === 'wrong-passphrase'))
          await port.disable().catch(() => undefined);
        throw e;
      }
      // Used once: the keystore gets the fresh key, the old one opens nothing from now on.
      try {
        await port.enable(next);
      } catch {
        // Unlocked all the same; the next quick unlock fails and the passphrase is asked.
      } finally {
        wipe(next);
      }
      await afterUnlock('quick unlock (OS keychain)');
    },

    lock(cause) {
      const { selectedId, tab, status, creating } = get();
      if (status === 'unlocked' && canReload()) keepPlace(selectedId, tab, creating);
      // No vault code loaded means nothing was ever unlocked in this page.
      const writes = loadedVault()?.lock() ?? Promise.resolve();
      // After the before-lock hooks (drafts sealed, compartment closed): the session's
      // services go as a whole.
      dropServices();
      // Until the reload, an empty gate: the lock screen comes with the fresh page.
      const reloads = canReload();
      set({ status: reloads ? 'booting' : 'locked', lockCause: cause, ...lockedState() });
      if (reloads)
        void reloadAfterLock(writes, cause).then((reloaded) => {
          if (!reloaded) set({ status: 'locked' });
        });
    },

    select(id) {
      // Refused here, not only hidden in the UI: no path may show another client.
      if (get().sessionMode) return;
      set({ selectedId: id, creating: false, justCreatedId: null, tab: 'personalia' });
    },
    setTab(tab) {
      const mode = get().sessionMode;
      if (mode && !mode.shared.includes(tab)) return;
      set({ tab });
    },
    requestCompose() {
      const mode = get().sessionMode;
      if (mode && !mode.shared.includes('logbook')) return;
      set({ tab: 'logbook', composePending: true });
    },
    takeComposeRequest() {
      if (!get().composePending) return false;
      set({ composePending: false });
      return true;
    },
    startCreating() {
      if (get().sessionMode) return;
      set({
        selectedId: null,
        creating: true,
        createResumed: false,
        createRun: get().createRun + 1,
      });
    },

    enterSessionMode(clientId, shared) {
      const { status, clientsById, tab } = get();
      if (status !== 'unlocked' || !clientsById[clientId]) return;
      const allowed = onlyShareable(shared);
      // Sealed content must not be on screen with the client present.
      services().compartment.close();
      set({
        sessionMode: { clientId, shared: allowed },
        selectedId: clientId,
        creating: false,
        justCreatedId: null,
        tab: tabOnEntry(tab, allowed) ?? tab,
        composePending: false,
      });
      // Shown to the client: the log says when, and which tabs (never their content).
      void services()
        .audit.append({
          action: 'session-mode-start',
          clientId,
          facts: { kind: 'tabs-shared', tabs: [...allowed] },
        })
        .catch(() => undefined);
    },

    async leaveSessionMode(passphrase) {
      const mode = get().sessionMode;
      if (!mode) return;
      await (await loadVault()).verifyPassphrase(passphrase);
      set({ sessionMode: null });
      await services()
        .audit.append({ action: 'session-mode-end', clientId: mode.clientId })
        .catch(() => undefined);
    },

    async createClient(fields) {
      const c = await (await servicesReady()).clients.create(fields);
      putClient(c);
      set({ selectedId: c.id, creating: false, justCreatedId: c.id, tab: 'personalia' });
      return c;
    },

    async updateClient(id, fields, note) {
      const c = await (await servicesReady()).clients.update(id, fields, note);
      putClient(c);
      return c;
    },

    async setArchived(id, archived) {
      const s = await servicesReady();
      putClient(await s.clients.setArchived(id, archived));
      // Archiving can make a long-ended dossier due today: checked again at once.
      void s.retention.refresh().catch(() => undefined);
    },

    forgetClient(id) {
      const rest = Object.values(get().clientsById).filter((c) => c.id !== id);
      set({ ...indexClients(rest), selectedId: null, justCreatedId: null, tab: 'personalia' });
    },

    async showImported(id) {
      putClient(await (await servicesReady()).clients.get(id));
      set({ selectedId: id, creating: false, tab: 'personalia' });
    },

    async leaveDemo(remove) {
      if (!isDemo()) return;
      await (await loadVault()).lock();
      dropServices();
      set({ status: 'booting', lockCause: null, ...lockedState() });
      // By its own name: the coach's database is never opened for this. The demo's open
      // connection closes itself when the deletion asks it to (Dexie's versionchange).
      if (remove) await deleteDemoDatabase();
      if (canReload()) switchProfile('real', [RESUME_KEY, LOCK_CAUSE_KEY]);
    },

    async setIdleMinutes(minutes) {
      const vault = await loadVault();
      await vault.saveSettings({ idleMinutes: minutes });
      const { idleMinutes } = await vault.settings();
      writeBootHint(DATABASE_NAMES[PROFILE], { idleMinutes });
      set({ idleMinutes });
    },
  };
});

/** Maps any failure to an i18n key under errors.* so the user reads their own language. */
export function errorKey(e: unknown): `errors.${VaultErrorCode | 'unknown'}` {
  if (e instanceof VaultError) return `errors.${e.code}`;
  if (e instanceof Error && /quota|disk/i.test(`${e.name} ${e.message}`))
    return 'errors.storage-failed';
  return 'errors.unknown';
}

import { create } from 'zustand';
import { checkOfficeUrl } from '../../shared/sync/office-url';
import { platform } from '../platform';
import type { SyncEngine, SyncStatus } from '../vault/sync-engine';
import type { Enrolment } from '../vault/sync-store';
import { vault, vaultDb } from './vault-instance';

/** What the header and the Kantoor settings show; null until the first status is read. */
export interface SyncView {
  status: SyncStatus | null;
  running: boolean;
}

export const useSync = create<SyncView>(() => ({ status: null, running: false }));

/** A round every few minutes while unlocked, and this long after the last change. */
export const SYNC_EVERY_MS = 5 * 60_000;
export const SYNC_AFTER_CHANGE_MS = 15_000;
const FIRST_ROUND_MS = 3_000;

export type EnrolResult = { ok: true; enrolment: Enrolment } | { ok: false; error: string };

let engine: SyncEngine | null = null;
let stopTimers: (() => void) | null = null;

async function round(force: boolean): Promise<void> {
  const e = engine;
  if (!e || !vault.unlocked) return;
  useSync.setState({ running: true });
  try {
    const status = await e.sync(force);
    if (engine === e) useSync.setState({ status });
  } catch {
    // Locked mid-round, or a damaged state: the next round tries again; the status stays.
  } finally {
    if (engine === e) useSync.setState({ running: false });
  }
}

/**
 * Runs office sync for the unlocked session: a first round shortly after unlock, one after
 * changes settle (debounced), one every few minutes, and a retry when the back-off ends.
 * Stopped at lock (dropServices). Does nothing until the device is enrolled.
 */
export function startSync(e: SyncEngine): void {
  stopSync();
  engine = e;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const schedule = (ms: number) => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void round(false).then(planRetry), ms);
  };
  const planRetry = () => {
    clearTimeout(retry);
    const at = useSync.getState().status?.retryAt;
    if (at) retry = setTimeout(() => void round(false).then(planRetry), at - Date.now() + 50);
  };
  const every = setInterval(() => void round(false).then(planRetry), SYNC_EVERY_MS);
  // Every saved record passes through the records table: a change there is worth a round.
  const db = vaultDb;
  const onChange = () => {
    schedule(SYNC_AFTER_CHANGE_MS);
  };
  db.records.hook('creating', onChange);
  db.records.hook('updating', onChange);
  schedule(FIRST_ROUND_MS);
  void e.status().then((status) => engine === e && useSync.setState({ status }));
  stopTimers = () => {
    clearTimeout(debounce);
    clearTimeout(retry);
    clearInterval(every);
    db.records.hook('creating').unsubscribe(onChange);
    db.records.hook('updating').unsubscribe(onChange);
  };
}

export function stopSync(): void {
  stopTimers?.();
  stopTimers = null;
  engine = null;
  useSync.setState({ status: null, running: false });
}

/** "Nu synchroniseren": ignores the back-off. */
export const syncNow = (): Promise<void> => round(true);

/** Origins this build may reach (its CSP); empty where the host has no route to an office. */
export const allowedOfficeOrigins = (): string[] => platform.office?.allowedOrigins() ?? [];

/**
 * Enrols this device at the office: the address checked (https, or http on this machine
 * only), refused unless the page's CSP lets it connect there, then the code. Errors are i18n
 * keys; nothing is stored unless the office accepted the code.
 */
export async function enrolOffice(typedUrl: string, code: string): Promise<EnrolResult> {
  const e = engine;
  if (!e) return { ok: false, error: 'sync.errors.locked' };
  const url = checkOfficeUrl(typedUrl);
  if (!url.ok) return { ok: false, error: url.error };
  const office = platform.office;
  if (!office) return { ok: false, error: 'sync.errors.noRoute' };
  // Electron pins the origin in main at enrolment; a browser's CSP fixed it at build time.
  if (!office.pin && !allowedOfficeOrigins().includes(url.origin))
    return { ok: false, error: 'sync.errors.notAllowed' };
  if (!/^[A-Za-z0-9-]{6,64}$/.test(code.trim())) return { ok: false, error: 'sync.errors.code' };
  if (office.pin) {
    try {
      // A pin left without an enrolment (a vault made anew, a leave cut short) would
      // otherwise hold this device to an office it no longer belongs to.
      if (!(await e.status()).enrolled) await office.unpin?.();
      await office.pin(url.origin);
    } catch {
      return { ok: false, error: 'sync.errors.notAllowed' };
    }
  }
  try {
    const enrolment = await e.enrol(
      url.origin,
      code,
      platform.kind === 'electron' ? 'Koers' : 'Koers (browser)',
    );
    useSync.setState({ status: await e.status() });
    void round(true);
    return { ok: true, enrolment };
  } catch (err) {
    // Nothing enrolled: the pin goes too, so another address can be tried.
    await office.unpin?.().catch(() => undefined);
    const code = (err as { code?: string }).code;
    if (code === 'refused') return { ok: false, error: 'sync.errors.codeRefused' };
    if (code === 'offline') return { ok: false, error: 'sync.errors.unreachable' };
    return { ok: false, error: 'sync.errors.enrolFailed' };
  }
}

/** Forgets the office on this device; the dossiers stay. */
export async function leaveOffice(): Promise<void> {
  const e = engine;
  if (!e) return;
  await e.leave();
  await platform.office?.unpin?.();
  useSync.setState({ status: await e.status() });
}

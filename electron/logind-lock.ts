// Electron's powerMonitor 'lock-screen' never fires on Linux, so a coach who locks the screen
// and walks away would leave the vault open until the idle timer runs out. On Linux the screen
// lock goes through logind: `loginctl lock-session` (and desktops that follow it) emit the
// session's Lock signal, and GNOME, KDE and others set the session's LockedHint when their
// locker comes up. This module watches both, plus PrepareForSleep, by running
// `gdbus monitor` on the system bus and reading its lines: no native module, and nothing
// happens (the idle timer still applies) where gdbus or the system bus is missing.
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { LockReason } from '../shared/ipc/contract';

/** The part of child_process.spawn this module uses; tests pass a fake. */
export type SpawnFn = (
  command: string,
  args: readonly string[],
  options: SpawnOptions,
) => Pick<ChildProcess, 'stdout' | 'on' | 'kill'>;

export const GDBUS_ARGS = ['monitor', '--system', '--dest', 'org.freedesktop.login1'] as const;

const SESSION_PREFIX = '/org/freedesktop/login1/session/';
// Longest line kept while waiting for its end: a monitor line is a few hundred bytes.
const MAX_PARTIAL_LINE = 64 * 1024;

/**
 * The session's object path as logind publishes it (sd_bus_path_encode): every byte that is
 * not an ASCII letter or digit, and a leading digit, becomes `_` plus two hex digits.
 */
export function sessionObjectPath(sessionId: string): string {
  let label = '';
  for (const [i, byte] of [...Buffer.from(sessionId, 'utf8')].entries()) {
    const c = String.fromCharCode(byte);
    const keep = /[A-Za-z]/.test(c) || (i > 0 && /[0-9]/.test(c));
    label += keep ? c : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return SESSION_PREFIX + (label === '' ? '_' : label);
}

/**
 * What one line of `gdbus monitor` output asks for, if anything. `ownSession` is this
 * session's object path; when unknown, a lock of any session counts (locking too often is
 * safe, too rarely is not).
 */
export function lockReasonForLine(line: string, ownSession: string | null): LockReason | null {
  const match = /^(\/[A-Za-z0-9_/]*): ([A-Za-z0-9_.]+) \((.*)\)\s*$/.exec(line);
  if (match === null) return null;
  const [, path = '', member = '', args = ''] = match;
  if (member === 'org.freedesktop.login1.Manager.PrepareForSleep') {
    return path === '/org/freedesktop/login1' && /^true\b/.test(args) ? 'suspend' : null;
  }
  if (!path.startsWith(SESSION_PREFIX)) return null;
  if (ownSession !== null && path !== ownSession) return null;
  if (member === 'org.freedesktop.login1.Session.Lock') return 'lock-screen';
  if (
    member === 'org.freedesktop.DBus.Properties.PropertiesChanged' &&
    args.startsWith("'org.freedesktop.login1.Session',") &&
    /'LockedHint': <true>/.test(args)
  ) {
    return 'lock-screen';
  }
  return null;
}

export interface LogindWatchOptions {
  platform: NodeJS.Platform;
  spawn: SpawnFn;
  requestLock: (reason: LockReason) => void;
  /** XDG_SESSION_ID of this process, to ignore other sessions' locks. */
  sessionId?: string | undefined;
  log?: (message: string) => void;
}

export interface LogindWatch {
  /** Ends the monitor; safe to call twice. */
  stop(): void;
}

/** Starts watching on Linux; elsewhere (or when gdbus cannot run) returns a no-op watch. */
export function watchLogindLock(options: LogindWatchOptions): LogindWatch {
  const { platform, spawn, requestLock } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  if (platform !== 'linux') return { stop: () => undefined };
  const ownSession =
    options.sessionId !== undefined && options.sessionId !== ''
      ? sessionObjectPath(options.sessionId)
      : null;

  let child: ReturnType<SpawnFn>;
  try {
    child = spawn('gdbus', GDBUS_ARGS, {
      stdio: ['ignore', 'pipe', 'ignore'],
      // A plain C locale: the output format is not translated, but be sure.
      env: { ...process.env, LC_ALL: 'C' },
    });
  } catch (error) {
    log(`Koers: no screen-lock events from logind (${String(error)})`);
    return { stop: () => undefined };
  }

  let running = true;
  let partial = '';
  const onLine = (line: string) => {
    const reason = lockReasonForLine(line, ownSession);
    if (reason !== null) requestLock(reason);
  };
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    if (partial.length > MAX_PARTIAL_LINE) partial = '';
    for (const line of lines) onLine(line);
  });
  // ENOENT (no gdbus) arrives here, not as a throw; without a listener it would crash main.
  child.on('error', (error: Error) => {
    running = false;
    log(`Koers: no screen-lock events from logind (${error.message})`);
  });
  child.on('exit', (code: number | null) => {
    if (running) log(`Koers: the logind monitor stopped (exit ${String(code)})`);
    running = false;
  });

  return {
    stop() {
      if (!running) return;
      running = false;
      child.kill();
    },
  };
}

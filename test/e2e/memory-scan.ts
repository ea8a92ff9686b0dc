import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';

/**
 * Reads a live Chromium's memory through /proc (Linux; needs ptrace rights over the
 * processes, e.g. root or the same user with ptrace_scope 0) and counts byte patterns in it.
 */

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const pids = (): number[] =>
  readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);

// Chromium rewrites its children's command lines into one space-separated string
// (setproctitle), so the arguments are matched in the whole text.
const cmdline = (pid: number): string =>
  (readText(`/proc/${pid}/cmdline`) ?? '').replace(/\0/g, ' ');
const typeOf = (pid: number): string | null => /--type=(\S+)/.exec(cmdline(pid))?.[1] ?? null;

const parentOf = (pid: number): number | null => {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name is in parentheses and may hold spaces: parse after the last ')'.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? Number(fields[1]) : null;
};

export interface ChromiumProcess {
  pid: number;
  /** 'browser', 'renderer', 'gpu-process', 'utility', 'zygote', ... */
  type: string;
}

/** The browser process started with this profile, and every process below it. */
export function chromiumProcesses(profileDir: string): ChromiumProcess[] {
  const all = pids();
  const browser = all.find((pid) => {
    return cmdline(pid).includes(`--user-data-dir=${profileDir}`) && typeOf(pid) === null;
  });
  if (browser === undefined) throw new Error(`No Chromium runs with profile ${profileDir}`);
  const children = new Map<number, number[]>();
  for (const pid of all) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const out: ChromiumProcess[] = [];
  const walk = (pid: number) => {
    out.push({ pid, type: typeOf(pid) ?? 'browser' });
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(browser);
  return out;
}

const CHUNK = 8 * 1024 * 1024;

/**
 * Counts every occurrence of each needle in the readable memory of a process. Regions that
 * cannot be read (guard pages, vanished mappings) are skipped; the returned `bytes` says
 * how much was actually searched.
 */
export function countInProcess(
  pid: number,
  needles: Record<string, Buffer>,
  /** Called with each hit's mapping, to say where a copy is. */
  onHit?: (name: string, mapping: string, address: number) => void,
): { counts: Record<string, number>; bytes: number } {
  const counts: Record<string, number> = Object.fromEntries(
    Object.keys(needles).map((k) => [k, 0]),
  );
  const entries = Object.entries(needles);
  const overlap = Math.max(...entries.map(([, n]) => n.length)) - 1;
  const maps = readText(`/proc/${pid}/maps`) ?? '';
  let bytes = 0;
  let fd: number;
  try {
    fd = openSync(`/proc/${pid}/mem`, 'r');
  } catch {
    return { counts, bytes };
  }
  const buffer = Buffer.alloc(CHUNK + overlap);
  try {
    for (const line of maps.split('\n')) {
      const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+)/.exec(line);
      if (!m || !m[3]?.startsWith('r') || /\[(vvar|vsyscall|vvar_vclock)\]/.test(line)) continue;
      const start = parseInt(m[1] ?? '0', 16);
      const end = parseInt(m[2] ?? '0', 16);
      for (let at = start; at < end; at += CHUNK) {
        const want = Math.min(CHUNK + overlap, end - at);
        let got: number;
        try {
          got = readSync(fd, buffer, 0, want, at);
        } catch {
          break;
        }
        if (got <= 0) break;
        bytes += Math.min(got, CHUNK);
        const view = buffer.subarray(0, got);
        // A match that starts in the overlap is counted with the next chunk.
        const limit = Math.min(got, CHUNK);
        for (const [name, needle] of entries) {
          for (
            let i = view.indexOf(needle);
            i !== -1 && i < limit;
            i = view.indexOf(needle, i + 1)
          ) {
            counts[name] = (counts[name] ?? 0) + 1;
            onHit?.(name, line, at + i);
          }
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return { counts, bytes };
}

/** Sums countInProcess over processes. */
export function countIn(
  processes: ChromiumProcess[],
  needles: Record<string, Buffer>,
  onHit?: (p: ChromiumProcess, name: string, mapping: string, address: number) => void,
): { counts: Record<string, number>; bytes: number } {
  const total: Record<string, number> = Object.fromEntries(Object.keys(needles).map((k) => [k, 0]));
  let bytes = 0;
  for (const p of processes) {
    const r = countInProcess(
      p.pid,
      needles,
      onHit && ((name, mapping, address) => onHit(p, name, mapping, address)),
    );
    bytes += r.bytes;
    for (const [k, v] of Object.entries(r.counts)) total[k] = (total[k] ?? 0) + v;
  }
  return { counts: total, bytes };
}

// Window size and position survive a restart. The file is the app's own and small, but it is
// still read defensively: a corrupt or hand-edited file must never stop the app from starting
// or put the window off every screen.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const defaultState = (): WindowState => ({ ...DEFAULT_WINDOW_SIZE, maximized: false });

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Reads the saved state; drops the position if no display shows the window's title bar. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let state: WindowState;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return defaultState();
    state = parsed.data;
  } catch {
    return defaultState();
  }
  if (state.x === undefined || state.y === undefined) {
    return { width: state.width, height: state.height, maximized: state.maximized };
  }
  // A display that was unplugged since last time would leave the window unreachable.
  const titleBar: Rect = { x: state.x, y: state.y, width: state.width, height: 40 };
  if (!workAreas.some((area) => overlaps(titleBar, area))) {
    return { width: state.width, height: state.height, maximized: state.maximized };
  }
  return state;
}

/** Written via a temporary file so a crash mid-write leaves the old state, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
  renameSync(temp, file);
}

/**
 * Hybrid logical clock stamps for per-field change tracking. A stamp sorts as a string:
 * wall time (ms, 13 digits), a counter, then the device id as the tie-breaker, so two
 * devices editing the same field merge deterministically (last writer wins per field).
 */
export interface HlcState {
  wall: number;
  counter: number;
  node: string;
}

export const formatHlc = (s: HlcState): string =>
  `${String(s.wall).padStart(13, '0')}-${s.counter.toString(36).padStart(4, '0')}-${s.node}`;

export function parseHlc(stamp: string): HlcState {
  const [wall, counter, node] = stamp.split('-');
  if (!wall || !counter || !node) throw new Error(`Not an HLC stamp: ${stamp}`);
  return { wall: Number(wall), counter: parseInt(counter, 36), node };
}

/** Local event: never goes backwards, even if the system clock does. */
export function tick(prev: HlcState, now: number): HlcState {
  if (now > prev.wall) return { wall: now, counter: 0, node: prev.node };
  return { wall: prev.wall, counter: prev.counter + 1, node: prev.node };
}

/** A stamp received from elsewhere (sync): move past it. */
export function receive(prev: HlcState, remote: HlcState, now: number): HlcState {
  const wall = Math.max(prev.wall, remote.wall, now);
  let counter = 0;
  if (wall === prev.wall && wall === remote.wall)
    counter = Math.max(prev.counter, remote.counter) + 1;
  else if (wall === prev.wall) counter = prev.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return { wall, counter, node: prev.node };
}

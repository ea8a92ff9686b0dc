/**
 * Key on `window` under which the preload exposes the bridge. On its own, so the renderer can
 * find the bridge at launch without contract.ts and its zod schemas in the lock screen's script.
 */
export const BRIDGE_KEY = 'koers';

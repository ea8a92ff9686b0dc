import { useSession, type SessionMode } from './session';

/**
 * For any screen that could show something the client must not see: while this is set,
 * hide it. Sealed views in particular must not offer to open the compartment.
 */
export const useSessionMode = (): SessionMode | null => useSession((s) => s.sessionMode);

export const useInSessionMode = (): boolean => useSession((s) => s.sessionMode !== null);

/** The same outside React (event handlers, stores). */
export const isInSessionMode = (): boolean => useSession.getState().sessionMode !== null;

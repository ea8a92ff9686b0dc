import { useCallback, useEffect, useState } from 'react';
import type { AuditCheck, AuditEntry } from '../../state/types';
import { services } from '../../state/services';

export type AuditLoad =
  | { status: 'checking' }
  | { status: 'intact'; check: Extract<AuditCheck, { ok: true }>; entries: AuditEntry[] }
  | { status: 'broken'; check: Extract<AuditCheck, { ok: false }> }
  | { status: 'failed'; error: unknown };

type Keyed = AuditLoad & { clientId: string | null; key: string };

// Every mounted viewer, so "Controleer opnieuw" in one never leaves another showing "intact".
const viewers = new Set<() => void>();

/**
 * Verifies the chain first and reads entries only when it is intact: a broken log shows
 * nothing but where it broke. Reads afresh on every mount and when any viewer rechecks.
 */
export function useAuditLog(clientId: string | null): {
  load: AuditLoad;
  /** A recheck is running; load still holds the previous result for this client. */
  busy: boolean;
  recheck: () => void;
} {
  const [attempt, setAttempt] = useState(0);
  // Keyed by client and attempt: another client shows "checking" at once, while a recheck
  // keeps the table (and its filters) until the new result is in.
  const key = `${clientId ?? '*'}#${attempt}`;
  const [state, setState] = useState<Keyed | null>(null);

  useEffect(() => {
    let live = true;
    const done = (s: AuditLoad) => live && setState({ ...s, clientId, key });
    (async () => {
      const check = await services().audit.verify();
      if (!check.ok) return done({ status: 'broken', check });
      const entries = await services().audit.entries(clientId === null ? undefined : { clientId });
      return done({ status: 'intact', check, entries });
    })().catch(async (error: unknown) => {
      // The chain can break between verify() and entries(): then say where, not "failed".
      const again = await services()
        .audit.verify()
        .catch(() => null);
      done(again && !again.ok ? { status: 'broken', check: again } : { status: 'failed', error });
    });
    return () => {
      live = false;
    };
  }, [clientId, key]);

  useEffect(() => {
    const again = () => setAttempt((n) => n + 1);
    viewers.add(again);
    return () => {
      viewers.delete(again);
    };
  }, []);

  const recheck = useCallback(() => viewers.forEach((again) => again()), []);
  const current = state?.clientId === clientId ? state : null;
  return {
    load: current ?? { status: 'checking' },
    busy: current !== null && current.key !== key,
    recheck,
  };
}

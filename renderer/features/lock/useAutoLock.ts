import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { useSession } from '../../state/session';
import { isCtrlShortcut } from '../ui/shortcut';

/**
 * What counts as the coach being there: keys, clicks, scrolling, touch. Pointer movement alone
 * does not: a mouse nudged by a passer-by, a cat or a wobbly desk must not keep an unattended
 * vault open.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** How long before the idle lock the coach is warned, with a countdown any key cancels. */
export const IDLE_WARNING_MS = 30_000;

/**
 * Idle timeout, Ctrl+L, and lock requests from the OS (sleep, screen lock) or the menu.
 * Returns the seconds left before the idle lock during its last 30 seconds, else null.
 */
export function useAutoLock(): number | null {
  const status = useSession((s) => s.status);
  const idleMinutes = useSession((s) => s.idleMinutes);
  const lock = useSession((s) => s.lock);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    if (status !== 'unlocked') return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      setSecondsLeft(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (isCtrlShortcut(e, 'l')) {
        e.preventDefault();
        lock('manual');
      }
    };
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, touch, { passive: true });
    window.addEventListener('keydown', onKey);
    // Checked on an interval against the clock, so a laptop that slept past the timeout
    // locks on waking even if no timer fired while it slept.
    const timer = setInterval(() => {
      const left = idleMinutes * 60_000 - (Date.now() - last);
      if (left <= 0) {
        setSecondsLeft(null);
        lock('idle');
      } else setSecondsLeft(left <= IDLE_WARNING_MS ? Math.ceil(left / 1000) : null);
    }, 1000);
    const off = platform.onLockRequest((reason) => lock(reason === 'menu' ? 'manual' : 'system'));
    return () => {
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, touch);
      window.removeEventListener('keydown', onKey);
      clearInterval(timer);
      off();
      setSecondsLeft(null);
    };
  }, [status, idleMinutes, lock]);
  return status === 'unlocked' ? secondsLeft : null;
}

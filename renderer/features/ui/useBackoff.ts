import { useCallback, useEffect, useState } from 'react';
import { VaultError } from '../../../shared/crypto/errors';
import { retryAfterMs } from '../../state/vault-loader';

export interface Backoff {
  /** Whole seconds until the next try; 0 when a try is allowed. */
  secondsLeft: number;
  throttled: boolean;
  /** After a failed try: starts the countdown if the vault now asks to wait. */
  failed(err: unknown): Promise<void>;
}

/**
 * The lock screen's growing delay, for every passphrase prompt: the vault keeps one count
 * (renderer/vault/throttle.ts), this shows it. Reads the current wait when `active` turns on,
 * so a dialog opened during a back-off shows it before the coach types.
 */
export function useBackoff(active = true): Backoff {
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const start = useCallback((ms: number) => {
    if (ms <= 0) return;
    setWaitUntil(Date.now() + ms);
    setNow(Date.now());
  }, []);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void retryAfterMs()
      .then((ms) => live && start(ms))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, start]);

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);

  const failed = useCallback(
    async (err: unknown) => {
      if (err instanceof VaultError && err.code === 'throttled') start(err.retryAfterMs ?? 0);
      else start(await retryAfterMs().catch(() => 0));
    },
    [start],
  );

  const secondsLeft = Math.max(0, Math.ceil((waitUntil - now) / 1000));
  return { secondsLeft, throttled: secondsLeft > 0, failed };
}

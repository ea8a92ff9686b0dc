import { useEffect, useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-rules';

type Policy = typeof import('../../../shared/domain/passphrase-policy');

// zxcvbn with the Dutch dictionary is about 1 MB: a chunk of its own, fetched when a
// passphrase meter is first shown (setup, passphrase change), never on the lock screen.
let policy: Policy | null = null;
let loading: Promise<Policy> | null = null;

export function loadPassphrasePolicy(): Promise<Policy> {
  loading ??= import('../../../shared/domain/passphrase-policy').then(
    (m) => (policy = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * The passphrase's strength, once the dictionary has loaded; null until then (a few tens of
 * milliseconds after the screen opens). Submitting must use `assessPassphraseNow`, which waits.
 */
export function usePassphraseAssessment(passphrase: string): PassphraseAssessment | null {
  const [ready, setReady] = useState(policy !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadPassphrasePolicy()
      .then(() => live && setReady(true))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ready]);
  return useMemo(
    () => (ready && policy ? policy.assessPassphrase(passphrase) : null),
    [ready, passphrase],
  );
}

/** The assessment for a submit: waits for the dictionary if the meter has not had it yet. */
export async function assessPassphraseNow(passphrase: string): Promise<PassphraseAssessment> {
  return (await loadPassphrasePolicy()).assessPassphrase(passphrase);
}

/** Shown while the dictionary loads: nothing judged yet, nothing accepted. */
export const PENDING_ASSESSMENT: PassphraseAssessment = {
  score: 0,
  acceptable: false,
  hints: [],
  guesses: 1,
  crackSeconds: 0,
};

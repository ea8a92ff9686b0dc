/// <reference lib="webworker" />
import { calibrateKdf, deriveKey, type KdfParams } from '../../shared/crypto/kdf';

// Argon2id takes most of a second on purpose: off the UI thread, so the lock screen
// stays responsive while it runs.
export type KdfRequest =
  | { id: number; op: 'derive'; passphrase: string; params: KdfParams }
  | { id: number; op: 'calibrate'; salt: Uint8Array };

export type KdfResponse =
  | { id: number; ok: true; key?: Uint8Array; params?: KdfParams; measuredMs?: number }
  | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const req = event.data;
  try {
    if (req.op === 'derive') {
      const key = await deriveKey(req.passphrase, req.params);
      scope.postMessage({ id: req.id, ok: true, key } satisfies KdfResponse, [key.buffer]);
    } else {
      const { params, measuredMs } = await calibrateKdf({
        salt: req.salt,
        now: () => performance.now(),
      });
      scope.postMessage({ id: req.id, ok: true, params, measuredMs } satisfies KdfResponse);
    }
  } catch (e) {
    scope.postMessage({
      id: req.id,
      ok: false,
      message: e instanceof Error ? e.message : 'KDF failed',
    } satisfies KdfResponse);
  }
};

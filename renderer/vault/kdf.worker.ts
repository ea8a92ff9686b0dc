/// <reference lib="webworker" />
import { calibrateKdf, deriveKey, type KdfParams } from '../../shared/crypto/kdf';

// Argon2id takes most of a second on purpose: off the UI thread, so the lock screen
// stays responsive while it runs.
//
// One worker per derivation (see kdf-client.ts): it answers once and is terminated, which
// throws away its heap and hash-wasm's WebAssembly memory, where the passphrase and every
// intermediate block of Argon2id were. The key itself leaves in a buffer of its own that is
// transferred (moved, not copied) to the page; hash-wasm's own copy is zero-filled first.
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
      const derived = await deriveKey(req.passphrase, req.params);
      // An explicit ArrayBuffer lives outside the JS heap: the garbage collector never moves
      // it, so no stale copy is left behind where it was before.
      const key = new Uint8Array(new ArrayBuffer(derived.length));
      key.set(derived);
      derived.fill(0);
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
  scope.close();
};

import { open, seal } from '../../shared/crypto/envelope';
import { openSealed, sealTo } from '../../shared/crypto/sealed-box';

/**
 * The one place records are turned into stored bytes. The vault takes a Codec so the
 * benchmark can compare against a plaintext codec, and the leak test's negative control
 * can build the app with test/fixtures/plaintext-codec.ts swapped in (see vite.config.ts).
 */
export interface Codec {
  seal: typeof seal;
  open: typeof open;
  /** Public-key sealing for the special-category compartment. */
  sealTo: typeof sealTo;
  openSealed: typeof openSealed;
}

export const defaultCodec: Codec = { seal, open, sealTo, openSealed };

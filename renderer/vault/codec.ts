import { open, seal } from '../../shared/crypto/envelope';

/**
 * The one place records are turned into stored bytes. The vault takes a Codec so the
 * benchmark can compare against a plaintext codec, and the leak test's negative control
 * can build the app with test/fixtures/plaintext-codec.ts swapped in (see vite.config.ts).
 */
export interface Codec {
  seal: typeof seal;
  open: typeof open;
}

export const defaultCodec: Codec = { seal, open };

import nacl from 'tweetnacl';

/** A random 128-bit id in hex: what IndexedDB may index without saying anything. */
export const newId = (): string =>
  Array.from(nacl.randomBytes(16), (b) => b.toString(16).padStart(2, '0')).join('');

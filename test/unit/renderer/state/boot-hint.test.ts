import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBootHint, writeBootHint } from '../../../../renderer/state/boot-hint';

/** localStorage as the page has it, for Node. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the boot hint', () => {
  beforeEach(() => {
    Object.assign(globalThis, { localStorage: fakeStorage() });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('keeps what a boot found per database, and forgets it when the vault is gone', () => {
    expect(readBootHint('koers')).toBeNull();
    writeBootHint('koers', { idleMinutes: 7 });
    expect(readBootHint('koers')).toEqual({ idleMinutes: 7 });
    // The demo's database is another vault with its own hint.
    expect(readBootHint('koers-demo')).toBeNull();
    writeBootHint('koers', null);
    expect(readBootHint('koers')).toBeNull();
  });

  it('takes nothing it could not have written: a hand-edited hint is no hint', () => {
    for (const raw of [
      '{"idleMinutes":0}',
      '{"idleMinutes":61}',
      '{"idleMinutes":"5"}',
      '{',
      'null',
    ]) {
      localStorage.setItem('koers.boot.koers', raw);
      expect(readBootHint('koers'), raw).toBeNull();
    }
  });

  it('without localStorage there is no hint, and writing one fails quietly', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    expect(readBootHint('koers')).toBeNull();
    expect(() => writeBootHint('koers', { idleMinutes: 5 })).not.toThrow();
  });
});

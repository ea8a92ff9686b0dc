import { describe, expect, it } from 'vitest';
import { RECORD_KIND_NAMES } from '../../shared/records/kinds';
import { ALL_RECORD_KINDS, RECORD_KINDS } from '../../shared/records/registry';

describe('record kind names (kinds.ts) and the registry', () => {
  it('hold the same kinds, each once, in the same order', () => {
    expect(new Set(RECORD_KIND_NAMES).size).toBe(RECORD_KIND_NAMES.length);
    expect([...RECORD_KIND_NAMES]).toEqual(ALL_RECORD_KINDS);
    expect(Object.keys(RECORD_KINDS)).toEqual([...RECORD_KIND_NAMES]);
  });
});

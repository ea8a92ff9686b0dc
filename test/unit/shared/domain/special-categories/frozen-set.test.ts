import { describe, expect, it } from 'vitest';
import { SPECIAL_CATEGORIES } from '../../../../../shared/domain/special-categories';
import { corpus } from './corpus';
import { frozenSet } from './frozen-set-2026-11';
import { holdout } from './holdout';
import { evaluate, formatTable } from './metrics';

describe('frozen set 2026-11', () => {
  it('has at least 200 Dutch sentences, about half of them positive', () => {
    expect(frozenSet.length).toBeGreaterThanOrEqual(200);
    expect(frozenSet.every((s) => s.lang === 'nl')).toBe(true);
    const positive = frozenSet.filter((s) => s.expected.length > 0).length;
    expect(positive / frozenSet.length).toBeGreaterThan(0.4);
    expect(positive / frozenSet.length).toBeLessThan(0.6);
  });

  it('covers every art. 9 and 10 category the detector knows', () => {
    for (const c of SPECIAL_CATEGORIES) {
      if (c === 'financial') continue;
      expect(frozenSet.filter((s) => s.expected.includes(c)).length, c).toBeGreaterThanOrEqual(4);
    }
  });

  it('shares no sentence with the sets the detector was tuned on', () => {
    const texts = [...corpus, ...holdout, ...frozenSet].map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  // Run once, after tuning; the figures are reported as they came out (see the set's header).
  it('prints its table; micro precision >= 0.8 and recall >= 0.9', () => {
    console.log(`\n${formatTable('Frozen set 2026-11 (never tuned on)', frozenSet)}\n`);
    const { micro } = evaluate(frozenSet);
    expect(micro.precision).toBeGreaterThanOrEqual(0.8);
    expect(micro.recall).toBeGreaterThanOrEqual(0.9);
  });
});

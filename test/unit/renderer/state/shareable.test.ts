import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARED,
  NEVER_SHARED,
  SHAREABLE_TABS,
  isShareable,
  onlyShareable,
  parseSharedChoice,
  tabOnEntry,
} from '../../../../renderer/state/shareable';

describe('what session mode may show', () => {
  it('never offers health or privacy', () => {
    for (const tab of NEVER_SHARED) {
      expect(isShareable(tab)).toBe(false);
      expect(SHAREABLE_TABS).not.toContain(tab);
    }
  });

  it('shares the CV, trajectory and personalia by default, not the logbook or sick dates', () => {
    expect(DEFAULT_SHARED).toEqual(['personalia', 'cv', 'trajectory']);
    expect(DEFAULT_SHARED).not.toContain('logbook');
    expect(DEFAULT_SHARED).not.toContain('poortwachter');
  });

  it('keeps only shareable tabs, once each, in dossier order', () => {
    expect(onlyShareable(['trajectory', 'health', 'cv', 'cv', 'privacy', 'nonsense', 7])).toEqual([
      'cv',
      'trajectory',
    ]);
  });

  it('reads a stored choice, falling back to the default on anything odd', () => {
    expect(parseSharedChoice(JSON.stringify(['logbook', 'cv']))).toEqual(['logbook', 'cv']);
    expect(parseSharedChoice(null)).toEqual(DEFAULT_SHARED);
    expect(parseSharedChoice('{not json')).toEqual(DEFAULT_SHARED);
    expect(parseSharedChoice('{"cv":true}')).toEqual(DEFAULT_SHARED);
    expect(parseSharedChoice('[]')).toEqual(DEFAULT_SHARED);
    // A tampered choice cannot smuggle in a never-shared tab.
    expect(parseSharedChoice('["health","privacy"]')).toEqual(DEFAULT_SHARED);
    expect(parseSharedChoice('["health","cv"]')).toEqual(['cv']);
  });

  it('stays on the current tab when it is shared, else moves to the first shared one', () => {
    expect(tabOnEntry('cv', ['personalia', 'cv'])).toBe('cv');
    expect(tabOnEntry('health', ['personalia', 'cv'])).toBe('personalia');
    expect(tabOnEntry('health', [])).toBeNull();
  });
});

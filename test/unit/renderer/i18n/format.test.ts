import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayTime,
  formatHours,
  formatSize,
} from '../../../../renderer/i18n/format';

describe('the one date style', () => {
  it('writes a day as "ma 30 nov 2026": short weekday, no periods', () => {
    expect(formatDay('2026-11-30', 'nl')).toBe('ma 30 nov 2026');
    expect(formatDay('2026-05-04', 'nl')).toBe('ma 4 mei 2026');
    expect(formatDay('2026-03-01', 'nl')).toBe('zo 1 mrt 2026');
    expect(formatDay('2026-11-30', 'en')).toBe('Mo 30 Nov 2026');
  });

  it('gives a timestamp the same day, then the time', () => {
    expect(formatDay('2026-11-30T14:05', 'nl')).toBe('ma 30 nov 2026');
    expect(formatDayTime('2026-11-30T14:05', 'nl')).toBe('ma 30 nov 2026 14:05');
  });

  it('writes numbers in the language’s notation', () => {
    expect(formatHours(1950, 'nl')).toBe('32,5');
    expect(formatHours(1950, 'en')).toBe('32.5');
    expect(formatSize(3.5 * 1024 * 1024, 'nl')).toBe('3,5 MB');
    expect(formatSize(10, 'nl')).toBe('1 KB');
  });
});

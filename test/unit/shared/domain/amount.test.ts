import { describe, expect, it } from 'vitest';
import { euroToCents, formatEuroInput, parseEuroCents } from '../../../../shared/domain/amount';
import {
  emptyTrajectoryInput,
  trajectoryToInput,
  validateTrajectory,
} from '../../../../shared/domain/uwv-trajectory';

describe('euro amounts in Dutch notation', () => {
  it.each([
    ['4.250,00', 425_000],
    ['4250', 425_000],
    ['4.250', 425_000],
    ['4250,5', 425_050],
    ['4250,50', 425_050],
    ['€ 4.250,00', 425_000],
    ['€4.250,00', 425_000],
    ['€\u00a04.250,00', 425_000], // what Intl's currency style puts after the sign
    ['4.250,- ', 425_000],
    ['4.250,--', 425_000],
    ['1.234.567,89', 123_456_789],
    ['0,10', 10],
    ['0,07', 7],
    [',5', 50],
    ['4 250,00', 425_000],
    ['4250 EUR', 425_000],
    // English notation, as an English-speaking coach may type it.
    ['4,250.00', 425_000],
    ['4250.5', 425_050],
    ['1,234,567.89', 123_456_789],
  ])('%s is %i cents', (typed, cents) => {
    expect(parseEuroCents(typed)).toBe(cents);
  });

  it.each([
    '',
    'veertig',
    '-5',
    '4,250,5',
    '4.25.0',
    '4250,555',
    '1.2.3',
    '€',
    '4.250,00,00',
    '4.2500',
  ])('refuses %j', (typed) => {
    expect(parseEuroCents(typed)).toBeNull();
  });

  it('shows nl-NL notation with two decimals', () => {
    expect(formatEuroInput(425_000)).toBe('4.250,00');
    expect(formatEuroInput(425_050)).toBe('4.250,50');
    expect(formatEuroInput(7)).toBe('0,07');
    expect(formatEuroInput(123_456_789)).toBe('1.234.567,89');
  });

  it('typing back what is shown gives the same cents', () => {
    for (const cents of [0, 1, 10, 99, 100, 425_000, 425_050, 999_999, 12_345_678, 100_000_000]) {
      const shown = formatEuroInput(cents);
      expect(parseEuroCents(shown)).toBe(cents);
      expect(parseEuroCents(formatEuroInput(parseEuroCents(shown) ?? -1))).toBe(cents);
    }
  });

  it('a trajectory budget round-trips through the form', () => {
    for (const typed of ['4.250,00', '4250', '4.250', '4250,5', '€ 4.250,00', '0,10']) {
      const first = validateTrajectory({ ...emptyTrajectoryInput(), budget: typed });
      if (!first.ok) throw new Error(`${typed}: ${JSON.stringify(first.errors)}`);
      const shown = trajectoryToInput(first.value).budget;
      const again = validateTrajectory({ ...emptyTrajectoryInput(), budget: shown });
      if (!again.ok) throw new Error(`${shown}: ${JSON.stringify(again.errors)}`);
      expect(again.value.budget).toBe(first.value.budget);
      expect(trajectoryToInput(again.value).budget).toBe(shown);
    }
    const r = validateTrajectory({ ...emptyTrajectoryInput(), budget: '4.250,10' });
    if (!r.ok) throw new Error('fixture');
    expect(euroToCents(r.value.budget ?? 0)).toBe(425_010);
    expect(trajectoryToInput(r.value).budget).toBe('4.250,10');
  });

  it('refuses a budget over a million and one with fractions of a cent', () => {
    expect(validateTrajectory({ ...emptyTrajectoryInput(), budget: '1.000.000,01' })).toMatchObject(
      { ok: false, errors: { budget: 'trajectory.errors.budget' } },
    );
    expect(validateTrajectory({ ...emptyTrajectoryInput(), budget: '12,345' })).toMatchObject({
      ok: false,
    });
  });
});

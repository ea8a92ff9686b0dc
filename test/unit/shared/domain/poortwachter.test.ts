import { describe, expect, it } from 'vitest';
import {
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  koningsdag,
  nextWorkingDayAfter,
} from '../../../../shared/domain/dutch-holidays';
import {
  endOfWeek,
  latestWaitingPeriod,
  POORTWACHTER_STEPS,
  poortwachterSchedule,
  PoortwachterInputError,
} from '../../../../shared/domain/poortwachter';
import type { PoortwachterInput } from '../../../../shared/domain/poortwachter';

// Every expected date below was worked out by hand from the rules in poortwachter.ts
// ("end of week N" = day on which sick day 7N is counted; without gaps firstDay + 7N − 1) and
// then checked against plain `new Date(Date.UTC(…))` offsets in node, never against the module.
// Weekdays were checked with `new Date('YYYY-MM-DDT00:00:00Z').getUTCDay()`.

/** The due date of each step, keyed by step id. */
function dueByStep(input: PoortwachterInput): Record<string, string> {
  return Object.fromEntries(poortwachterSchedule(input).map(({ step, due }) => [step, due]));
}

interface Case {
  name: string;
  input: PoortwachterInput;
  expected: Record<string, string>;
}

const cases: Case[] = [
  {
    // 2024-01-01 is a Monday, so every week ends on a Sunday. 2024 is a leap year: the offsets
    // below already include Feb 29 (Jan 31 = +30, Feb 29 = +59, Mar 31 = +90).
    name: 'single open spell from Monday 2024-01-01',
    input: { spells: [{ firstDay: '2024-01-01' }] },
    expected: {
      // +7·1−1 = +6 → 2024-01-07
      'ziekmelding-arbodienst': '2024-01-07',
      // +41: Jan 31 is +30, +11 more → 2024-02-11
      probleemanalyse: '2024-02-11',
      // +55: Jan 31 is +30, +25 more → 2024-02-25
      'plan-van-aanpak': '2024-02-25',
      // week 14, +97: Mar 31 is +90, +7 → 2024-04-07 (Feb 29 counted)
      'evaluatie-plan-van-aanpak-1': '2024-04-07',
      // week 42, +293: Sep 30 is +273, +20 → 2024-10-20 (Sunday) → Monday 2024-10-21
      '42e-weeksmelding': '2024-10-21',
      // week 52, +363: Dec 31 is +365 (leap year) → 2024-12-29
      eerstejaarsevaluatie: '2024-12-29',
      'arbeidsdeskundig-onderzoek': '2024-12-29',
      // week 58, +405: 2025-01-01 is +366, +39 → 2025-02-09
      'start-tweede-spoor': '2025-02-09',
      // week 88, +615 = 2025-01-01 + 249 → Aug 31 is day 243 of 2025 (+242), +7 → 2025-09-07
      'wia-brief-uwv': '2025-09-07',
      // week 91 = week 88 + 21 days → 2025-09-28
      eindevaluatie: '2025-09-28',
      // week 93 = week 91 + 14 days → 2025-10-12
      'wia-aanvraag': '2025-10-12',
      // week 104 = week 93 + 77: Oct 31 +19, Nov 30 +49, Dec 28 +77 → 2025-12-28
      'einde-wachttijd': '2025-12-28',
    },
  },
  {
    // Leap year: 2024-02-20 + 41: Feb 29 is +9, Mar 31 is +40 → 2024-04-01 (2023 would give
    // Apr 2). Week 52: 2025-02-20 is +366 → +363 = 2025-02-17.
    name: 'leap day inside the first six weeks',
    input: { spells: [{ firstDay: '2024-02-20' }] },
    expected: {
      'ziekmelding-arbodienst': '2024-02-26',
      probleemanalyse: '2024-04-01',
      eerstejaarsevaluatie: '2025-02-17',
    },
  },
  {
    // Leap year: 2023-12-15 + 363. 2024-12-15 is +366 because Feb 29 2024 lies between, so
    // +363 = 2024-12-12 (not 2024-12-13 as a 365-day year would give).
    name: 'leap day inside the first year',
    input: { spells: [{ firstDay: '2023-12-15' }] },
    expected: { eerstejaarsevaluatie: '2024-12-12' },
  },
  {
    // First sick day Saturday 2024-06-01. Week 1: +6 → Friday 2024-06-07. Week 42: +293:
    // Jun 30 +29, Jul 31 +60, Aug 31 +91, Sep 30 +121, Oct 31 +152, Nov 30 +182, Dec 31 +213,
    // Jan 31 +244, Feb 28 +272, +21 → Friday 2025-03-21. Next day is Saturday 22, then Sunday
    // 23 → Monday 2025-03-24.
    name: 'first sick day on a Saturday; day after week 42 is a Saturday',
    input: { spells: [{ firstDay: '2024-06-01' }] },
    expected: { 'ziekmelding-arbodienst': '2024-06-07', '42e-weeksmelding': '2025-03-24' },
  },
  {
    // First sick day Sunday 2024-03-03. Week 1: +6 → 2024-03-09. Week 42: +293: Mar 31 +28,
    // Apr 30 +58, May 31 +89, Jun 30 +119, Jul 31 +150, Aug 31 +181, Sep 30 +211, Oct 31 +242,
    // Nov 30 +272, +21 → Saturday 2024-12-21. Next day Sunday 22 → Monday 2024-12-23.
    name: 'first sick day on a Sunday; day after week 42 is a Sunday',
    input: { spells: [{ firstDay: '2024-03-03' }] },
    expected: { 'ziekmelding-arbodienst': '2024-03-09', '42e-weeksmelding': '2024-12-23' },
  },
  {
    // Week 42 of 2025-07-07 (Monday) ends Sunday 2026-04-26 (2026-04-26 − 293 counted back month
    // by month: Mar 31 −26, Feb 28 −57, Jan 31 −85, Dec 31 −116, Nov 30 −147, Oct 31 −177,
    // Sep 30 −208, Aug 31 −238, Jul 31 −269, Jul 7 −293). Monday 2026-04-27 is Koningsdag
    // (27 April, not a Sunday) → Tuesday 2026-04-28.
    name: '42e-weeksmelding skips Koningsdag',
    input: { spells: [{ firstDay: '2025-07-07' }] },
    expected: { '42e-weeksmelding': '2026-04-28' },
  },
  {
    // Week 42 of Friday 2024-06-28 ends Thursday 2025-04-17 (2025-04-17 − 293: Mar 31 −17,
    // Feb 28 −48, Jan 31 −76, Dec 31 −107, Nov 30 −138, Oct 31 −168, Sep 30 −199, Aug 31 −229,
    // Jul 31 −260, Jun 28 −293). Easter 2025 is 20 April: Goede Vrijdag 18, Saturday 19,
    // Sunday 20, Tweede Paasdag 21 → Tuesday 2025-04-22.
    name: '42e-weeksmelding skips Goede Vrijdag, the weekend and Tweede Paasdag',
    input: { spells: [{ firstDay: '2024-06-28' }] },
    expected: { '42e-weeksmelding': '2025-04-22' },
  },
  {
    // Week 42 of Thursday 2025-03-06 ends Wednesday 2025-12-24 (2025-12-24 − 293: Nov 30 −24,
    // Oct 31 −54, Sep 30 −85, Aug 31 −115, Jul 31 −146, Jun 30 −177, May 31 −207, Apr 30 −238,
    // Mar 31 −268, Mar 6 −293). Christmas 25 and 26 (Thu, Fri), weekend 27–28 → Monday
    // 2025-12-29.
    name: '42e-weeksmelding skips both Christmas days and the weekend',
    input: { spells: [{ firstDay: '2025-03-06' }] },
    expected: { '42e-weeksmelding': '2025-12-29' },
  },
  {
    // Week 42 of Thursday 2024-08-08 ends Wednesday 2025-05-28 (2025-05-28 − 293: Apr 30 −28,
    // Mar 31 −58, Feb 28 −89, Jan 31 −117, Dec 31 −148, Nov 30 −179, Oct 31 −209, Sep 30 −240,
    // Aug 31 −270, Aug 8 −293). Hemelvaartsdag 2025 = Easter + 39 = Thursday 29 May → Friday
    // 2025-05-30: the bridge day is only equated with a holiday by a separate decree, which the
    // module does not model.
    name: '42e-weeksmelding skips Hemelvaartsdag but not the bridge day',
    input: { spells: [{ firstDay: '2024-08-08' }] },
    expected: { '42e-weeksmelding': '2025-05-30' },
  },
  {
    // Extension of 26 weeks (182 days) moves weeks 88/91/93/104 to 114/117/119/130:
    // 2025-09-07 + 182: Sep 30 +23, Oct 31 +54, Nov 30 +84, Dec 31 +115, Jan 31 +146,
    // Feb 28 +174, +8 → 2026-03-08; +21 → 2026-03-29; +14 → 2026-04-12;
    // 2025-12-28 + 182: Dec 31 +3, Jan 31 +34, Feb 28 +62, Mar 31 +93, Apr 30 +123,
    // May 31 +154, +28 → 2026-06-28. Steps before week 88 stay where they were.
    name: 'extension of 26 weeks',
    input: { spells: [{ firstDay: '2024-01-01' }], extensionWeeks: 26 },
    expected: {
      '42e-weeksmelding': '2024-10-21',
      eerstejaarsevaluatie: '2024-12-29',
      'start-tweede-spoor': '2025-02-09',
      'wia-brief-uwv': '2026-03-08',
      eindevaluatie: '2026-03-29',
      'wia-aanvraag': '2026-04-12',
      'einde-wachttijd': '2026-06-28',
    },
  },
  {
    // Wednesday 2023-03-15, extension of 52 weeks (364 days).
    // Week 52: +363; 2024-03-15 is +366 (Feb 29 2024 between) → 2024-03-12 (not moved).
    // Week 93 without extension: +650; Dec 31 2024 is +657 → 2024-12-24. Plus 364 days:
    // 2025-12-24 would be +365 → 2025-12-23 (= week 145, 11 weeks before the new end).
    // Week 104: 2024-12-31 +70 → 2025-03-11; +364 → 2026-03-10 (week 156).
    // Week 140 = week 145 − 35 days → 2025-11-18; week 143 = week 145 − 14 → 2025-12-09.
    name: 'extension of 52 weeks',
    input: { spells: [{ firstDay: '2023-03-15' }], extensionWeeks: 52 },
    expected: {
      eerstejaarsevaluatie: '2024-03-12',
      'wia-brief-uwv': '2025-11-18',
      eindevaluatie: '2025-12-09',
      'wia-aanvraag': '2025-12-23',
      'einde-wachttijd': '2026-03-10',
    },
  },
  {
    // Spell 1: Jan 1–20 (20 sick days); recovery Jan 21–31 = 11 days (< 28: merged); spell 2
    // from Feb 1. Week 1 (sick day 7) lies in spell 1: 2024-01-07, not moved. Every later
    // step = case 1 + 11 days: Feb 11 → Feb 22; Feb 25 → Mar 7; week 42 Oct 20 → Thursday
    // Oct 31 → 42e-weeksmelding Friday 2024-11-01; Dec 29 → 2025-01-09;
    // 2025-10-12 → 2025-10-23; 2025-12-28 → 2026-01-08.
    name: 'merged spells: 11 recovery days push later steps back by 11 days',
    input: {
      spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-20' }, { firstDay: '2024-02-01' }],
    },
    expected: {
      'ziekmelding-arbodienst': '2024-01-07',
      probleemanalyse: '2024-02-22',
      'plan-van-aanpak': '2024-03-07',
      '42e-weeksmelding': '2024-11-01',
      eerstejaarsevaluatie: '2025-01-09',
      'wia-aanvraag': '2025-10-23',
      'einde-wachttijd': '2026-01-08',
    },
  },
  {
    // Spell 1 is exactly week 1 (Jan 1–7), so sick day 7 is its last day: 2024-01-07.
    // Recovery Jan 8–14 = 7 days; week 6 = Jan 1 + 41 + 7 = Feb 11 + 7 = 2024-02-18.
    name: 'week ending on the last day of an earlier spell is not moved',
    input: {
      spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-07' }, { firstDay: '2024-01-15' }],
    },
    expected: { 'ziekmelding-arbodienst': '2024-01-07', probleemanalyse: '2024-02-18' },
  },
  {
    // Boundary: recovery Jan 11 – Feb 6 = 21 + 6 = 27 days (< 28) → merged.
    // Week 6 = Jan 1 + 41 + 27 = Feb 11 + 27 → Feb 29 is +18, +9 → 2024-03-09.
    // Week 104 = 2025-12-28 + 27: Dec 31 +3, +24 → 2026-01-24.
    name: '27 recovery days: still one waiting period',
    input: {
      spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-10' }, { firstDay: '2024-02-07' }],
    },
    expected: {
      'ziekmelding-arbodienst': '2024-01-07',
      probleemanalyse: '2024-03-09',
      'einde-wachttijd': '2026-01-24',
    },
  },
  {
    // Boundary: recovery Jan 11 – Feb 7 = 28 days → new waiting period from 2024-02-08.
    // Week 1 = Feb 8 + 6 = 2024-02-14; week 6 = Feb 8 + 41: Feb 29 +21, +20 → 2024-03-20.
    // Week 104 = +727: 2025-02-08 is +366, 2026-02-08 is +731 → 2026-02-04.
    name: 'exactly 28 recovery days: a new waiting period starts',
    input: {
      spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-10' }, { firstDay: '2024-02-08' }],
    },
    expected: {
      'ziekmelding-arbodienst': '2024-02-14',
      probleemanalyse: '2024-03-20',
      'einde-wachttijd': '2026-02-04',
    },
  },
  {
    // Given out of order. Sorted: 2023-06-01..06-30; 2024-02-01..02-10 (months of recovery:
    // new waiting period); 2024-03-04 open (recovery Feb 11–29 = 19 + Mar 1–3 = 3 → 22, merged).
    // Week 1 = Feb 1 + 6 = 2024-02-07 (inside the 10-day spell).
    // Week 6: 10 sick days in February, 32 more from Mar 4 → Mar 4 + 31 = 2024-04-04
    // (= Feb 1 + 41 + 22: Feb 1 + 41 = Mar 13, + 22 = Apr 4).
    // Week 104 = Feb 1 + 727 + 22 = +749: 2026-02-01 is +731, +18 → 2026-02-19.
    name: 'unsorted spells: only the latest waiting period counts',
    input: {
      spells: [
        { firstDay: '2024-03-04' },
        { firstDay: '2023-06-01', lastDay: '2023-06-30' },
        { firstDay: '2024-02-01', lastDay: '2024-02-10' },
      ],
    },
    expected: {
      'ziekmelding-arbodienst': '2024-02-07',
      probleemanalyse: '2024-04-04',
      'einde-wachttijd': '2026-02-19',
    },
  },
  {
    // A closed last spell is counted as if ongoing: same dates as case 1.
    name: 'closed last spell is projected as if ongoing',
    input: { spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-03' }] },
    expected: {
      probleemanalyse: '2024-02-11',
      '42e-weeksmelding': '2024-10-21',
      'einde-wachttijd': '2025-12-28',
    },
  },
  {
    // Spell 2 starts the day after spell 1 ends: 0 recovery days, same dates as case 1.
    name: 'adjacent spells without recovery days',
    input: {
      spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-10' }, { firstDay: '2024-01-11' }],
    },
    expected: { probleemanalyse: '2024-02-11', 'einde-wachttijd': '2025-12-28' },
  },
  {
    // Same as the 11-recovery-day case, but the second spell is closed: still projected as
    // ongoing, so the dates are those of that case.
    name: 'merged spells with a closed last spell',
    input: {
      spells: [
        { firstDay: '2024-01-01', lastDay: '2024-01-20' },
        { firstDay: '2024-02-01', lastDay: '2024-02-05' },
      ],
    },
    expected: { probleemanalyse: '2024-02-22', 'einde-wachttijd': '2026-01-08' },
  },
];

describe('poortwachterSchedule: hand-worked cases', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(dueByStep(input)).toMatchObject(expected);
  });
});

describe('poortwachterSchedule: shape and order', () => {
  it('returns every step once, as { step, due }, for 2024-01-01 in this exact order', () => {
    // Same hand calculation as case 1; ties (week 52) follow POORTWACHTER_STEPS order.
    expect(poortwachterSchedule({ spells: [{ firstDay: '2024-01-01' }] })).toEqual([
      { step: 'ziekmelding-arbodienst', due: '2024-01-07' },
      { step: 'probleemanalyse', due: '2024-02-11' },
      { step: 'plan-van-aanpak', due: '2024-02-25' },
      { step: 'evaluatie-plan-van-aanpak-1', due: '2024-04-07' }, // week 14, +97
      { step: 'evaluatie-plan-van-aanpak-2', due: '2024-05-19' }, // week 20, +139: Apr 30 +120
      { step: 'evaluatie-plan-van-aanpak-3', due: '2024-06-30' }, // week 26, +181: May 31 +151
      { step: 'evaluatie-plan-van-aanpak-4', due: '2024-08-11' }, // week 32, +223: Jul 31 +212
      { step: 'evaluatie-plan-van-aanpak-5', due: '2024-09-22' }, // week 38, +265: Aug 31 +243
      { step: '42e-weeksmelding', due: '2024-10-21' },
      { step: 'evaluatie-plan-van-aanpak-6', due: '2024-11-03' }, // week 44, +307: Oct 31 +304
      { step: 'evaluatie-plan-van-aanpak-7', due: '2024-12-15' }, // week 50, +349: Nov 30 +334
      { step: 'arbeidsdeskundig-onderzoek', due: '2024-12-29' },
      { step: 'eerstejaarsevaluatie', due: '2024-12-29' },
      { step: 'start-tweede-spoor', due: '2025-02-09' },
      { step: 'wia-brief-uwv', due: '2025-09-07' },
      { step: 'eindevaluatie', due: '2025-09-28' },
      { step: 'wia-aanvraag', due: '2025-10-12' },
      { step: 'einde-wachttijd', due: '2025-12-28' },
    ]);
  });

  it('is sorted by due date for every case', () => {
    for (const { input } of cases) {
      const dues = poortwachterSchedule(input).map(({ due }) => due);
      expect(dues).toEqual([...dues].sort());
    }
  });

  it('treats extensionWeeks 0 like no extension', () => {
    const spells = [{ firstDay: '2024-01-01' }];
    expect(poortwachterSchedule({ spells, extensionWeeks: 0 })).toEqual(
      poortwachterSchedule({ spells }),
    );
  });

  it('does not change its input', () => {
    const spells = [{ firstDay: '2024-03-04' }, { firstDay: '2024-02-01', lastDay: '2024-02-10' }];
    const copy = structuredClone(spells);
    poortwachterSchedule({ spells });
    expect(spells).toEqual(copy);
  });
});

describe('poortwachterSchedule: invalid input', () => {
  const invalid: [string, unknown][] = [
    ['no spells', { spells: [] }],
    ['spells not a list', { spells: 'x' }],
    ['no input', undefined],
    ['impossible date', { spells: [{ firstDay: '2023-02-29' }] }],
    ['day 31 of a 30-day month', { spells: [{ firstDay: '2024-04-31' }] }],
    ['unpadded date', { spells: [{ firstDay: '2024-1-1' }] }],
    ['Dutch date', { spells: [{ firstDay: '01-02-2024' }] }],
    ['timestamp', { spells: [{ firstDay: '2024-01-01T00:00:00Z' }] }],
    ['empty date', { spells: [{ firstDay: '' }] }],
    ['bad lastDay', { spells: [{ firstDay: '2024-01-01', lastDay: '2024-13-01' }] }],
    ['lastDay before firstDay', { spells: [{ firstDay: '2024-01-10', lastDay: '2024-01-09' }] }],
    ['before the 104-week rules', { spells: [{ firstDay: '2003-12-31' }] }],
    [
      'overlapping spells (shared day)',
      {
        spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-10' }, { firstDay: '2024-01-10' }],
      },
    ],
    [
      'overlapping spells given out of order',
      {
        spells: [{ firstDay: '2024-01-05' }, { firstDay: '2024-01-01', lastDay: '2024-01-20' }],
      },
    ],
    [
      'open spell followed by another',
      { spells: [{ firstDay: '2024-01-01' }, { firstDay: '2024-06-01' }] },
    ],
    ['negative extension', { spells: [{ firstDay: '2024-01-01' }], extensionWeeks: -1 }],
    ['fractional extension', { spells: [{ firstDay: '2024-01-01' }], extensionWeeks: 1.5 }],
    ['extension above 52', { spells: [{ firstDay: '2024-01-01' }], extensionWeeks: 53 }],
    ['NaN extension', { spells: [{ firstDay: '2024-01-01' }], extensionWeeks: Number.NaN }],
  ];

  it.each(invalid)('rejects %s', (_name, input) => {
    expect(() => poortwachterSchedule(input as PoortwachterInput)).toThrow(PoortwachterInputError);
  });

  it('says what is wrong', () => {
    expect(() =>
      poortwachterSchedule({ spells: [{ firstDay: '2024-01-10', lastDay: '2024-01-09' }] }),
    ).toThrow(/lastDay 2024-01-09 is before its firstDay/);
    expect(() => poortwachterSchedule({ spells: [] })).toThrow(/at least one/);
  });

  it('accepts the largest extension', () => {
    expect(() =>
      poortwachterSchedule({ spells: [{ firstDay: '2024-01-01' }], extensionWeeks: 52 }),
    ).not.toThrow();
  });
});

describe('POORTWACHTER_STEPS', () => {
  it('lists each step once, in week order, and the schedule covers exactly these steps', () => {
    const ids = POORTWACHTER_STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    const weeks = POORTWACHTER_STEPS.map((step) => step.week);
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
    const scheduled = poortwachterSchedule({ spells: [{ firstDay: '2024-01-01' }] });
    expect(scheduled.map(({ step }) => step).sort()).toEqual([...ids].sort());
  });

  it('has the documented weeks, and only the WIA-end steps move with an extension', () => {
    const byId = Object.fromEntries(POORTWACHTER_STEPS.map((step) => [step.id, step]));
    expect(byId['ziekmelding-arbodienst']?.week).toBe(1);
    expect(byId['probleemanalyse']?.week).toBe(6);
    expect(byId['plan-van-aanpak']?.week).toBe(8);
    expect(byId['42e-weeksmelding']?.timing).toBe('first-working-day-after-week');
    expect(byId['eerstejaarsevaluatie']?.week).toBe(52);
    expect(byId['start-tweede-spoor']?.week).toBe(58);
    expect(byId['wia-aanvraag']?.week).toBe(93);
    expect(byId['einde-wachttijd']?.week).toBe(104);
    const moving = POORTWACHTER_STEPS.filter((step) => step.movesWithExtension).map((s) => s.id);
    expect(moving).toEqual(['wia-brief-uwv', 'eindevaluatie', 'wia-aanvraag', 'einde-wachttijd']);
    for (const step of POORTWACHTER_STEPS) {
      expect(step.labelNl).not.toBe('');
      expect(step.labelEn).not.toBe('');
    }
  });
});

describe('endOfWeek and latestWaitingPeriod', () => {
  it('endOfWeek is firstDay + 7N − 1', () => {
    expect(endOfWeek('2024-01-01', 1)).toBe('2024-01-07');
    expect(endOfWeek('2024-01-01', 42)).toBe('2024-10-20'); // +293, see case 1
    expect(() => endOfWeek('2024-01-01', 0)).toThrow(PoortwachterInputError);
  });

  it('reports the spells and recovery days of the latest waiting period', () => {
    // Recovery Feb 11–Mar 3 = 22 days (see the unsorted case).
    expect(
      latestWaitingPeriod([
        { firstDay: '2024-03-04' },
        { firstDay: '2023-06-01', lastDay: '2023-06-30' },
        { firstDay: '2024-02-01', lastDay: '2024-02-10' },
      ]),
    ).toEqual({
      firstSickDay: '2024-02-01',
      spells: [{ firstDay: '2024-02-01', lastDay: '2024-02-10' }, { firstDay: '2024-03-04' }],
      recoveryDays: 22,
    });
  });
});

describe('Dutch holidays (Algemene termijnenwet)', () => {
  it.each([
    [2005, '2005-03-27'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it.each([
    [2025, '2025-04-26'], // 27 April 2025 is a Sunday → Saturday 26
    [2026, '2026-04-27'],
    [2014, '2014-04-26'], // first Koningsdag; 27 April 2014 was a Sunday
    [2006, '2006-04-29'], // Koninginnedag: 30 April 2006 was a Sunday
    [2010, '2010-04-30'],
  ])('Koningsdag %i is %s', (year, date) => expect(koningsdag(year)).toBe(date));

  it('lists the holidays of 2025', () => {
    // Easter 20 April: Goede Vrijdag −2, Tweede Paasdag +1, Hemelvaart +39 (May 29),
    // Tweede Pinksterdag +50 (June 9).
    expect(dutchPublicHolidays(2025).map(({ id, date }) => `${date} ${id}`)).toEqual([
      '2025-01-01 nieuwjaarsdag',
      '2025-04-18 goede-vrijdag',
      '2025-04-21 tweede-paasdag',
      '2025-04-26 koningsdag',
      '2025-05-05 bevrijdingsdag',
      '2025-05-29 hemelvaartsdag',
      '2025-06-09 tweede-pinksterdag',
      '2025-12-25 eerste-kerstdag',
      '2025-12-26 tweede-kerstdag',
    ]);
  });

  it('keeps both entries when Hemelvaartsdag is 5 May (2005: Easter March 27 + 39)', () => {
    const may5 = dutchPublicHolidays(2005).filter(({ date }) => date === '2005-05-05');
    expect(may5.map(({ id }) => id).sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });

  it('knows working days', () => {
    expect(isWorkingDay('2024-10-21')).toBe(true); // Monday
    expect(isWorkingDay('2024-10-20')).toBe(false); // Sunday
    expect(isWorkingDay('2025-04-18')).toBe(false); // Goede Vrijdag
    expect(isWorkingDay('2025-05-30')).toBe(true); // Friday after Hemelvaart
    expect(nextWorkingDayAfter('2025-04-17')).toBe('2025-04-22');
  });
});

import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  emptyPoortwachterCase,
  poortwachterCaseSchema,
  poortwachterTimeline,
  validateDoneDate,
  validateExtension,
  validateSpell,
  type PoortwachterCase,
  type PoortwachterExtension,
  type TimelineItem,
} from '../../../../shared/domain/poortwachter-case';

// Due dates for a single open spell from Monday 2024-01-01, worked out by hand in
// test/unit/domain/poortwachter.test.ts: probleemanalyse 2024-02-11, plan van aanpak 2024-02-25,
// evaluatie 1 2024-04-07, 42e-weeksmelding Monday 2024-10-21, WIA letter 2025-09-07,
// eindevaluatie 2025-09-28, WIA application 2025-10-12, end of the waiting period 2025-12-28.
const sickFromJan1 = (extra: Partial<PoortwachterCase> = {}): PoortwachterCase => ({
  ...emptyPoortwachterCase(),
  medical: { spells: [{ firstDay: '2024-01-01' }] },
  ...extra,
});

const extension = (weeks: number, kind: PoortwachterExtension['kind'] = 'loonsanctie') => ({
  id: `e${weeks}`,
  kind,
  weeks,
  decided: '2025-08-01',
  note: '',
});

function timeline(c: PoortwachterCase, today: string) {
  const t = poortwachterTimeline(c, today);
  if (!t.ok) throw new Error(`no timeline: ${t.reason}`);
  return t;
}

const item = (items: TimelineItem[], id: string): TimelineItem => {
  const found = items.find((i) => i.step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('timeline states around today', () => {
  it('marks past steps overdue, today up to 14 days ahead due-soon, later upcoming', () => {
    const t = timeline(sickFromJan1(), '2024-02-11');
    expect(item(t.items, 'ziekmelding-arbodienst')).toMatchObject({
      state: 'overdue',
      daysLeft: -35,
    });
    expect(item(t.items, 'probleemanalyse')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    // 2024-02-25 is exactly 14 days after 2024-02-11: still due soon.
    expect(item(t.items, 'plan-van-aanpak')).toMatchObject({ state: 'due-soon', daysLeft: 14 });
    expect(item(t.items, 'evaluatie-plan-van-aanpak-1').state).toBe('upcoming');
  });

  it('puts a step 15 days ahead in upcoming, one day later in due-soon', () => {
    expect(item(timeline(sickFromJan1(), '2024-02-10').items, 'plan-van-aanpak')).toMatchObject({
      state: 'upcoming',
      daysLeft: 15,
    });
    expect(item(timeline(sickFromJan1(), '2024-02-11').items, 'plan-van-aanpak').state).toBe(
      'due-soon',
    );
  });

  it('shows a step with a recorded date as done, even when it was late', () => {
    const t = timeline(
      sickFromJan1({ done: { 'ziekmelding-arbodienst': '2024-01-09' } }),
      '2024-02-11',
    );
    expect(item(t.items, 'ziekmelding-arbodienst')).toMatchObject({
      state: 'done',
      done: '2024-01-09',
    });
  });

  it('treats the 42e-weeksmelding as due on the working day after week 42', () => {
    // Week 42 ends Sunday 2024-10-20; the report is due Monday 2024-10-21.
    expect(item(timeline(sickFromJan1(), '2024-10-06').items, '42e-weeksmelding')).toMatchObject({
      due: '2024-10-21',
      state: 'upcoming',
    });
    expect(item(timeline(sickFromJan1(), '2024-10-07').items, '42e-weeksmelding').state).toBe(
      'due-soon',
    );
    expect(item(timeline(sickFromJan1(), '2024-10-21').items, '42e-weeksmelding').state).toBe(
      'due-soon',
    );
    expect(item(timeline(sickFromJan1(), '2024-10-22').items, '42e-weeksmelding').state).toBe(
      'overdue',
    );
  });

  it('counts the end of the waiting period as done once reached, since nobody acts on it', () => {
    const before = item(timeline(sickFromJan1(), '2025-12-27').items, 'einde-wachttijd');
    expect(before).toMatchObject({ state: 'due-soon', passive: true });
    const reached = item(timeline(sickFromJan1(), '2025-12-28').items, 'einde-wachttijd');
    expect(reached).toMatchObject({ state: 'done', done: undefined });
  });

  it('deadlineState keeps the 14-day boundary for any deadline', () => {
    expect(deadlineState('2024-03-15', undefined, '2024-03-01')).toBe('due-soon');
    expect(deadlineState('2024-03-16', undefined, '2024-03-01')).toBe('upcoming');
    expect(deadlineState('2024-02-29', undefined, '2024-03-01')).toBe('overdue');
    expect(deadlineState('2024-02-29', '2024-03-01', '2024-03-01')).toBe('done');
  });
});

describe('extensions move the later steps', () => {
  it('moves the WIA letter, eindevaluatie, WIA application and end; nothing before', () => {
    const plain = timeline(sickFromJan1(), '2025-01-15');
    const extended = timeline(sickFromJan1({ extensions: [extension(26)] }), '2025-01-15');
    // Hand-computed in poortwachter.test.ts: +26 weeks = +182 days.
    expect(item(extended.items, 'wia-brief-uwv')).toMatchObject({
      due: '2026-03-08',
      moved: true,
    });
    expect(item(extended.items, 'wia-aanvraag').due).toBe('2026-04-12');
    expect(item(extended.items, 'einde-wachttijd').due).toBe('2026-06-28');
    for (const id of ['plan-van-aanpak', '42e-weeksmelding', 'start-tweede-spoor']) {
      expect(item(extended.items, id)).toMatchObject({
        due: item(plain.items, id).due,
        moved: false,
      });
    }
    expect(extended.extensionWeeks).toBe(26);
  });

  it('adds up several extensions', () => {
    const t = timeline(
      sickFromJan1({ extensions: [extension(13, 'vrijwillig'), extension(13)] }),
      '2025-01-15',
    );
    expect(t.extensionWeeks).toBe(26);
    expect(item(t.items, 'wia-brief-uwv').due).toBe('2026-03-08');
  });

  it('reports a total above 52 weeks and computes with 52 until corrected', () => {
    const t = timeline(sickFromJan1({ extensions: [extension(40), extension(20)] }), '2025-01-15');
    expect(t).toMatchObject({
      requestedExtensionWeeks: 60,
      extensionWeeks: 52,
      extensionTooLong: true,
    });
    // Week 104 + 52 from 2024-01-01: +1091 days → 2026-12-27.
    expect(item(t.items, 'einde-wachttijd').due).toBe('2026-12-27');
  });
});

describe('case status', () => {
  it('is sick while the spell is open, and before that nothing is computed', () => {
    expect(poortwachterTimeline(emptyPoortwachterCase(), '2024-01-10')).toEqual({
      ok: false,
      reason: 'no-spells',
    });
    expect(timeline(sickFromJan1(), '2024-03-01').status).toBe('sick');
  });

  it('is recovered after the last sick day and lapsed after 28 days of recovery', () => {
    const c: PoortwachterCase = {
      ...emptyPoortwachterCase(),
      medical: { spells: [{ firstDay: '2024-01-01', lastDay: '2024-03-10' }] },
    };
    expect(timeline(c, '2024-03-10').status).toBe('sick');
    expect(timeline(c, '2024-03-11')).toMatchObject({
      status: 'recovered',
      recoveredAfter: '2024-03-10',
    });
    // Falling sick again on 7 April leaves 27 recovery days (11 March … 6 April): one waiting
    // period. From 8 April on it would be 28 or more: a new one.
    expect(timeline(c, '2024-04-07').status).toBe('recovered');
    expect(timeline(c, '2024-04-08').status).toBe('lapsed');
  });

  it('is ended after the end of the waiting period', () => {
    expect(timeline(sickFromJan1(), '2025-12-28').status).toBe('sick');
    expect(timeline(sickFromJan1(), '2025-12-29').status).toBe('ended');
  });

  it('reports invalid stored spells instead of throwing', () => {
    const c: PoortwachterCase = {
      ...emptyPoortwachterCase(),
      medical: { spells: [{ firstDay: '2024-01-01' }, { firstDay: '2024-02-01' }] },
    };
    expect(poortwachterTimeline(c, '2024-03-01')).toEqual({ ok: false, reason: 'invalid-spells' });
  });
});

describe('form input', () => {
  const today = '2024-06-01';

  it('accepts a Dutch first sick day and refuses the future, pre-2004 and overlaps', () => {
    expect(validateSpell({ firstDay: '3-5-2024', lastDay: '' }, [], today)).toEqual({
      ok: true,
      value: { firstDay: '2024-05-03' },
    });
    expect(validateSpell({ firstDay: '02-06-2024', lastDay: '' }, [], today)).toMatchObject({
      errors: { firstDay: 'validation.dateInFuture' },
    });
    expect(validateSpell({ firstDay: '31-12-2003', lastDay: '' }, [], today)).toMatchObject({
      errors: { firstDay: 'poortwachter.errors.before2004' },
    });
    expect(
      validateSpell({ firstDay: '10-05-2024', lastDay: '01-05-2024' }, [], today),
    ).toMatchObject({ errors: { lastDay: 'poortwachter.errors.lastBeforeFirst' } });
    expect(
      validateSpell({ firstDay: '10-05-2024', lastDay: '' }, [{ firstDay: '2024-05-01' }], today),
    ).toMatchObject({ errors: { firstDay: 'poortwachter.errors.overlap' } });
  });

  it('refuses an extension that takes the total above 52 weeks', () => {
    const existing = [extension(40)];
    const input = { kind: 'loonsanctie' as const, weeks: '13', decided: '01-05-2024', note: '' };
    expect(validateExtension(input, existing, today)).toMatchObject({
      ok: false,
      errors: { weeks: 'poortwachter.errors.extensionTotal' },
    });
    expect(validateExtension({ ...input, weeks: '12' }, existing, today)).toMatchObject({
      ok: true,
      value: { kind: 'loonsanctie', weeks: 12, decided: '2024-05-01' },
    });
  });

  it('refuses a voluntary extension shorter than 13 weeks, not a loonsanctie', () => {
    const input = { kind: 'vrijwillig' as const, weeks: '12', decided: '01-05-2024', note: '' };
    expect(validateExtension(input, [], today)).toMatchObject({
      errors: { weeks: 'poortwachter.errors.voluntaryWeeks' },
    });
    expect(validateExtension({ ...input, kind: 'loonsanctie' }, [], today).ok).toBe(true);
  });

  it('accepts a done date in Dutch notation, not in the future', () => {
    expect(validateDoneDate('11-2-2024', today)).toEqual({ ok: true, value: '2024-02-11' });
    expect(validateDoneDate('2-6-2024', today)).toMatchObject({
      errors: { date: 'validation.dateInFuture' },
    });
    expect(validateDoneDate('31-02-2024', today)).toMatchObject({
      errors: { date: 'validation.date' },
    });
  });
});

describe('stored record', () => {
  it('keeps every sick date inside the one medical field group', () => {
    const c: PoortwachterCase = {
      medical: { spells: [{ firstDay: '2024-01-01', lastDay: '2024-01-20' }] },
      extensions: [extension(26)],
      done: { probleemanalyse: '2024-02-09' },
    };
    expect(poortwachterCaseSchema.parse(c)).toEqual(c);
    const outside = JSON.stringify({ ...c, medical: undefined });
    expect(outside).not.toContain('2024-01-01');
    expect(outside).not.toContain('2024-01-20');
  });

  it('refuses a record with an unknown step or a broken date', () => {
    expect(
      poortwachterCaseSchema.safeParse({ ...sickFromJan1(), done: { onbekend: '2024-01-01' } })
        .success,
    ).toBe(false);
    expect(
      poortwachterCaseSchema.safeParse({
        ...sickFromJan1(),
        medical: { spells: [{ firstDay: '2024-02-30' }] },
      }).success,
    ).toBe(false);
  });
});

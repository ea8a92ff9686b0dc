import { describe, expect, it } from 'vitest';
import { endOfWeek, poortwachterSchedule } from '../../../../shared/domain/poortwachter';
import {
  clearResolution,
  emptyPoortwachterCase,
  loonsanctieInputWarnings,
  loonsanctieWarnings,
  markDoneBeforeTakeover,
  openStepsBeforeTakeover,
  poortwachterCaseSchema,
  poortwachterTimeline,
  setNotApplicable,
  validateExtension,
  validateNotApplicableReason,
  validateTakeover,
  type PoortwachterCase,
} from '../../../../shared/domain/poortwachter-case';
import {
  isPoortwachterProjection,
  poortwachterProjection,
  projectedTimeline,
} from '../../../../shared/domain/poortwachter-projection';

// Sick from Wednesday 2025-01-01; week 39 ends 2025-09-30. Taken over on 2025-09-29, the
// coach first sees eight steps due before the takeover (week 1 to the 5th evaluation, week 38).
const FIRST = '2025-01-01';
const TODAY = '2025-09-30';
const takenOver: PoortwachterCase = {
  ...emptyPoortwachterCase(),
  medical: { spells: [{ firstDay: FIRST }] },
  takeover: { date: '2025-09-29', from: 'Arbodienst Oost' },
};
const overdue = (c: PoortwachterCase) => {
  const t = poortwachterTimeline(c, TODAY);
  if (!t.ok) throw new Error('timeline');
  return t.items.filter((i) => i.state === 'overdue').map((i) => i.step.id);
};

describe('taking a case over mid-way', () => {
  it('a v1 case without takeover fields still reads and its timeline does not change', () => {
    const v1 = { medical: { spells: [{ firstDay: FIRST }] }, extensions: [], done: {} };
    expect(poortwachterCaseSchema.safeParse(v1).success).toBe(true);
    expect(overdue(v1)).toHaveLength(8);
  });

  it('offers every open step due before the takeover for the bulk action, none after', () => {
    const before = openStepsBeforeTakeover(takenOver, TODAY);
    expect(before).toEqual([
      'ziekmelding-arbodienst',
      'probleemanalyse',
      'plan-van-aanpak',
      'evaluatie-plan-van-aanpak-1',
      'evaluatie-plan-van-aanpak-2',
      'evaluatie-plan-van-aanpak-3',
      'evaluatie-plan-van-aanpak-4',
      'evaluatie-plan-van-aanpak-5',
    ]);
    expect(overdue(takenOver)).toEqual(before);
    // A step with a recorded done date is not offered again.
    const withDone = { ...takenOver, done: { probleemanalyse: '2025-02-10' } };
    expect(openStepsBeforeTakeover(withDone, TODAY)).not.toContain('probleemanalyse');
    // Without a takeover date there is nothing to mark.
    expect(openStepsBeforeTakeover({ ...takenOver, takeover: undefined }, TODAY)).toEqual([]);
  });

  it('steps marked done before the takeover or n.v.t. are not overdue', () => {
    const marked = markDoneBeforeTakeover(
      setNotApplicable(takenOver, 'evaluatie-plan-van-aanpak-5', 'Nieuw plan van aanpak'),
      openStepsBeforeTakeover(
        setNotApplicable(takenOver, 'evaluatie-plan-van-aanpak-5', 'Nieuw plan van aanpak'),
        TODAY,
      ),
    );
    expect(overdue(marked)).toEqual([]);
    expect(poortwachterCaseSchema.safeParse(marked).success).toBe(true);
    const t = poortwachterTimeline(marked, TODAY);
    if (!t.ok) throw new Error('timeline');
    const byId = new Map(t.items.map((i) => [i.step.id, i]));
    expect(byId.get('plan-van-aanpak')).toMatchObject({
      state: 'done',
      resolution: 'before-takeover',
      done: undefined,
    });
    expect(byId.get('evaluatie-plan-van-aanpak-5')).toMatchObject({
      state: 'done',
      resolution: 'not-applicable',
      reason: 'Nieuw plan van aanpak',
    });
    // Later steps are untouched: the 42e-weeksmelding is still ahead.
    expect(byId.get('42e-weeksmelding')?.resolution).toBeUndefined();
  });

  it('undoing a mark makes the step overdue again', () => {
    const marked = markDoneBeforeTakeover(takenOver, ['plan-van-aanpak']);
    expect(overdue(marked)).not.toContain('plan-van-aanpak');
    expect(overdue(clearResolution(marked, 'plan-van-aanpak'))).toContain('plan-van-aanpak');
    const nvt = setNotApplicable(takenOver, 'probleemanalyse', 'Al gedaan door vorige coach');
    expect(overdue(clearResolution(nvt, 'probleemanalyse'))).toContain('probleemanalyse');
  });

  it('requires a reason for n.v.t., in the form and in the stored record', () => {
    expect(validateNotApplicableReason('   ')).toEqual({
      ok: false,
      errors: { reason: 'poortwachter.errors.reasonRequired' },
    });
    expect(validateNotApplicableReason('x'.repeat(501))).toMatchObject({ ok: false });
    expect(validateNotApplicableReason('  Terug aan het werk ')).toEqual({
      ok: true,
      value: 'Terug aan het werk',
    });
    const blank = { ...takenOver, notApplicable: { probleemanalyse: ' ' } };
    expect(poortwachterCaseSchema.safeParse(blank).success).toBe(false);
  });

  it('checks the takeover date', () => {
    expect(validateTakeover({ date: '', from: '' }, TODAY)).toMatchObject({
      ok: false,
      errors: { date: 'validation.required' },
    });
    expect(validateTakeover({ date: '01-10-2025', from: '' }, TODAY)).toMatchObject({
      ok: false,
      errors: { date: 'validation.dateInFuture' },
    });
    expect(validateTakeover({ date: '29-09-2025', from: ' Arbo Oost ' }, TODAY)).toEqual({
      ok: true,
      value: { date: '2025-09-29', from: 'Arbo Oost' },
    });
  });
});

describe('the loonsanctie warning', () => {
  // The 42e-weeksmelding of a sickness from 2025-01-01: the first working day after week 42.
  const weeksmelding = poortwachterSchedule({ spells: [{ firstDay: FIRST }] }).find(
    (d) => d.step === '42e-weeksmelding',
  )?.due;
  it('knows the 42e-weeksmelding', () => {
    expect(endOfWeek(FIRST, 42)).toBe('2025-10-21');
    expect(weeksmelding).toBe('2025-10-22');
  });

  it('warns for a loonsanctie without a UWV decision date, and for one before week 42', () => {
    expect(loonsanctieWarnings({ kind: 'loonsanctie' }, weeksmelding, TODAY)).toEqual([
      'no-uwv-decision',
      'before-week-42',
    ]);
    expect(
      loonsanctieWarnings({ kind: 'loonsanctie', decided: '2025-09-01' }, weeksmelding, TODAY),
    ).toEqual(['before-week-42']);
    // After the 42e-weeksmelding, without a decision date, only that is missing.
    expect(loonsanctieWarnings({ kind: 'loonsanctie' }, weeksmelding, '2026-12-01')).toEqual([
      'no-uwv-decision',
    ]);
    // A decision after week 42: nothing to warn about.
    expect(
      loonsanctieWarnings(
        { kind: 'loonsanctie', decided: '2026-10-01' },
        weeksmelding,
        '2026-12-01',
      ),
    ).toEqual([]);
    // A voluntary extension is agreed, not decided by UWV.
    expect(
      loonsanctieWarnings({ kind: 'vrijwillig', decided: '2025-09-01' }, weeksmelding, TODAY),
    ).toEqual([]);
    // Without sick spells the week is unknown: only the missing decision is said.
    expect(loonsanctieWarnings({ kind: 'loonsanctie' }, undefined, TODAY)).toEqual([
      'no-uwv-decision',
    ]);
  });

  it('reads what the coach types, and lets a loonsanctie without a date be saved', () => {
    expect(
      loonsanctieInputWarnings({ kind: 'loonsanctie', decided: '01-09-2025' }, weeksmelding, TODAY),
    ).toEqual(['before-week-42']);
    const input = { kind: 'loonsanctie' as const, weeks: '12', decided: '', note: '' };
    expect(validateExtension(input, [], TODAY)).toEqual({
      ok: true,
      value: { kind: 'loonsanctie', weeks: 12, note: '' },
    });
    // A voluntary extension still needs its agreement date.
    expect(
      validateExtension({ ...input, kind: 'vrijwillig', weeks: '13' }, [], TODAY),
    ).toMatchObject({ ok: false, errors: { decided: 'validation.required' } });
  });
});

describe('the deadline projection', () => {
  const c: PoortwachterCase = markDoneBeforeTakeover(
    setNotApplicable(
      {
        ...takenOver,
        medical: {
          spells: [{ firstDay: '2025-01-01', lastDay: '2025-01-09' }, { firstDay: '2025-01-20' }],
        },
        done: { 'ziekmelding-arbodienst': '2025-01-03' },
        extensions: [
          { id: 'e', kind: 'loonsanctie', weeks: 10, decided: '2026-08-03', note: 'RIV' },
        ],
      },
      'probleemanalyse',
      'Opgenomen in het ziekenhuis',
    ),
    ['plan-van-aanpak'],
  );

  it('holds steps, due dates and done / n.v.t., and none of the sick dates', () => {
    const p = poortwachterProjection(c);
    expect(isPoortwachterProjection(p)).toBe(true);
    expect(Object.keys(p).sort()).toEqual(['active', 'steps']);
    for (const s of p.steps) expect(Object.keys(s).sort()).toEqual(['due', 'status', 'step']);
    const text = JSON.stringify(p);
    for (const date of ['2025-01-01', '2025-01-09', '2025-01-20', '2025-01-03', '2025-09-29'])
      expect(text).not.toContain(date);
    expect(text).not.toContain('ziekenhuis');
    expect(text).not.toContain('RIV');
    const t = poortwachterTimeline(c, TODAY);
    if (!t.ok) throw new Error('timeline');
    // The same due dates as the full timeline, with the extension applied.
    expect(p.steps.map((s) => s.due)).toEqual(t.items.map((i) => i.due));
    expect(Object.fromEntries(p.steps.map((s) => [s.step, s.status]))).toMatchObject({
      'ziekmelding-arbodienst': 'done',
      probleemanalyse: 'not-applicable',
      'plan-van-aanpak': 'done',
      'evaluatie-plan-van-aanpak-1': 'open',
    });
  });

  it('refuses a projection with an extra field, such as a sick date', () => {
    const p = poortwachterProjection(c);
    expect(isPoortwachterProjection({ ...p, firstSickDay: '2025-01-01' })).toBe(false);
    expect(
      isPoortwachterProjection({ ...p, steps: [{ ...p.steps[0], firstDay: '2025-01-01' }] }),
    ).toBe(false);
  });

  it('gives the same states as the full timeline, and no deadlines once recovered', () => {
    const full = poortwachterTimeline(c, TODAY);
    if (!full.ok) throw new Error('timeline');
    const projected = projectedTimeline(poortwachterProjection(c), TODAY);
    expect(projected.status).toBe('sick');
    expect(projected.items.map((i) => [i.step.id, i.state])).toEqual(
      full.items.map((i) => [i.step.id, i.state]),
    );
    const recovered = {
      ...c,
      medical: { spells: [{ firstDay: '2025-01-01', lastDay: '2025-03-01' }] },
    };
    expect(projectedTimeline(poortwachterProjection(recovered), TODAY).status).toBe('recovered');
    expect(poortwachterProjection(emptyPoortwachterCase())).toEqual({ active: false, steps: [] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMonths,
  emptyRequestInput,
  extensionToldLate,
  initialDeadline,
  knownRepresentatives,
  repeatOf,
  requestDeadline,
  requestDeadlineState,
  requestSchema,
  requestToInput,
  validateRequest,
  type DataSubjectRequest,
  type RequestInput,
} from '../../../../shared/domain/requests';
import { formatDutchDate } from '../../../../shared/domain/dutch-date';

const base: DataSubjectRequest = {
  type: 'access',
  receivedOn: '2026-01-15',
  channel: 'email',
  description: '',
  requester: 'client',
  representativeName: '',
  representativeRole: null,
  idMethod: 'document-shown',
  idDocument: 'id-card',
  idCheckedOn: '2026-01-16',
  idCheckedBy: 'Coach',
  term: '1-month',
  extensionMonths: 0,
  extensionReason: '',
  extensionToldOn: null,
  status: 'open',
  outcome: null,
  outcomeReasons: '',
  deliveredOn: null,
  deliveredHow: '',
  recordedAt: '2026-01-15T10:00:00.000Z',
};
const req = (over: Partial<DataSubjectRequest>): DataSubjectRequest => ({ ...base, ...over });

describe('addMonths (Regulation 1182/71 art. 3(2)(c))', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2028-01-29', 1, '2028-02-29'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2026-08-29', 1, '2026-09-29'],
    ['2026-08-30', 1, '2026-09-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-31', 1, '2027-01-31'], // over the year end
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i month(s) = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('refuses a date that is not one', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('request deadlines', () => {
  it('one month from receipt, across month ends', () => {
    expect(initialDeadline('2026-01-31', '1-month')).toBe('2026-02-28');
    expect(initialDeadline('2024-01-31', '1-month')).toBe('2024-02-29');
    expect(initialDeadline('2026-08-31', '1-month')).toBe('2026-09-30');
  });

  it('4 weeks and 1 week end on the same weekday', () => {
    // 2026-01-31 is a Saturday; the nominal day is kept (no art. 3(4) roll-forward).
    expect(initialDeadline('2026-01-31', '4-weeks')).toBe('2026-02-28');
    expect(initialDeadline('2026-02-02', '4-weeks')).toBe('2026-03-02');
    expect(initialDeadline('2026-12-28', '1-week')).toBe('2027-01-04');
  });

  it('an extension of up to 2 months runs from the end of the first period', () => {
    expect(requestDeadline(req({ receivedOn: '2026-01-31', extensionMonths: 1 }))).toBe(
      '2026-03-28',
    );
    expect(requestDeadline(req({ receivedOn: '2026-01-31', extensionMonths: 2 }))).toBe(
      '2026-04-28',
    );
    expect(
      requestDeadline(req({ receivedOn: '2026-08-03', term: '4-weeks', extensionMonths: 2 })),
    ).toBe('2026-10-31');
    // Never more than two months, whatever a damaged record says.
    expect(requestDeadline(req({ extensionMonths: 5 }))).toBe('2026-04-15');
  });

  it('due, due soon, overdue and done relative to today', () => {
    const r = req({ receivedOn: '2026-01-15' }); // due 2026-02-15
    expect(requestDeadlineState(r, '2026-01-20')).toEqual({
      due: '2026-02-15',
      daysLeft: 26,
      state: 'upcoming',
    });
    expect(requestDeadlineState(r, '2026-02-08').state).toBe('due-soon');
    expect(requestDeadlineState(r, '2026-02-15')).toMatchObject({ daysLeft: 0, state: 'due-soon' });
    expect(requestDeadlineState(r, '2026-02-16')).toMatchObject({ daysLeft: -1, state: 'overdue' });
    expect(requestDeadlineState({ ...r, status: 'done' }, '2026-03-01').state).toBe('done');
    expect(requestDeadlineState({ ...r, deliveredOn: '2026-02-01' }, '2026-03-01').state).toBe(
      'done',
    );
  });

  it('an extension moves an overdue request back to upcoming', () => {
    const r = req({ receivedOn: '2026-01-15' });
    expect(requestDeadlineState(r, '2026-02-20').state).toBe('overdue');
    expect(requestDeadlineState({ ...r, extensionMonths: 1 }, '2026-02-20').state).toBe('upcoming');
  });

  it('flags an extension the client heard of only after the first period', () => {
    const r = req({ receivedOn: '2026-01-15', extensionMonths: 1 });
    expect(extensionToldLate({ ...r, extensionToldOn: '2026-02-15' })).toBe(false);
    expect(extensionToldLate({ ...r, extensionToldOn: '2026-02-16' })).toBe(true);
    expect(extensionToldLate({ ...r, extensionMonths: 0, extensionToldOn: '2026-03-01' })).toBe(
      false,
    );
  });
});

describe('repeat requests', () => {
  const row = (id: string, over: Partial<DataSubjectRequest>) => ({ id, data: req(over) });

  it('flags a second request of the same type within 6 months', () => {
    const first = row('a', { receivedOn: '2026-01-31' });
    const second = row('b', { receivedOn: '2026-07-31' });
    const all = [first, second];
    expect(repeatOf(second, all)?.id).toBe('a');
    expect(repeatOf(first, all)).toBeUndefined();
  });

  it('not after 6 months, nor for another type', () => {
    const first = row('a', { receivedOn: '2026-01-31' });
    expect(repeatOf(row('b', { receivedOn: '2026-08-01' }), [first])).toBeUndefined();
    expect(
      repeatOf(row('c', { receivedOn: '2026-02-10', type: 'rectification' }), [first]),
    ).toBeUndefined();
  });

  it('on the same day, the one registered first is the original', () => {
    const a = row('a', { recordedAt: '2026-01-15T09:00:00Z' });
    const b = row('b', { recordedAt: '2026-01-15T10:00:00Z' });
    expect(repeatOf(b, [a, b])?.id).toBe('a');
    expect(repeatOf(a, [a, b])).toBeUndefined();
  });
});

describe('validateRequest', () => {
  const ctx = { today: '2026-03-01', term: '4-weeks' as const, recordedAt: 'now' };
  const input = (over: Partial<RequestInput>): RequestInput => ({
    ...emptyRequestInput(),
    receivedOn: '15-1-2026',
    ...over,
  });

  it('accepts a minimal request and stores the term in force', () => {
    const r = validateRequest(input({}), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.receivedOn).toBe('2026-01-15');
    expect(r.value.term).toBe('4-weeks');
    expect(requestSchema.safeParse(r.value).success).toBe(true);
  });

  it('needs a received date, not in the future', () => {
    expect(validateRequest(input({ receivedOn: '' }), ctx)).toMatchObject({
      ok: false,
      errors: { receivedOn: 'requests.errors.required' },
    });
    expect(validateRequest(input({ receivedOn: '2-3-2026' }), ctx)).toMatchObject({
      ok: false,
      errors: { receivedOn: 'requests.errors.future' },
    });
  });

  it('an extension needs a reason and the date the client was told; at most 2 months', () => {
    expect(validateRequest(input({ extensionMonths: '1' }), ctx)).toMatchObject({
      ok: false,
      errors: { extensionReason: 'requests.errors.required', extensionToldOn: expect.any(String) },
    });
    expect(validateRequest(input({ extensionMonths: '3' }), ctx)).toMatchObject({
      ok: false,
      errors: { extensionMonths: 'requests.errors.extension' },
    });
  });

  it('a refusal needs reasons; done needs an outcome; a representative needs a name', () => {
    expect(validateRequest(input({ outcome: 'refused' }), ctx)).toMatchObject({
      ok: false,
      errors: { outcomeReasons: 'requests.errors.reasons' },
    });
    expect(validateRequest(input({ status: 'done' }), ctx)).toMatchObject({
      ok: false,
      errors: { outcome: 'requests.errors.outcomeNeeded' },
    });
    expect(validateRequest(input({ requester: 'representative' }), ctx)).toMatchObject({
      ok: false,
      errors: { representativeName: expect.any(String), representativeRole: expect.any(String) },
    });
  });

  it('dates before receipt are refused', () => {
    expect(
      validateRequest(input({ idCheckedOn: '14-1-2026', idCheckedBy: 'X' }), ctx),
    ).toMatchObject({ ok: false, errors: { idCheckedOn: 'requests.errors.beforeReceived' } });
  });

  it('round-trips through the form', () => {
    const r = validateRequest(requestToInput(base, formatDutchDate), {
      ...ctx,
      term: base.term,
      recordedAt: base.recordedAt,
    });
    expect(r).toEqual({ ok: true, value: base });
  });
});

it('knownRepresentatives lists each named representative once', () => {
  expect(
    knownRepresentatives([
      { representativeName: 'M. de Vries', representativeRole: 'curator' },
      { representativeName: 'M. de Vries ', representativeRole: 'curator' },
      { representativeName: '', representativeRole: null },
    ]),
  ).toEqual([{ name: 'M. de Vries', role: 'curator' }]);
});

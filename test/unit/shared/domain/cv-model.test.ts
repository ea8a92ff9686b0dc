import { describe, expect, it } from 'vitest';
import {
  cvSchema,
  emptyCv,
  emptyItemInput,
  itemToInput,
  moveDown,
  moveIndex,
  moveToIndex,
  moveUp,
  newItemId,
  parseMonthYear,
  periodInOrder,
  PRESENT,
  readCv,
  validateCv,
  validateItem,
  type WorkExperience,
} from '../../../../shared/domain/cv';

const job = (id: string, jobTitle: string): WorkExperience => ({
  id,
  jobTitle,
  employer: '',
  place: '',
  description: '',
  from: '',
  to: '',
});

describe('month and year', () => {
  it('reads what coaches type and stores YYYY-MM or a bare year', () => {
    expect(parseMonthYear('9-2015')).toBe('2015-09');
    expect(parseMonthYear('09/2015')).toBe('2015-09');
    expect(parseMonthYear(' 12.1999 ')).toBe('1999-12');
    expect(parseMonthYear('2015-09')).toBe('2015-09');
    expect(parseMonthYear('2015')).toBe('2015');
  });

  it('refuses what is not a month and year', () => {
    for (const s of ['13-2015', '0-2015', '2015-13', '15', 'sept 2015', '01-1850', '2015-9-1'])
      expect(parseMonthYear(s), s).toBeNull();
  });

  it('orders periods by year, then month when both ends have one', () => {
    expect(periodInOrder('2015-09', '2015-08')).toBe(false);
    expect(periodInOrder('2016', '2015-12')).toBe(false);
    expect(periodInOrder('2015', '2015-01')).toBe(true);
    expect(periodInOrder('2015-09', PRESENT)).toBe(true);
    expect(periodInOrder('', '2001')).toBe(true);
  });
});

describe('list items', () => {
  it('normalizes a work experience from the form and turns "tot heden" into heden', () => {
    const r = validateItem('work', {
      ...emptyItemInput('work'),
      jobTitle: '  Orderpicker ',
      employer: 'Bol.com',
      from: '3-2018',
      to: '',
      current: true,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ jobTitle: 'Orderpicker', from: '2018-03', to: PRESENT });
    expect(r.value).not.toHaveProperty('current');
  });

  it('names the field of each error and keeps the message an i18n key', () => {
    const r = validateItem('education', {
      ...emptyItemInput('education'),
      title: ' ',
      from: '2014',
      to: '06-2012',
    });
    expect(r).toEqual({
      ok: false,
      errors: { title: 'validation.required', to: 'cv.validation.periodOrder' },
    });
    const bad = validateItem('work', { ...emptyItemInput('work'), jobTitle: 'x', from: 'ooit' });
    expect(bad).toEqual({ ok: false, errors: { from: 'cv.validation.monthYear' } });
  });

  it('accepts its own output unchanged, so stored items pass the same schema', () => {
    const r = validateItem('courses', {
      ...emptyItemInput('courses'),
      name: 'VCA Basis',
      date: '02-2021',
      validUntil: '2031',
    });
    if (!r.ok) throw new Error('fixture');
    const again = validateItem('courses', r.value);
    expect(again).toEqual({ ok: true, value: r.value });
  });

  it('round-trips a stored item through its form', () => {
    const stored = validateItem('work', {
      ...emptyItemInput('work'),
      jobTitle: 'Kok',
      from: '2015-09',
      to: 'heden',
    });
    if (!stored.ok) throw new Error('fixture');
    const form = itemToInput('work', stored.value);
    expect(form).toMatchObject({ from: '09-2015', to: '', current: true });
    expect(validateItem('work', form)).toEqual(stored);
  });

  it('only allows CEFR levels or moedertaal for a language', () => {
    const base = { ...emptyItemInput('languages'), language: 'Turks' };
    expect(validateItem('languages', { ...base, level: 'moedertaal' }).ok).toBe(true);
    expect(validateItem('languages', { ...base, level: 'C2' }).ok).toBe(true);
    // @ts-expect-error: the type refuses it too; the schema must refuse it at run time.
    expect(validateItem('languages', { ...base, level: 'vloeiend' }).ok).toBe(false);
  });

  it('gives every new item its own random id', () => {
    const ids = new Set(Array.from({ length: 200 }, newItemId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(emptyItemInput('skills').id).not.toBe(emptyItemInput('skills').id);
  });
});

describe('the whole CV', () => {
  it('defaults to phone and e-mail only, and empty lists', () => {
    const cv = emptyCv();
    expect(cv.include).toEqual({ phone: true, email: true, address: false, birthDate: false });
    expect(cvSchema.parse({})).toEqual(cv);
  });

  it('reads travel minutes as typed, and refuses nonsense without losing the rest', () => {
    const ok = validateCv({
      ...emptyCv(),
      mobility: { ownCar: true, publicTransport: false, bicycle: true, maxTravelMinutes: '45' },
    });
    expect(ok.ok && ok.value.mobility.maxTravelMinutes).toBe(45);
    const input = {
      ...emptyCv(),
      profile: 'Gemotiveerd',
      mobility: { ownCar: false, publicTransport: true, bicycle: false, maxTravelMinutes: '2 uur' },
    };
    const bad = validateCv(input);
    expect(bad).toEqual({
      ok: false,
      errors: { 'mobility.maxTravelMinutes': 'cv.validation.travelMinutes' },
    });
    expect(input.profile).toBe('Gemotiveerd');
  });

  it('names an invalid item by list and position', () => {
    const r = validateCv({ ...emptyCv(), work: [job('a1', 'Kok'), job('b2', '')] });
    expect(r).toEqual({ ok: false, errors: { 'work.1.jobTitle': 'validation.required' } });
  });

  it('keeps driving licence categories once each, in the order of the licence', () => {
    const r = validateCv({ ...emptyCv(), licences: ['CE', 'B', 'AM', 'B'] });
    expect(r.ok && r.value.licences).toEqual(['AM', 'B', 'CE']);
    expect(validateCv({ ...emptyCv(), licences: ['X'] as never }).ok).toBe(false);
  });

  it('reads a stored CV leniently: one bad field does not hide the others', () => {
    const cv = readCv({
      profile: 'Ervaren magazijnmedewerker',
      work: [job('a1', 'Orderpicker')],
      languages: [{ id: 'x1', language: 'Nederlands', level: 'Z9' }],
    });
    expect(cv.profile).toBe('Ervaren magazijnmedewerker');
    expect(cv.work.map((w) => w.jobTitle)).toEqual(['Orderpicker']);
    expect(cv.languages).toEqual([]);
    expect(readCv(null)).toEqual(emptyCv());
  });
});

describe('reordering', () => {
  const list = [job('a', 'A'), job('b', 'B'), job('c', 'C'), job('d', 'D')];
  const titles = (l: WorkExperience[]) => l.map((x) => x.jobTitle).join('');

  it('moves an item up, down and to an index, without touching the original', () => {
    expect(titles(moveUp(list, 'c'))).toBe('ACBD');
    expect(titles(moveDown(list, 'a'))).toBe('BACD');
    expect(titles(moveToIndex(list, 'd', 0))).toBe('DABC');
    expect(titles(moveToIndex(list, 'a', 2))).toBe('BCAD');
    expect(titles(list)).toBe('ABCD');
  });

  it('leaves the order alone at the edges and for an unknown id, and clamps the index', () => {
    expect(titles(moveUp(list, 'a'))).toBe('ABCD');
    expect(titles(moveDown(list, 'd'))).toBe('ABCD');
    expect(titles(moveUp(list, 'zz'))).toBe('ABCD');
    expect(titles(moveToIndex(list, 'zz', 1))).toBe('ABCD');
    expect(titles(moveToIndex(list, 'b', 99))).toBe('ACDB');
    expect(titles(moveToIndex(list, 'c', -5))).toBe('CABD');
    expect(moveIndex([], 0, 1)).toEqual([]);
  });

  it('keeps ids with their items', () => {
    const moved = moveToIndex(list, 'c', 0);
    expect(moved.map((x) => `${x.id}${x.jobTitle}`)).toEqual(['cC', 'aA', 'bB', 'dD']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ageOn,
  emptyGroundInput,
  groundStatus,
  hasLegalGroundForSpecialCategories,
  isConsentRegister,
  isGroundValid,
  representationReasons,
  representativeRequired,
  validateGround,
  validateWithdrawal,
  type ConsentContext,
  type Ground,
  type GroundInput,
} from '../../../../shared/domain/consent';

const TODAY = '2025-06-15';
const adult: ConsentContext = { birthDate: '1980-04-01', representation: 'none' };
const child: ConsentContext = { birthDate: '2015-06-15', representation: 'none' };

const input = (over: Partial<GroundInput> = {}): GroundInput => ({
  ...emptyGroundInput(),
  givenOn: '01-06-2025',
  ...over,
});

const ground = (over: Partial<Ground> = {}): Ground => ({
  id: 'g1',
  basis: 'consent',
  scope: 'special-categories',
  employers: [],
  description: '',
  givenOn: '2025-06-01',
  method: 'written',
  givenBy: 'client',
  representativeName: '',
  representativeRole: null,
  withdrawnOn: null,
  recordedAt: '2025-06-01T10:00:00.000Z',
  ...over,
});

describe('age and representation', () => {
  it('turns 16 exactly on the 16th birthday', () => {
    expect(ageOn('2009-06-15', '2025-06-14')).toBe(15);
    expect(ageOn('2009-06-15', '2025-06-15')).toBe(16);
    expect(representativeRequired('2009-06-15', 'none', '2025-06-14')).toBe(true);
    expect(representativeRequired('2009-06-15', 'none', '2025-06-15')).toBe(false);
  });

  it('lets a 29 February child turn 16 on 29 February, as 16 years on is a leap year too', () => {
    expect(representativeRequired('2008-02-29', 'none', '2024-02-28')).toBe(true);
    expect(representativeRequired('2008-02-29', 'none', '2024-02-29')).toBe(false);
  });

  it('counts a 29 February birthday as 1 March in a common year', () => {
    // 1900 is not a leap year: the one case where the 16th birthday itself is missing.
    expect(representativeRequired('1884-02-29', 'none', '1900-02-28')).toBe(true);
    expect(representativeRequired('1884-02-29', 'none', '1900-03-01')).toBe(false);
    // Any other birthday in a common year.
    expect(ageOn('1996-02-29', '2013-02-28')).toBe(16);
    expect(ageOn('1996-02-29', '2013-03-01')).toBe(17);
  });

  it('needs a representative under curatele or mentorschap at any age', () => {
    expect(representativeRequired('1980-01-01', 'curatele', TODAY)).toBe(true);
    expect(representativeRequired('1980-01-01', 'mentorschap', TODAY)).toBe(true);
    expect(representationReasons('2015-01-01', 'none', TODAY)).toEqual(['minor']);
    expect(representationReasons('1980-01-01', 'mentorschap', TODAY)).toEqual(['mentorschap']);
  });

  it('does not guess without a date of birth, and refuses a malformed day', () => {
    expect(representativeRequired(undefined, 'none', TODAY)).toBe(false);
    expect(representativeRequired('', 'none', TODAY)).toBe(false);
    expect(representativeRequired('not a date', 'none', TODAY)).toBe(false);
    expect(() => representativeRequired('1980-01-01', 'none', '15-06-2025')).toThrow(RangeError);
  });
});

describe('entering a ground', () => {
  it('accepts the client’s own consent when no representative is needed, and keeps only what the basis uses', () => {
    const r = validateGround(input({ representativeName: 'ignored' }), adult, TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        basis: 'consent',
        scope: 'special-categories',
        employers: [],
        description: '',
        givenOn: '2025-06-01',
        method: 'written',
        givenBy: 'client',
        representativeName: '',
        representativeRole: null,
      },
    });
  });

  it('refuses consent by a client under 16 with a message naming why', () => {
    const r = validateGround(input(), child, TODAY);
    expect(r).toEqual({
      ok: false,
      errors: { givenBy: 'consent.errors.representativeRequiredMinor' },
    });
  });

  it('refuses the client’s own consent under curatele or mentorschap', () => {
    const r = validateGround(input(), { ...adult, representation: 'curatele' }, TODAY);
    expect(!r.ok && r.errors.givenBy).toBe('consent.errors.representativeRequiredCuratele');
    const m = validateGround(input(), { ...adult, representation: 'mentorschap' }, TODAY);
    expect(!m.ok && m.errors.givenBy).toBe('consent.errors.representativeRequiredMentorschap');
  });

  it('judges age on the day consent was given: given the day before the 16th birthday needs a representative', () => {
    const ctx = { birthDate: '2009-06-15', representation: 'none' as const };
    expect(validateGround(input({ givenOn: '2025-06-14' }), ctx, TODAY).ok).toBe(false);
    expect(validateGround(input({ givenOn: '2025-06-15' }), ctx, TODAY).ok).toBe(true);
  });

  it('needs the representative’s name and a role that fits the reason', () => {
    const by = { givenBy: 'representative' as const };
    const missing = validateGround(input(by), child, TODAY);
    expect(!missing.ok && missing.errors).toEqual({
      representativeName: 'validation.required',
      representativeRole: 'validation.required',
    });
    const wrongRole = validateGround(
      input({ ...by, representativeName: 'A. Jansen', representativeRole: 'curator' }),
      child,
      TODAY,
    );
    expect(!wrongRole.ok && wrongRole.errors.representativeRole).toBe(
      'consent.errors.roleMustBe.parent-guardian',
    );
    const ok = validateGround(
      input({ ...by, representativeName: 'A. Jansen', representativeRole: 'parent-guardian' }),
      child,
      TODAY,
    );
    expect(ok.ok && ok.value.representativeRole).toBe('parent-guardian');
  });

  it('refuses a representative for an adult who can consent personally', () => {
    const r = validateGround(
      input({
        givenBy: 'representative',
        representativeName: 'A. Jansen',
        representativeRole: 'parent-guardian',
      }),
      adult,
      TODAY,
    );
    expect(!r.ok && r.errors.givenBy).toBe('consent.errors.representativeNotAllowed');
  });

  it('rejects a future date, accepts today, and rejects a day before birth', () => {
    const future = validateGround(input({ givenOn: '16-06-2025' }), adult, TODAY);
    expect(!future.ok && future.errors.givenOn).toBe('validation.dateInFuture');
    expect(validateGround(input({ givenOn: TODAY }), adult, TODAY).ok).toBe(true);
    const early = validateGround(input({ givenOn: '1979-01-01' }), adult, TODAY);
    expect(!early.ok && early.errors.givenOn).toBe('consent.errors.beforeBirth');
    const bad = validateGround(input({ givenOn: '31-02-2025' }), adult, TODAY);
    expect(!bad.ok && bad.errors.givenOn).toBe('validation.date');
    const none = validateGround(input({ givenOn: ' ' }), adult, TODAY);
    expect(!none.ok && none.errors.givenOn).toBe('validation.required');
  });

  it('needs named employers for a CV, and only consent can cover sending it', () => {
    const cv = { scope: 'cv-to-employers' as const };
    const empty = validateGround(input({ ...cv, employers: ['  ', ''] }), adult, TODAY);
    expect(!empty.ok && empty.errors.employers).toBe('consent.errors.employersRequired');
    const legal = validateGround(
      input({ ...cv, basis: 'legal-obligation', employers: ['Bakkerij Jansen'], description: 'x' }),
      adult,
      TODAY,
    );
    expect(!legal.ok && legal.errors.basis).toBe('consent.errors.cvNeedsConsent');
    const ok = validateGround(
      input({ ...cv, employers: [' Bakkerij Jansen ', 'bakkerij jansen', 'Gemeente Zwolle'] }),
      adult,
      TODAY,
    );
    expect(ok.ok && ok.value.employers).toEqual(['Bakkerij Jansen', 'Gemeente Zwolle']);
  });

  it('asks for the provision behind a legal obligation and drops consent-only fields', () => {
    const bare = validateGround(input({ basis: 'legal-obligation' }), adult, TODAY);
    expect(!bare.ok && bare.errors.description).toBe('consent.errors.provisionRequired');
    const r = validateGround(
      input({
        basis: 'legal-obligation',
        description: 'Wet verbetering Poortwachter, art. 7:658a BW',
        employers: ['Bakkerij Jansen'],
      }),
      child,
      TODAY,
    );
    // A legal obligation is not "given" by anyone: no representative rule, no method.
    expect(r.ok && r.value).toMatchObject({
      method: null,
      givenBy: null,
      representativeRole: null,
      employers: [],
    });
  });

  it('limits vital interest to special categories and asks for the circumstance', () => {
    const r = validateGround(
      input({ basis: 'vital-interest', scope: 'share-employer' }),
      adult,
      TODAY,
    );
    expect(!r.ok && r.errors).toEqual({
      scope: 'consent.errors.vitalInterestScope',
      description: 'consent.errors.circumstanceRequired',
    });
  });

  it('asks what "other" covers', () => {
    const r = validateGround(input({ scope: 'other' }), adult, TODAY);
    expect(!r.ok && r.errors.description).toBe('consent.errors.otherRequired');
  });
});

describe('validity and the legal ground for special categories', () => {
  const register = (grounds: Ground[], representation: 'none' | 'curatele' = 'none') => ({
    representation,
    grounds,
  });

  it('counts a standing consent, and a withdrawal takes effect on its day, also today', () => {
    expect(isGroundValid(ground(), adult, TODAY)).toBe(true);
    const today = ground({ withdrawnOn: TODAY });
    expect(groundStatus(today, adult, TODAY)).toEqual({ state: 'withdrawn', on: TODAY });
    expect(hasLegalGroundForSpecialCategories(register([today]), adult, TODAY)).toBe(false);
    expect(isGroundValid(ground({ withdrawnOn: '2025-06-16' }), adult, TODAY)).toBe(true);
  });

  it('does not count a ground dated in the future', () => {
    expect(groundStatus(ground({ givenOn: '2025-06-16' }), adult, TODAY)).toEqual({
      state: 'invalid',
      reason: 'consent.invalid.future',
    });
  });

  it('does not count consent the client gave while under 16, even after turning 16', () => {
    const ctx = { birthDate: '2009-06-15', representation: 'none' as const };
    const g = ground({ givenOn: '2025-06-14' });
    expect(groundStatus(g, ctx, '2026-01-01')).toEqual({
      state: 'invalid',
      reason: 'consent.invalid.minorAtGiven',
    });
    expect(isGroundValid(ground({ givenOn: '2025-06-15' }), ctx, TODAY)).toBe(true);
  });

  it('stops counting the client’s own consent once curatele is recorded', () => {
    expect(hasLegalGroundForSpecialCategories(register([ground()]), adult, TODAY)).toBe(true);
    expect(hasLegalGroundForSpecialCategories(register([ground()], 'curatele'), adult, TODAY)).toBe(
      false,
    );
    const byCurator = ground({
      givenBy: 'representative',
      representativeName: 'B. de Wit',
      representativeRole: 'curator',
    });
    expect(
      hasLegalGroundForSpecialCategories(register([byCurator], 'curatele'), adult, TODAY),
    ).toBe(true);
  });

  it('accepts any basis for special categories but not a ground for another scope', () => {
    const legal = ground({
      basis: 'legal-obligation',
      description: 'Wet verbetering Poortwachter',
      method: null,
      givenBy: null,
    });
    expect(hasLegalGroundForSpecialCategories(register([legal]), child, TODAY)).toBe(true);
    const employer = ground({ scope: 'share-employer' });
    expect(hasLegalGroundForSpecialCategories(register([employer]), adult, TODAY)).toBe(false);
  });

  it('does not count a stored ground that breaks the rules', () => {
    const noEmployers = ground({ scope: 'cv-to-employers', employers: [] });
    expect(groundStatus(noEmployers, adult, TODAY)).toEqual({
      state: 'invalid',
      reason: 'consent.invalid.incomplete',
    });
    expect(isGroundValid(ground({ givenBy: null }), adult, TODAY)).toBe(false);
  });

  it('recognises the stored shape only', () => {
    expect(isConsentRegister(register([ground()]))).toBe(true);
    expect(isConsentRegister({ representation: 'none', grounds: [{ id: 'x' }] })).toBe(false);
    expect(isConsentRegister({ representation: 'voogdij', grounds: [] })).toBe(false);
  });
});

describe('withdrawal', () => {
  it('takes today or an earlier day, not the future, not before the ground, not twice', () => {
    expect(validateWithdrawal(ground(), TODAY, TODAY)).toBeNull();
    expect(validateWithdrawal(ground(), '2025-06-16', TODAY)).toBe('validation.dateInFuture');
    expect(validateWithdrawal(ground(), '2025-05-31', TODAY)).toBe(
      'consent.errors.withdrawBeforeGiven',
    );
    expect(validateWithdrawal(ground({ withdrawnOn: '2025-06-10' }), TODAY, TODAY)).toBe(
      'consent.errors.alreadyWithdrawn',
    );
    expect(validateWithdrawal(ground(), '15-06-2025', TODAY)).toBe('validation.date');
  });
});

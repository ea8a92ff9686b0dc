import { describe, expect, it } from 'vitest';
import {
  checkReason,
  lift,
  objectionStops,
  restrict,
  validateObjection,
  type Objection,
  type ObjectionInput,
} from '../../../../shared/domain/restriction';

const input = (over: Partial<ObjectionInput> = {}): ObjectionInput => ({
  processing: 'employer-sharing',
  description: 'Geen cv naar werkgevers',
  receivedOn: '12-11-2026',
  outcome: 'pending',
  decidedOn: '',
  reasons: '',
  requestId: null,
  ...over,
});

const objection = (over: Partial<Objection>): Objection => ({
  processing: 'employer-sharing',
  description: '',
  receivedOn: '2026-11-12',
  outcome: 'pending',
  decidedOn: null,
  reasons: '',
  requestId: null,
  recordedAt: '',
  ...over,
});

describe('restriction', () => {
  it('needs a reason to restrict or lift, and keeps earlier restrictions when lifted', () => {
    expect(checkReason('  ')).toEqual({
      ok: false,
      errors: { reason: 'restriction.errors.reasonRequired' },
    });
    expect(checkReason('x'.repeat(501))).toMatchObject({ ok: false });
    const on = restrict(null, 'Juistheid betwist', 'r1', '2026-11-01T09:00:00.000Z');
    const off = lift(on, 'Gecorrigeerd', '2026-11-20T09:00:00.000Z');
    expect(off.active).toBe(false);
    expect(off.earlier).toEqual([
      {
        since: '2026-11-01T09:00:00.000Z',
        reason: 'Juistheid betwist',
        liftedAt: '2026-11-20T09:00:00.000Z',
        liftReason: 'Gecorrigeerd',
      },
    ]);
    const again = restrict(off, 'Bezwaar loopt', null, '2026-12-01T09:00:00.000Z');
    expect(again).toMatchObject({ active: true, reason: 'Bezwaar loopt', earlier: off.earlier });
  });
});

describe('objection', () => {
  it('is checked as typed: Dutch dates, a decision date once decided, grounds for a rejection', () => {
    expect(validateObjection(input(), '2026-11-30')).toMatchObject({
      ok: true,
      value: { receivedOn: '2026-11-12', decidedOn: null },
    });
    expect(validateObjection(input({ receivedOn: '31-11-2026' }), '2026-11-30')).toMatchObject({
      ok: false,
      errors: { receivedOn: 'validation.date' },
    });
    expect(validateObjection(input({ receivedOn: '01-12-2026' }), '2026-11-30')).toMatchObject({
      ok: false,
      errors: { receivedOn: 'objection.errors.future' },
    });
    expect(validateObjection(input({ outcome: 'upheld' }), '2026-11-30')).toMatchObject({
      ok: false,
      errors: { decidedOn: 'objection.errors.decidedOn' },
    });
    expect(
      validateObjection(input({ outcome: 'upheld', decidedOn: '10-11-2026' }), '2026-11-30'),
    ).toMatchObject({ ok: false, errors: { decidedOn: 'objection.errors.beforeReceived' } });
    expect(
      validateObjection(input({ outcome: 'rejected', decidedOn: '20-11-2026' }), '2026-11-30'),
    ).toMatchObject({ ok: false, errors: { reasons: 'objection.errors.reasonsRequired' } });
  });

  it('stops its own processing while pending or upheld, and nothing after a rejection', () => {
    expect(objectionStops([objection({})], 'employer-sharing')).toBe(true);
    expect(objectionStops([objection({ outcome: 'upheld' })], 'employer-sharing')).toBe(true);
    expect(objectionStops([objection({ outcome: 'rejected' })], 'employer-sharing')).toBe(false);
    expect(objectionStops([objection({})], 'uwv-reporting')).toBe(false);
    expect(objectionStops([], 'employer-sharing')).toBe(false);
  });
});

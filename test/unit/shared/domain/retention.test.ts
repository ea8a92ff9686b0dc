import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  dueDates,
  policyErrors,
  readPolicy,
  retentionDue,
  serviceEndOn,
  shouldCheck,
  type HoldOn,
  type RetentionFacts,
} from '../../../../shared/domain/retention';
import { validateHold } from '../../../../shared/domain/retention-hold';

/** Archived on 15 March 2024; the trajectory ended on 31 January 2024. */
const ended: RetentionFacts = {
  clientId: 'a',
  archivedOn: '2024-03-15',
  trajectoryEndOn: '2024-01-31',
  erasureRequestedOn: null,
};
const active: RetentionFacts = {
  clientId: 'b',
  archivedOn: null,
  trajectoryEndOn: '2020-01-01',
  erasureRequestedOn: null,
};

const due = (facts: RetentionFacts[], today: string, holds: HoldOn[] = []) =>
  retentionDue(facts, holds, defaultPolicy(), today);
const classesDue = (facts: RetentionFacts[], today: string, holds: HoldOn[] = []) =>
  due(facts, today, holds).due.map((d) => `${d.clientId}:${d.retention}:${d.dueOn}`);

describe('the retention policy defaults', () => {
  it('are the statements’ promises: 2 years, 3 months after that, 3 years, 7 years, 14 days', () => {
    const p = defaultPolicy();
    expect(p.rules.dossier).toEqual({ months: 24, trigger: 'service-end' });
    expect(p.rules.medical).toEqual({ months: 3, trigger: 'dossier-period-end' });
    expect(p.rules['coaching-report']).toEqual({ months: 36, trigger: 'service-end' });
    expect(p.rules.financial).toEqual({ months: 84, trigger: 'service-end' });
    expect(p.backupDays).toBe(14);
    expect(policyErrors(p)).toEqual({});
  });

  it('refuses periods beyond the legal bounds, and a stored one out of bounds falls back', () => {
    const p = defaultPolicy();
    p.rules.dossier.months = 48;
    p.rules.financial.months = 60;
    p.rules.medical.trigger = 'archived';
    p.backupDays = 30;
    expect(policyErrors(p)).toEqual({
      dossier: 'retention.errors.months',
      financial: 'retention.errors.months',
      medical: 'retention.errors.trigger',
      backupDays: 'retention.errors.backupDays',
    });
    expect(readPolicy(p)).toEqual(defaultPolicy());
    expect(readPolicy('garbage')).toEqual(defaultPolicy());
    expect(
      readPolicy({ rules: { dossier: { months: 12, trigger: 'archived' } }, backupDays: 7 }),
    ).toEqual({
      ...defaultPolicy(),
      rules: { ...defaultPolicy().rules, dossier: { months: 12, trigger: 'archived' } },
      backupDays: 7,
    });
  });
});

describe('what is due (fake clock: the day is an argument)', () => {
  it('the service ends at the trajectory’s end, or at archiving when there is none', () => {
    expect(serviceEndOn(ended)).toBe('2024-01-31');
    expect(serviceEndOn({ ...ended, trajectoryEndOn: null })).toBe('2024-03-15');
    // An end date after archiving is a plan that did not happen: archiving ended it.
    expect(serviceEndOn({ ...ended, trajectoryEndOn: '2025-01-01' })).toBe('2024-03-15');
    expect(serviceEndOn(active)).toBeNull();
  });

  it('2 years after the end the dossier is due; medical data 3 months after that', () => {
    expect(classesDue([ended], '2026-01-30')).toEqual([]);
    expect(classesDue([ended], '2026-01-31')).toEqual(['a:dossier:2026-01-31']);
    expect(classesDue([ended], '2026-04-29')).toEqual(['a:dossier:2026-01-31']);
    expect(classesDue([ended], '2026-04-30')).toEqual([
      'a:dossier:2026-01-31',
      'a:medical:2026-04-30',
    ]);
    expect(classesDue([ended], '2027-01-31')).toContain('a:coaching-report:2027-01-31');
    expect(classesDue([ended], '2031-01-30')).not.toContain('a:financial:2031-01-31');
    expect(classesDue([ended], '2031-01-31')).toContain('a:financial:2031-01-31');
  });

  it('medical data is due right after an erasure request, even for an active client', () => {
    const asked = { ...active, erasureRequestedOn: '2026-05-04' };
    expect(classesDue([asked], '2026-05-03')).toEqual([]);
    const list = due([asked], '2026-05-04');
    expect(list.due).toEqual([
      { clientId: 'b', retention: 'medical', dueOn: '2026-05-04', because: 'erasure-request' },
    ]);
    // For an ended client the request brings medical data forward, nothing else.
    const both = dueDates({ ...ended, erasureRequestedOn: '2025-02-01' }, defaultPolicy());
    expect(both.medical).toEqual({ on: '2025-02-01', because: 'erasure-request' });
    expect(both.dossier).toEqual({ on: '2026-01-31', because: 'period' });
  });

  it('an active client is never due by its period, however long ago its trajectory ended', () => {
    expect(due([active], '2040-01-01')).toEqual({ due: [], held: [] });
  });

  it('counts from archiving when the firm chose that trigger', () => {
    const p = defaultPolicy();
    p.rules.dossier = { months: 12, trigger: 'archived' };
    expect(dueDates(ended, p).dossier?.on).toBe('2025-03-15');
    // Medical data follows the dossier's own end.
    expect(dueDates(ended, p).medical?.on).toBe('2025-06-15');
  });

  it('a legal hold keeps the item off the due list until its review date, then it is due again', () => {
    const hold: HoldOn = { clientId: 'a', retention: 'dossier', reviewOn: '2026-09-01' };
    const held = due([ended], '2026-02-01', [hold]);
    expect(held.due).toEqual([]);
    expect(held.held).toEqual([
      {
        clientId: 'a',
        retention: 'dossier',
        dueOn: '2026-01-31',
        because: 'period',
        reviewOn: '2026-09-01',
      },
    ]);
    expect(classesDue([ended], '2026-08-31', [hold])).not.toContain('a:dossier:2026-01-31');
    expect(classesDue([ended], '2026-09-01', [hold])).toContain('a:dossier:2026-01-31');
    expect(due([ended], '2026-09-01', [hold]).held).toEqual([]);
    // A hold on one class holds only that class, and only for its own client.
    const other = due([ended, { ...ended, clientId: 'c' }], '2026-05-01', [hold]);
    expect(other.due.map((d) => `${d.clientId}:${d.retention}`)).toEqual([
      'c:dossier',
      'a:medical',
      'c:medical',
    ]);
  });

  it('checks at most once a day', () => {
    expect(shouldCheck(undefined, '2026-11-30')).toBe(true);
    expect(shouldCheck('2026-11-30', '2026-11-30')).toBe(false);
    expect(shouldCheck('2026-11-29', '2026-11-30')).toBe(true);
  });
});

describe('a legal hold’s input', () => {
  const today = '2026-11-30';
  it('needs a reason and a review date after today, within 5 years', () => {
    expect(validateHold({ reason: ' ', reviewOn: '' }, today)).toEqual({
      ok: false,
      errors: {
        reason: 'retention.errors.reasonRequired',
        reviewOn: 'retention.errors.reviewRequired',
      },
    });
    expect(validateHold({ reason: 'x', reviewOn: '31-02-2027' }, today)).toMatchObject({
      errors: { reviewOn: 'validation.date' },
    });
    expect(validateHold({ reason: 'x', reviewOn: '30-11-2026' }, today)).toMatchObject({
      errors: { reviewOn: 'retention.errors.reviewNotAfterToday' },
    });
    expect(validateHold({ reason: 'x', reviewOn: '1-12-2031' }, today)).toMatchObject({
      errors: { reviewOn: 'retention.errors.reviewTooFar' },
    });
    expect(validateHold({ reason: ' Rechtszaak loopt ', reviewOn: '1-12-2027' }, today)).toEqual({
      ok: true,
      value: { reason: 'Rechtszaak loopt', reviewOn: '2027-12-01' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { buildAgenda, calendarName, type FollowUpSource } from '../../../../shared/domain/agenda';

const TODAY = '2026-11-30';
const contact = (
  entryId: string,
  clientId: string,
  at: string,
  followUp?: string,
): FollowUpSource => ({ entryId, clientId, at, ...(followUp ? { followUp } : {}) });

const clients = [{ id: 'celik' }, { id: 'berg' }, { id: 'vries' }];

describe('the agenda of follow-ups', () => {
  it('lists today through four weeks by day, in caseload order within a day', () => {
    const agenda = buildAgenda(
      [
        contact('e1', 'vries', '2026-11-20T10:00', '2026-11-30'),
        contact('e2', 'celik', '2026-11-25T09:00', '2026-11-30'),
        contact('e3', 'berg', '2026-11-26T09:00', '2026-12-28'),
        contact('e4', 'berg', '2026-11-27T09:00', '2026-12-29'), // past the horizon
        contact('e5', 'celik', '2026-11-28T09:00'), // no follow-up
      ],
      clients,
      TODAY,
    );
    expect(agenda.until).toBe('2026-12-28');
    expect(agenda.days.map((d) => [d.date, d.items.map((i) => i.entryId)])).toEqual([
      ['2026-11-30', ['e2', 'e1']],
      ['2026-12-28', ['e3']],
    ]);
    expect(agenda.overdue).toEqual([]);
  });

  it('flags a past follow-up as overdue only while no contact was logged on or after it', () => {
    const agenda = buildAgenda(
      [
        // Follow-up 20 Nov, no contact since: overdue.
        contact('a1', 'celik', '2026-11-10T09:00', '2026-11-20'),
        // Follow-up 21 Nov, contact on that very day: kept.
        contact('b1', 'berg', '2026-11-14T09:00', '2026-11-21'),
        contact('b2', 'berg', '2026-11-21T15:00'),
        // Follow-up 1 Nov, contact later on 5 Nov that set a new one: the old one was kept,
        // the new one (25 Nov) is overdue.
        contact('v1', 'vries', '2026-10-25T09:00', '2026-11-01'),
        contact('v2', 'vries', '2026-11-05T09:00', '2026-11-25'),
      ],
      clients,
      TODAY,
    );
    expect(agenda.overdue.map((i) => [i.entryId, i.date, i.setOn])).toEqual([
      ['a1', '2026-11-20', '2026-11-10'],
      ['v2', '2026-11-25', '2026-11-05'],
    ]);
    expect(agenda.days).toEqual([]);
  });

  it('leaves out clients it is not given (archived, erased)', () => {
    const agenda = buildAgenda(
      [
        contact('x', 'gone', '2026-11-01T09:00', '2026-12-01'),
        contact('y', 'gone', '2026-11-01T09:00', '2026-11-02'),
      ],
      clients,
      TODAY,
    );
    expect(agenda).toEqual({ overdue: [], days: [], until: '2026-12-28' });
  });

  it('names a client in a calendar by first name and surname initial only', () => {
    expect(calendarName({ voornaam: 'Emre', voorletters: 'E.', achternaam: 'Çelik' })).toBe(
      'Emre Ç.',
    );
    // The surname without its tussenvoegsel ("van der Berg" is stored as Berg).
    expect(calendarName({ voornaam: 'Anouk', voorletters: '', achternaam: 'Berg' })).toBe(
      'Anouk B.',
    );
    expect(calendarName({ voornaam: '', voorletters: 'J.P.', achternaam: 'özdemir' })).toBe(
      'J.P. Ö.',
    );
    expect(calendarName({ voornaam: '', voorletters: '', achternaam: 'Veld' })).toBe('V.');
  });
});

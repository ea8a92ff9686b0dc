import { describe, expect, it } from 'vitest';
import { splitDeadlines } from '../../../office/web/src/deadline-view';
import { stepLabel } from '../../../office/web/src/step-labels';
import type { Deadline } from '../../../shared/sync/staff-api';

const d = (stepId: string, due: string, done: string | null = null, name = 'Jan'): Deadline => ({
  officeClientId: `oc-${name}`,
  clientNumber: 'K-1',
  displayName: name,
  coachId: null,
  coachName: null,
  stepId,
  due,
  done,
});

describe('deadlines across the office', () => {
  it('lists overdue before today and today up to 14 days on, oldest first; done ones never', () => {
    const { overdue, upcoming } = splitDeadlines(
      [
        d('a', '2026-12-14'), // today + 14: in
        d('b', '2026-12-15'), // today + 15: out
        d('c', '2026-11-29'), // yesterday: overdue
        d('d', '2026-11-30'), // today: upcoming, not overdue
        d('e', '2026-10-01', '2026-10-01'), // done: never
        d('f', '2026-11-01'),
      ],
      '2026-11-30',
    );
    expect(overdue.map((x) => [x.stepId, x.daysLeft])).toEqual([
      ['f', -29],
      ['c', -1],
    ]);
    expect(upcoming.map((x) => [x.stepId, x.daysLeft])).toEqual([
      ['d', 0],
      ['a', 14],
    ]);
  });

  it('counts calendar days across the change to winter time and a leap day', () => {
    const { upcoming } = splitDeadlines(
      [d('dst', '2026-10-26'), d('leap', '2028-03-01')],
      '2026-10-24',
    );
    expect(upcoming.map((x) => x.daysLeft)).toEqual([2]);
    expect(splitDeadlines([d('leap', '2028-03-01')], '2028-02-28').upcoming[0]?.daysLeft).toBe(2);
  });

  it('names Poortwachter steps and UWV milestones in both languages, unknown ids as they are', () => {
    expect(stepLabel('plan-van-aanpak', 'nl')).toBe('Plan van aanpak');
    expect(stepLabel('plan-van-aanpak', 'en')).toBe('Action plan');
    expect(stepLabel('uwv:voortgang-2', 'nl')).toBe('Voortgangsrapportage 2');
    expect(stepLabel('uwv:eind', 'en')).toBe('Final report');
    expect(stepLabel('iets-nieuws', 'nl')).toBe('iets-nieuws');
  });
});

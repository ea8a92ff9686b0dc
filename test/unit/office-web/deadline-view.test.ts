import { describe, expect, it } from 'vitest';
import { withDaysLeft } from '../../../office/web/src/deadline-view';
import { stepLabel } from '../../../office/web/src/step-labels';
import type { Deadline } from '../../../shared/sync/staff-api';

const d = (step: string, due: string, name = 'Jan'): Deadline => ({
  officeClientId: `oc-${name}`,
  clientNumber: 'K-1',
  displayName: name,
  coachName: 'Sanne de Vries',
  step,
  due,
});

describe('deadlines across the office', () => {
  it('counts days from the office date, soonest first, then by client name', () => {
    const rows = withDaysLeft(
      [
        d('a', '2026-12-14', 'Wim'),
        d('b', '2026-11-29'),
        d('c', '2026-12-14', 'Anna'),
        d('d', '2026-11-30'),
        d('e', '2026-11-01'),
      ],
      '2026-11-30',
    );
    expect(rows.map((x) => [x.step, x.daysLeft])).toEqual([
      ['e', -29],
      ['b', -1],
      ['d', 0],
      ['c', 14],
      ['a', 14],
    ]);
  });

  it('counts calendar days across the change to winter time and a leap day', () => {
    expect(withDaysLeft([d('dst', '2026-10-26')], '2026-10-24')[0]?.daysLeft).toBe(2);
    expect(withDaysLeft([d('leap', '2028-03-01')], '2028-02-28')[0]?.daysLeft).toBe(2);
  });

  it('names Poortwachter steps and UWV milestones in both languages, unknown ids as they are', () => {
    expect(stepLabel('pw:plan-van-aanpak', 'nl')).toBe('Plan van aanpak');
    expect(stepLabel('plan-van-aanpak', 'en')).toBe('Action plan');
    expect(stepLabel('pw-42e-weeksmelding', 'nl')).toBe('42e-weeksmelding aan UWV');
    expect(stepLabel('uwv:voortgang-2', 'nl')).toBe('Voortgangsrapportage 2');
    expect(stepLabel('uwv-eind', 'en')).toBe('Final report');
    expect(stepLabel('uwv:plan', 'nl')).toBe('Trajectplan naar UWV');
    expect(stepLabel('iets-nieuws', 'nl')).toBe('iets-nieuws');
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  summarizeLogbook,
  type ContactEntry,
  type DashboardClient,
  type DashboardInput,
} from '../../../../shared/domain/deadlines';
import {
  emptyPoortwachterCase,
  markDoneBeforeTakeover,
  setNotApplicable,
  type PoortwachterCase,
} from '../../../../shared/domain/poortwachter-case';
import { poortwachterProjection } from '../../../../shared/domain/poortwachter-projection';
import { emptyTrajectoryInput, validateTrajectory } from '../../../../shared/domain/uwv-trajectory';
import type { UwvTrajectory } from '../../../../shared/domain/uwv-trajectory';

// Sick from Wednesday 2025-01-01 (by hand: +6, +41, +55, +97 days): ziekmelding 2025-01-07,
// probleemanalyse 2025-02-11, plan van aanpak 2025-02-25, first evaluation 2025-04-08.
const sickFrom2025: PoortwachterCase = {
  ...emptyPoortwachterCase(),
  medical: { spells: [{ firstDay: '2025-01-01' }] },
  done: { 'ziekmelding-arbodienst': '2025-01-06', probleemanalyse: '2025-02-10' },
};

function trajectory(input: Partial<ReturnType<typeof emptyTrajectoryInput>>, done = {}) {
  const r = validateTrajectory({ ...emptyTrajectoryInput(), ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const t: UwvTrajectory = { ...r.value, milestonesDone: done };
  return t;
}

const client = (id: string, name: string, extra: Partial<DashboardClient> = {}) => ({
  id,
  name,
  archived: false,
  createdOn: '2024-06-01',
  ...extra,
});

const contact = (clientId: string, at: string, durationMinutes = 60): ContactEntry => ({
  clientId,
  at,
  durationMinutes,
});

function input(today: string, extra: Partial<DashboardInput> = {}): DashboardInput {
  return {
    today,
    clients: [
      client('a', 'Anouk Visser'),
      client('b', 'Bram Smit', { archived: true }),
      client('c', 'Daan Meijer'),
      client('d', 'Fatma Kaya'),
      client('e', 'Kees Mulder'),
    ],
    cases: [
      { clientId: 'a', data: poortwachterProjection(sickFrom2025) },
      // Archived: never on the dashboard, however late.
      { clientId: 'b', data: poortwachterProjection({ ...sickFrom2025, done: {} }) },
      // Back at work since 1 March: the later deadlines no longer apply.
      {
        clientId: 'c',
        data: poortwachterProjection({
          ...emptyPoortwachterCase(),
          medical: { spells: [{ firstDay: '2025-01-01', lastDay: '2025-03-01' }] },
        }),
      },
    ],
    trajectories: [
      // Werkfit 6 Jan – 6 Jul 2025: plan 3 Feb (done), progress report 6 Apr, final 6 Jul.
      {
        clientId: 'd',
        data: trajectory(
          { startDate: '06-01-2025', endDate: '06-07-2025' },
          { plan: '2025-02-01' },
        ),
      },
      // Closed with its final report: an unreported progress report no longer matters.
      {
        clientId: 'e',
        data: trajectory(
          { startDate: '06-01-2024', endDate: '06-07-2024' },
          { eind: '2024-07-05' },
        ),
      },
    ],
    logbook: [],
    ...extra,
  };
}

describe('deadlines', () => {
  it('lists overdue deadlines and those due within 14 days, oldest first, over all clients', () => {
    const d = buildDashboard(input('2025-03-25'));
    expect(d.deadlines.map((r) => [r.clientName, r.due, r.state, r.daysLeft])).toEqual([
      ['Anouk Visser', '2025-02-25', 'overdue', -28],
      ['Fatma Kaya', '2025-04-06', 'due-soon', 12],
      // Exactly 14 days ahead: shown.
      ['Anouk Visser', '2025-04-08', 'due-soon', 14],
    ]);
    expect(d.deadlines[0]).toMatchObject({ source: 'poortwachter', step: 'plan-van-aanpak' });
    expect(d.deadlines[1]).toMatchObject({
      source: 'uwv',
      milestone: { id: 'voortgang-1', kind: 'voortgang', n: 1 },
    });
    expect(d.horizon).toBe('2025-04-08');
  });

  it('leaves out a deadline 15 days ahead', () => {
    const d = buildDashboard(input('2025-03-24'));
    expect(d.deadlines.map((r) => r.due)).toEqual(['2025-02-25', '2025-04-06']);
  });

  it('drops a step once it is recorded as done', () => {
    const done = {
      ...sickFrom2025,
      done: { ...sickFrom2025.done, 'plan-van-aanpak': '2025-03-20' },
    };
    const d = buildDashboard(
      input('2025-03-25', { cases: [{ clientId: 'a', data: poortwachterProjection(done) }] }),
    );
    expect(d.deadlines.map((r) => r.key)).toEqual([
      'uwv:d:voortgang-1',
      'pw:a:evaluatie-plan-van-aanpak-1',
    ]);
  });

  it('leaves out steps done before a takeover and steps marked n.v.t.', () => {
    const takenOver: PoortwachterCase = {
      ...sickFrom2025,
      takeover: { date: '2025-03-01', from: 'Arbodienst Oost' },
    };
    const settled = markDoneBeforeTakeover(
      setNotApplicable(takenOver, 'evaluatie-plan-van-aanpak-1', 'Werkhervatting op 1 april'),
      ['plan-van-aanpak'],
    );
    const d = buildDashboard(
      input('2025-03-25', { cases: [{ clientId: 'a', data: poortwachterProjection(settled) }] }),
    );
    expect(d.deadlines.map((r) => r.key)).toEqual(['uwv:d:voortgang-1']);
  });

  it('never carries a sick date', () => {
    const d = buildDashboard(input('2025-03-25'));
    expect(JSON.stringify(d.deadlines)).not.toContain('2025-01-01');
  });
});

describe('clients without contact for six weeks', () => {
  const today = '2025-03-25';
  const clients = [
    client('p', 'Priya Jansen'),
    client('q', 'Noor Bakker'),
    client('r', 'Sanne Berg', { createdOn: '2025-02-11' }),
    client('s', 'Jan Dijk', { createdOn: '2025-02-12' }),
    client('t', 'Ayşe Yılmaz', { archived: true }),
  ];

  it('includes 42 days without contact, not 41, and every client never contacted', () => {
    const logbook = summarizeLogbook(
      [
        contact('p', '2025-02-11T10:00'),
        contact('q', '2025-02-12T10:00'),
        // A contact planned in the future is not a contact yet.
        contact('p', '2025-04-01T10:00'),
      ],
      today,
    );
    const d = buildDashboard({ clients, cases: [], trajectories: [], logbook, today });
    expect(d.noContact).toEqual([
      {
        clientId: 'p',
        clientName: 'Priya Jansen',
        lastContact: '2025-02-11',
        since: '2025-02-11',
        days: 42,
      },
      {
        clientId: 'r',
        clientName: 'Sanne Berg',
        lastContact: null,
        since: '2025-02-11',
        days: 42,
      },
      // Never contacted counts however recently created (here 41 days ago).
      {
        clientId: 's',
        clientName: 'Jan Dijk',
        lastContact: null,
        since: '2025-02-12',
        days: 41,
      },
    ]);
  });

  it('sorts the longest silence first', () => {
    const logbook = summarizeLogbook([contact('q', '2025-01-02T10:00')], today);
    const d = buildDashboard({ clients, cases: [], trajectories: [], logbook, today });
    expect(d.noContact.map((r) => [r.clientName, r.days])).toEqual([
      ['Priya Jansen', 297],
      ['Noor Bakker', 82],
      ['Sanne Berg', 42],
      ['Jan Dijk', 41],
    ]);
  });

  it('counts a client created today without any contact', () => {
    const fresh = [client('n', 'Emre Çelik', { createdOn: today })];
    const d = buildDashboard({ clients: fresh, cases: [], trajectories: [], logbook: [], today });
    expect(d.noContact).toEqual([
      { clientId: 'n', clientName: 'Emre Çelik', lastContact: null, since: today, days: 0 },
    ]);
  });
});

describe('hours this month', () => {
  it('adds up the minutes dated in the current month, archived clients included', () => {
    const clients = [
      client('a', 'Anouk Visser'),
      client('b', 'Bram Smit', { archived: true }),
      client('c', 'Daan Meijer'),
    ];
    const logbook = summarizeLogbook(
      [
        contact('a', '2025-03-01T09:00', 90),
        contact('a', '2025-03-25T09:00', 30),
        contact('a', '2025-02-28T23:30', 60),
        contact('b', '2025-03-03T09:00', 45),
        contact('c', '2025-04-01T00:00', 60),
      ],
      '2025-03-25',
    );
    const d = buildDashboard({
      clients,
      cases: [],
      trajectories: [],
      logbook,
      today: '2025-03-25',
    });
    expect(d.hours).toEqual({
      month: '2025-03',
      totalMinutes: 165,
      perClient: [
        { clientId: 'a', clientName: 'Anouk Visser', minutes: 120 },
        { clientId: 'b', clientName: 'Bram Smit', minutes: 45 },
      ],
    });
  });
});

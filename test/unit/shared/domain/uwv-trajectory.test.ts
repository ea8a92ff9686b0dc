import { describe, expect, it } from 'vitest';
import { ClientRepository } from '../../../../renderer/vault/clients';
import { ClientRecords } from '../../../../renderer/vault/records';
import { emptyClientInput, validateClient } from '../../../../shared/domain/client';
import { LOGBOOK_KIND, type LogbookEntry } from '../../../../shared/domain/logbook';
import {
  addMonths,
  emptyTrajectoryInput,
  milestoneTimeline,
  minutesWithin,
  parseDutchNumber,
  trajectoryMilestones,
  trajectoryToInput,
  UWV_TRAJECTORY_KIND,
  validateTrajectory,
  type UwvTrajectory,
} from '../../../../shared/domain/uwv-trajectory';
import { fastKdf, makeVault, PASS } from '../../../fixtures/test-vault';

const dues = (t: Parameters<typeof trajectoryMilestones>[0]) =>
  trajectoryMilestones(t).map((m) => `${m.id} ${m.due}`);

describe('milestones per type', () => {
  it('Werkfit maken: plan within 4 weeks, progress report halfway, final report at the end', () => {
    // 2025-01-06 → 2025-07-06 is 181 days; halfway = +90 → 2025-04-06.
    expect(dues({ type: 'werkfit', startDate: '2025-01-06', endDate: '2025-07-06' })).toEqual([
      'plan 2025-02-03',
      'voortgang-1 2025-04-06',
      'eind 2025-07-06',
    ]);
    expect(dues({ type: 'naar-werk', startDate: '2025-01-06', endDate: '2025-07-06' })).toEqual([
      'plan 2025-02-03',
      'voortgang-1 2025-04-06',
      'eind 2025-07-06',
    ]);
  });

  it('jobcoaching: an accountability report every 6 months, the last replaced by the final one', () => {
    // From 31 August: 6 months later is the end of February.
    expect(dues({ type: 'jobcoaching', startDate: '2024-08-31', endDate: '2025-12-31' })).toEqual([
      'plan 2024-09-28',
      'verantwoording-1 2025-02-28',
      'verantwoording-2 2025-08-31',
      'eind 2025-12-31',
    ]);
    // A half-year mark on the end date is the final report, not a second report that day.
    expect(dues({ type: 'jobcoaching', startDate: '2025-01-31', endDate: '2026-01-31' })).toEqual([
      'plan 2025-02-28',
      'verantwoording-1 2025-07-31',
      'eind 2026-01-31',
    ]);
  });

  it('jobcoaching without an end date lists the first year and no final report', () => {
    expect(dues({ type: 'jobcoaching', startDate: '2025-01-15', endDate: '' })).toEqual([
      'plan 2025-02-12',
      'verantwoording-1 2025-07-15',
      'verantwoording-2 2026-01-15',
    ]);
  });

  it('IRO reports every 6 months; other types only have the plan and the final report', () => {
    expect(dues({ type: 'iro', startDate: '2024-01-10', endDate: '2025-03-01' })).toEqual([
      'plan 2024-02-07',
      'voortgang-1 2024-07-10',
      'voortgang-2 2025-01-10',
      'eind 2025-03-01',
    ]);
    expect(dues({ type: 'other', startDate: '2024-01-10', endDate: '2024-12-31' })).toEqual([
      'plan 2024-02-07',
      'eind 2024-12-31',
    ]);
  });

  it('has no milestones before the start date is known', () => {
    expect(trajectoryMilestones({ type: 'werkfit', startDate: '', endDate: '' })).toEqual([]);
  });

  it('adds months clamped to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-05-15', 12)).toBe('2025-05-15');
  });

  it('gives each milestone a state on today and keeps recorded done dates', () => {
    const t = {
      type: 'werkfit' as const,
      startDate: '2025-01-06',
      endDate: '2025-07-06',
      milestonesDone: { plan: '2025-02-01' },
    };
    expect(milestoneTimeline(t, '2025-03-23').map((m) => [m.id, m.state, m.daysLeft])).toEqual([
      ['plan', 'done', -48],
      ['voortgang-1', 'due-soon', 14],
      ['eind', 'upcoming', 105],
    ]);
    expect(milestoneTimeline(t, '2025-04-07')[1]).toMatchObject({ state: 'overdue' });
  });
});

describe('form input', () => {
  it('reads Dutch numbers for hours and budget', () => {
    expect(parseDutchNumber('40')).toBe(40);
    expect(parseDutchNumber('37,5')).toBe(37.5);
    expect(parseDutchNumber('4.250,50')).toBe(4250.5);
    expect(parseDutchNumber('€ 12.500')).toBe(12500);
    expect(parseDutchNumber('veertig')).toBeNull();
    expect(parseDutchNumber('1,2,3')).toBeNull();
  });

  it('requires a support level for jobcoaching and an end not before the start', () => {
    const base = { ...emptyTrajectoryInput(), type: 'jobcoaching' as const };
    expect(validateTrajectory(base)).toMatchObject({
      ok: false,
      errors: { supportLevel: 'validation.required' },
    });
    expect(
      validateTrajectory({
        ...base,
        supportLevel: 'medium',
        startDate: '01-03-2025',
        endDate: '28-02-2025',
      }),
    ).toMatchObject({ ok: false, errors: { endDate: 'trajectory.errors.endBeforeStart' } });
    expect(
      validateTrajectory({ ...emptyTrajectoryInput(), grantedHours: 'veertig' }),
    ).toMatchObject({ ok: false, errors: { grantedHours: 'trajectory.errors.hours' } });
  });

  it('stores ISO dates and numbers, drops a stale support level, and reads back as typed', () => {
    const r = validateTrajectory({
      ...emptyTrajectoryInput(),
      type: 'werkfit',
      supportLevel: 'light',
      regime: 'wia-wga',
      startDate: '6-1-2025',
      endDate: '06-07-2025',
      grantedHours: '40',
      budget: '4.250,50',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toMatchObject({
      supportLevel: '',
      startDate: '2025-01-06',
      endDate: '2025-07-06',
      grantedHours: 40,
      budget: 4250.5,
    });
    expect(trajectoryToInput(r.value)).toMatchObject({
      startDate: '06-01-2025',
      grantedHours: '40',
      // Dutch notation with cents, which typed back gives the same amount.
      budget: '4.250,50',
    });
  });
});

describe('hours spent from the logbook', () => {
  const entry = (at: string, durationMinutes: number) => ({ at, durationMinutes });

  it('counts entries from the start date through the end date', () => {
    const entries = [
      entry('2025-01-05T10:00', 60),
      entry('2025-01-06T09:00', 90),
      entry('2025-03-01T14:00', 45),
      entry('2025-07-06T16:00', 30),
      entry('2025-07-07T09:00', 120),
    ];
    const t = { startDate: '2025-01-06', endDate: '2025-07-06' };
    expect(minutesWithin(entries, t, '2025-12-01')).toBe(165);
    // Without an end date: up to today.
    expect(minutesWithin(entries, { ...t, endDate: '' }, '2025-03-01')).toBe(135);
    expect(minutesWithin(entries, { startDate: '', endDate: '' }, '2025-03-01')).toBeNull();
  });

  it('adds up logbook entries stored in the vault against the granted hours', async () => {
    const vault = makeVault();
    await vault.create(PASS, fastKdf());
    const fields = validateClient({ ...emptyClientInput(), achternaam: 'Bakker' });
    if (!fields.ok) throw new Error('fixture');
    const client = await new ClientRepository(vault).create(fields.value);
    const logbook = new ClientRecords<LogbookEntry>(vault, LOGBOOK_KIND);
    const save = (at: string, durationMinutes: number) =>
      logbook.save(client.id, {
        at,
        durationMinutes,
        contactType: 'face-to-face',
        participants: '',
        summary: 'Gesprek over werkplek',
        agreements: '',
        followUpDate: '',
        version: 1,
        createdAt: `${at}:00.000Z`,
        updatedAt: `${at}:00.000Z`,
      });
    await save('2025-02-03T10:00', 120);
    await save('2025-02-10T10:00', 90);
    await save('2024-12-20T10:00', 60);
    const trajectories = new ClientRecords<UwvTrajectory>(vault, UWV_TRAJECTORY_KIND);
    const r = validateTrajectory({
      ...emptyTrajectoryInput(),
      startDate: '01-02-2025',
      endDate: '31-07-2025',
      grantedHours: '40',
    });
    if (!r.ok) throw new Error('fixture');
    await trajectories.save(client.id, { ...r.value, milestonesDone: {} });

    const stored = await trajectories.single(client.id);
    const entries = (await logbook.list(client.id)).map((e) => e.data);
    expect(stored?.data.grantedHours).toBe(40);
    expect(minutesWithin(entries, stored?.data ?? r.value, '2025-03-01')).toBe(210);
  });
});

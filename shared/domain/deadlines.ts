/**
 * The deadline dashboard on the home screen, built from already decrypted data. Pure: the
 * caller passes `today` (the coach's local date).
 *
 * - Deadlines: every Poortwachter step and UWV milestone that is overdue or due within 14 days
 *   (today and today + 14 included), over all active clients, oldest first. Only cases whose
 *   employee is still sick within the waiting period count (see poortwachter-projection.ts:
 *   read from the deadline projection, so the dashboard never opens a sick date); steps done
 *   before a takeover or marked "n.v.t." are settled and never listed. Only
 *   trajectories whose eindrapportage is not done yet.
 * - Hours this month: logbook minutes dated in today's calendar month, in total and per client;
 *   archived clients included, because the hours were worked.
 * - No contact: active clients whose latest logbook contact on or before today is 42 days (six
 *   weeks) ago or longer, and every active client that never had a contact at all, however
 *   recently created (its days count from the day the client was created).
 *
 * Archived clients never show deadlines or a missing contact: they left the active caseload.
 * The rows carry the step and the client name, never a sick date: the dashboard is a list many
 * people can glance at, and the sick date is medical data.
 */
import { addDays, type IsoDate } from './iso-date';
import type { PoortwachterStepId } from './poortwachter';
import { daysBetween, DUE_SOON_DAYS } from './poortwachter-case';
import { projectedTimeline, type PoortwachterProjection } from './poortwachter-projection';
import {
  milestoneTimeline,
  trajectoryClosed,
  type MilestoneKind,
  type UwvTrajectory,
} from './uwv-trajectory';

export const NO_CONTACT_DAYS = 42;

export interface DashboardClient {
  id: string;
  name: string;
  archived: boolean;
  /** The coach's local date on which the client was created. */
  createdOn: IsoDate;
}

export interface ContactEntry {
  clientId: string;
  /** "YYYY-MM-DDTHH:mm" */
  at: string;
  durationMinutes: number;
}

export interface LogbookSummary {
  clientId: string;
  /** The latest contact date on or before today, if any. */
  lastContact: IsoDate | null;
  minutesThisMonth: number;
}

/** Per client: the latest contact up to today and the minutes in today's month. */
export function summarizeLogbook(
  entries: readonly ContactEntry[],
  today: IsoDate,
): LogbookSummary[] {
  const month = today.slice(0, 7);
  const byClient = new Map<string, LogbookSummary>();
  for (const e of entries) {
    let s = byClient.get(e.clientId);
    if (!s) {
      s = { clientId: e.clientId, lastContact: null, minutesThisMonth: 0 };
      byClient.set(e.clientId, s);
    }
    const day = e.at.slice(0, 10);
    if (day <= today && (s.lastContact === null || day > s.lastContact)) s.lastContact = day;
    if (day.slice(0, 7) === month) s.minutesThisMonth += e.durationMinutes;
  }
  return [...byClient.values()];
}

interface RowBase {
  /** Unique within the dashboard, for React keys. */
  key: string;
  clientId: string;
  clientName: string;
  due: IsoDate;
  state: 'overdue' | 'due-soon';
  daysLeft: number;
}

export type DeadlineRow =
  | (RowBase & { source: 'poortwachter'; step: PoortwachterStepId })
  | (RowBase & { source: 'uwv'; milestone: { id: string; kind: MilestoneKind; n: number } });

export interface HoursRow {
  clientId: string;
  clientName: string;
  minutes: number;
}

export interface NoContactRow {
  clientId: string;
  clientName: string;
  /** Null when the client was never contacted; then `days` counts from `createdOn`. */
  lastContact: IsoDate | null;
  /** The day counted from: the last contact, or the day the client was created. */
  since: IsoDate;
  days: number;
}

export interface DashboardData {
  today: IsoDate;
  /** Deadlines up to and including this day are shown. */
  horizon: IsoDate;
  deadlines: DeadlineRow[];
  hours: { month: string; totalMinutes: number; perClient: HoursRow[] };
  noContact: NoContactRow[];
}

export interface DashboardInput {
  clients: readonly DashboardClient[];
  /** The deadline projections of the Poortwachter cases: the sick dates stay sealed. */
  cases: readonly { clientId: string; data: PoortwachterProjection }[];
  trajectories: readonly { clientId: string; data: UwvTrajectory }[];
  logbook: readonly LogbookSummary[];
  today: IsoDate;
}

const byName = (a: { clientName: string }, b: { clientName: string }) =>
  a.clientName.localeCompare(b.clientName, 'nl');

export function buildDashboard(input: DashboardInput): DashboardData {
  const { today } = input;
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const active = (id: string) => {
    const c = clients.get(id);
    return c && !c.archived ? c : undefined;
  };

  const deadlines: (DeadlineRow & { order: number })[] = [];
  for (const { clientId, data } of input.cases) {
    const client = active(clientId);
    if (!client) continue;
    const timeline = projectedTimeline(data, today);
    if (timeline.status !== 'sick') continue;
    timeline.items.forEach((item, order) => {
      if (item.state !== 'overdue' && item.state !== 'due-soon') return;
      deadlines.push({
        key: `pw:${clientId}:${item.step.id}`,
        source: 'poortwachter',
        step: item.step.id,
        clientId,
        clientName: client.name,
        due: item.due,
        state: item.state,
        daysLeft: item.daysLeft,
        order,
      });
    });
  }
  for (const { clientId, data } of input.trajectories) {
    const client = active(clientId);
    if (!client || trajectoryClosed(data)) continue;
    milestoneTimeline(data, today).forEach((m, order) => {
      if (m.state !== 'overdue' && m.state !== 'due-soon') return;
      deadlines.push({
        key: `uwv:${clientId}:${m.id}`,
        source: 'uwv',
        milestone: { id: m.id, kind: m.kind, n: m.n },
        clientId,
        clientName: client.name,
        due: m.due,
        state: m.state,
        daysLeft: m.daysLeft,
        order: 100 + order,
      });
    });
  }
  deadlines.sort(
    (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || byName(a, b) || a.order - b.order,
  );

  const month = today.slice(0, 7);
  const summaries = new Map(input.logbook.map((s) => [s.clientId, s]));
  const perClient: HoursRow[] = [];
  let totalMinutes = 0;
  for (const s of input.logbook) {
    const client = clients.get(s.clientId);
    if (!client || s.minutesThisMonth <= 0) continue;
    totalMinutes += s.minutesThisMonth;
    perClient.push({ clientId: s.clientId, clientName: client.name, minutes: s.minutesThisMonth });
  }
  perClient.sort((a, b) => b.minutes - a.minutes || byName(a, b));

  const noContact: NoContactRow[] = [];
  for (const client of input.clients) {
    if (client.archived) continue;
    const lastContact = summaries.get(client.id)?.lastContact ?? null;
    const since = lastContact ?? client.createdOn;
    const days = daysBetween(since, today);
    // Never contacted: always listed, or "everyone was seen" would be said of a new caseload.
    if (lastContact === null || days >= NO_CONTACT_DAYS) {
      noContact.push({ clientId: client.id, clientName: client.name, lastContact, since, days });
    }
  }
  noContact.sort((a, b) => b.days - a.days || byName(a, b));

  return {
    today,
    horizon: addDays(today, DUE_SOON_DAYS),
    deadlines: deadlines.map(({ order: _order, ...row }) => row),
    hours: { month, totalMinutes, perClient },
    noContact,
  };
}

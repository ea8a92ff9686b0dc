import type { Deadline } from '../../../shared/sync/staff-api';

/** The office view looks this many days ahead, today and the last day included (as the coach's dashboard does). */
export const DEADLINE_HORIZON_DAYS = 14;

export interface DeadlineItem extends Deadline {
  /** Negative when overdue. */
  daysLeft: number;
}

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * Splits the office's open deadlines into overdue (before today) and due within the next
 * 14 days, oldest first. Done steps and later ones are left out. Pure: `today` is the
 * office's date from the same answer, so a browser in another time zone sees the same list.
 */
export function splitDeadlines(
  deadlines: readonly Deadline[],
  today: string,
): { overdue: DeadlineItem[]; upcoming: DeadlineItem[] } {
  const t = dayNumber(today);
  const open = deadlines
    .filter((d) => d.done === null)
    .map((d) => ({ ...d, daysLeft: dayNumber(d.due) - t }))
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft ||
        a.displayName.localeCompare(b.displayName, 'nl') ||
        a.stepId.localeCompare(b.stepId),
    );
  return {
    overdue: open.filter((d) => d.daysLeft < 0),
    upcoming: open.filter((d) => d.daysLeft >= 0 && d.daysLeft <= DEADLINE_HORIZON_DAYS),
  };
}

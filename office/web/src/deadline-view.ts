import type { Deadline } from '../../../shared/sync/staff-api';

export interface DeadlineItem extends Deadline {
  /** Negative when overdue. */
  daysLeft: number;
}

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * The service's lists with the days left counted from the office's `today` (from the same
 * answer, so a browser in another time zone shows the same numbers), oldest first and, on
 * the same day, by client name.
 */
export function withDaysLeft(deadlines: readonly Deadline[], today: string): DeadlineItem[] {
  const t = dayNumber(today);
  return deadlines
    .map((d) => ({ ...d, daysLeft: dayNumber(d.due) - t }))
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft ||
        (a.displayName ?? '').localeCompare(b.displayName ?? '', 'nl') ||
        a.step.localeCompare(b.step),
    );
}

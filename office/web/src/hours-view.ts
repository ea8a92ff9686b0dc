import type { HoursRow } from '../../../shared/sync/staff-api';

export interface CoachHours {
  coach: string;
  /** Hours by month ("2026-11"). */
  byMonth: Map<string, number>;
  total: number;
}

/** Sums to whole hundredths, so 0.1 + 0.2 shows as 0,3 and the totals match the CSV. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Hours per coach and per month, coaches in Dutch order; rows without a coach under `unassigned`. */
export function hoursByCoach(
  rows: readonly HoursRow[],
  unassigned: string,
): { months: string[]; coaches: CoachHours[]; totalByMonth: Map<string, number>; total: number } {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const coaches = new Map<string, CoachHours>();
  const totalByMonth = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    const name = r.coachName || unassigned;
    let c = coaches.get(name);
    if (!c) {
      c = { coach: name, byMonth: new Map(), total: 0 };
      coaches.set(name, c);
    }
    c.byMonth.set(r.month, round2((c.byMonth.get(r.month) ?? 0) + r.hours));
    c.total = round2(c.total + r.hours);
    totalByMonth.set(r.month, round2((totalByMonth.get(r.month) ?? 0) + r.hours));
    total = round2(total + r.hours);
  }
  return {
    months,
    coaches: [...coaches.values()].sort((a, b) => a.coach.localeCompare(b.coach, 'nl')),
    totalByMonth,
    total,
  };
}

export interface CsvHeaders {
  coach: string;
  month: string;
  activity: string;
  hours: string;
}

/**
 * A cell as Dutch spreadsheet programs read it: quoted when it holds the separator, a quote
 * or a line break; and a leading =, +, -, @, tab or carriage return defused with an
 * apostrophe, so a client name cannot become a formula in the invoicing sheet (CSV
 * injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The invoicing export: one line per coach, month and activity, as the service sums them,
 * sorted by coach, month and activity. Semicolons and a decimal comma, as Excel reads CSV in
 * a Dutch locale; CRLF line ends; a byte order mark so accented names open right.
 */
export function hoursCsv(rows: readonly HoursRow[], headers: CsvHeaders): string {
  const sorted = [...rows].sort(
    (a, b) =>
      a.coachName.localeCompare(b.coachName, 'nl') ||
      a.month.localeCompare(b.month) ||
      a.activity.localeCompare(b.activity, 'nl'),
  );
  const lines = [
    [headers.coach, headers.month, headers.activity, headers.hours],
    ...sorted.map((r) => [
      r.coachName,
      r.month,
      r.activity,
      round2(r.hours).toFixed(2).replace('.', ','),
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

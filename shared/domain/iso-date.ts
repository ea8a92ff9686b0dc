/**
 * Calendar dates as `YYYY-MM-DD` strings and as whole day numbers (days since 1970-01-01).
 *
 * Deadlines are calendar days, not instants. Working on integer day numbers instead of `Date`
 * objects means no time zone or DST transition can ever move a deadline by a day, and the
 * code stays environment-free. The conversions are Howard Hinnant's `days_from_civil` /
 * `civil_from_days` algorithms for the proleptic Gregorian calendar.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01 (that day is 0). */
export type DayNumber = number;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  // The algorithm starts the year on 1 March so that the leap day is the last day of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: DayNumber): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of a valid `YYYY-MM-DD` date, or `undefined` (e.g. `2023-02-29`, `2024-1-1`). */
export function tryParseIsoDate(value: unknown): DayNumber | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const days = daysFromCivil(year, month, day);
  // Day 31 of a 30-day month would silently roll over; the round trip catches it.
  const back = civilFromDays(days);
  return back.month === month && back.day === day ? days : undefined;
}

/** The day number of a `YYYY-MM-DD` date; throws a `RangeError` on anything else. */
export function parseIsoDate(value: string): DayNumber {
  const days = tryParseIsoDate(value);
  if (days === undefined) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  return days;
}

/** The `YYYY-MM-DD` form of a day number (years 0000–9999 only, as the format allows). */
export function formatIsoDate(days: DayNumber): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole day number: ${days}`);
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} does not fit YYYY-MM-DD`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day number of a calendar date given as numbers (month 1–12). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return daysFromCivil(year, month, day);
}

/** The calendar year a day number falls in. */
export function yearOf(days: DayNumber): number {
  return civilFromDays(days).year;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(days: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DD` plus a number of calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + days);
}

/**
 * Dutch public holidays as the Algemene termijnenwet (Atw) counts them: a statutory deadline
 * that ends on a Saturday, Sunday or one of these days moves to the next day that is none of
 * them (Atw art. 1). The list is art. 3 lid 1 (Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag,
 * tweede Pinksterdag, both Christmas days, the day the King's birthday is celebrated, 5 May)
 * plus Goede Vrijdag (art. 3 lid 2).
 *
 * Not included: Easter Sunday and Whit Sunday (always Sundays, so they never change a working
 * day), and the bridge days the government equates with holidays by a separate decree every
 * few years (art. 3 lid 3): those are political choices, not a rule, and cannot be computed.
 * The current Atw list is applied to every supported year.
 */
import { dayNumber, formatIsoDate, isoWeekday, parseIsoDate, yearOf } from './iso-date';
import type { DayNumber, IsoDate } from './iso-date';

/** Koninginnedag moved to 30 April in 1980; earlier years followed other rules. */
export const FIRST_SUPPORTED_HOLIDAY_YEAR = 1980;

export type DutchHolidayId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

export interface DutchHoliday {
  id: DutchHolidayId;
  date: IsoDate;
  nameNl: string;
  nameEn: string;
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_HOLIDAY_YEAR || year > 9999) {
    throw new RangeError(
      `Dutch holidays are computed for ${FIRST_SUPPORTED_HOLIDAY_YEAR}–9999, not ${year}`,
    );
  }
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian / Meeus–Jones–Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Gregorian Easter is defined for 1583–9999, not ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(dayNumber(year, month, day));
}

/**
 * The day the monarch's birthday is celebrated. Since 2014 Koningsdag is 27 April; 1980–2013
 * Koninginnedag was 30 April. When that date is a Sunday it is celebrated on the Saturday
 * before (26 resp. 29 April).
 */
export function koningsdag(year: number): IsoDate {
  assertSupportedYear(year);
  const date = dayNumber(year, 4, year >= 2014 ? 27 : 30);
  return formatIsoDate(isoWeekday(date) === 7 ? date - 1 : date);
}

/** The Atw holidays of one year, sorted by date. */
export function dutchPublicHolidays(year: number): DutchHoliday[] {
  assertSupportedYear(year);
  const easter = parseIsoDate(easterSunday(year));
  const at = (days: DayNumber) => formatIsoDate(days);
  const holidays: DutchHoliday[] = [
    {
      id: 'nieuwjaarsdag',
      date: at(dayNumber(year, 1, 1)),
      nameNl: 'Nieuwjaarsdag',
      nameEn: "New Year's Day",
    },
    { id: 'goede-vrijdag', date: at(easter - 2), nameNl: 'Goede Vrijdag', nameEn: 'Good Friday' },
    {
      id: 'tweede-paasdag',
      date: at(easter + 1),
      nameNl: 'Tweede Paasdag',
      nameEn: 'Easter Monday',
    },
    { id: 'koningsdag', date: koningsdag(year), nameNl: 'Koningsdag', nameEn: "King's Day" },
    {
      id: 'bevrijdingsdag',
      date: at(dayNumber(year, 5, 5)),
      nameNl: 'Bevrijdingsdag',
      nameEn: 'Liberation Day',
    },
    {
      id: 'hemelvaartsdag',
      date: at(easter + 39),
      nameNl: 'Hemelvaartsdag',
      nameEn: 'Ascension Day',
    },
    {
      id: 'tweede-pinksterdag',
      date: at(easter + 50),
      nameNl: 'Tweede Pinksterdag',
      nameEn: 'Whit Monday',
    },
    {
      id: 'eerste-kerstdag',
      date: at(dayNumber(year, 12, 25)),
      nameNl: 'Eerste Kerstdag',
      nameEn: 'Christmas Day',
    },
    {
      id: 'tweede-kerstdag',
      date: at(dayNumber(year, 12, 26)),
      nameNl: 'Tweede Kerstdag',
      nameEn: 'Boxing Day',
    },
  ];
  // Easter moves: Hemelvaartsdag can fall before or on 5 May (2005, 2016), so sort by date.
  // Same-date holidays both stay listed; the sort is stable.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Whether a date is an Atw holiday (Saturdays and Sundays are not holidays by themselves). */
export function isDutchPublicHoliday(date: IsoDate): boolean {
  const days = parseIsoDate(date);
  return dutchPublicHolidays(yearOf(days)).some((holiday) => holiday.date === date);
}

/** Monday–Friday and not an Atw holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = isoWeekday(parseIsoDate(date));
  return weekday <= 5 && !isDutchPublicHoliday(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDayAfter(date: IsoDate): IsoDate {
  let days = parseIsoDate(date) + 1;
  // At most a long weekend plus a few holidays in a row; the bound only guards the loop.
  for (let guard = 0; guard < 14; guard += 1, days += 1) {
    const candidate = formatIsoDate(days);
    if (isWorkingDay(candidate)) return candidate;
  }
  throw new RangeError(`No working day within two weeks after ${date}`);
}

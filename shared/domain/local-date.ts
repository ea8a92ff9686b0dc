import type { IsoDate } from './iso-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** The coach's local calendar date: deadlines are days on the coach's wall calendar. */
export const localIsoDate = (d: Date = new Date()): IsoDate =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The local date of an ISO timestamp such as a client's `createdAt`. */
export const localDateOfTimestamp = (timestamp: string): IsoDate =>
  localIsoDate(new Date(timestamp));

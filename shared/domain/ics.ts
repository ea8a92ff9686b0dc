/**
 * A small iCalendar (RFC 5545) writer for all-day events: enough for the agenda's export, and
 * small enough to test line by line (no dependency for ~80 lines). What it guarantees:
 * - CRLF after every line, the last one included (§3.1);
 * - lines folded at 75 octets of UTF-8, never inside a character, continued with one space
 *   (§3.1);
 * - TEXT values escaped: backslash, semicolon, comma and newlines (§3.3.11);
 * - all-day events as DTSTART;VALUE=DATE with DTEND the next day (§3.6.1: DTEND is
 *   exclusive), a DTSTAMP in UTC and a UID the caller keeps stable, so importing a newer
 *   file updates the event rather than adding a second one.
 */
import { addDays, type IsoDate } from './iso-date';

export interface IcsEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description?: string;
}

/** §3.3.11: backslash first, so the escapes added after it are not escaped again. */
export const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** §3.1: at most 75 octets a line; a continuation line starts with one space. */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const basicDate = (iso: IsoDate) => iso.replace(/-/g, '');

/** "20261130T081500Z" */
export const utcStamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function icsCalendar(
  events: readonly IcsEvent[],
  opts: { now: Date; name?: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koers//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(opts.name ? [`X-WR-CALNAME:${escapeText(opts.name)}`] : []),
  ];
  const stamp = utcStamp(opts.now);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      // A reminder to act, not time the coach is busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

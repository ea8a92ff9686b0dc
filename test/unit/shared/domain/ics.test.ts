import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, utcStamp } from '../../../../shared/domain/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('een\ntwee\r\ndrie\rvier')).toBe('een\\ntwee\\ndrie\\nvier');
    // The backslash of an escape is not escaped again.
    expect(escapeText('\\;')).toBe('\\\\\\;');
    expect(escapeText('Vervolg: Emre Ç.')).toBe('Vervolg: Emre Ç.');
  });

  it('folds at 75 octets with a leading space, never inside a UTF-8 character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const long = `SUMMARY:${'ab'.repeat(60)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBe(2);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]?.startsWith(' ')).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back.
    expect(foldLine(long).replace(/\r\n /g, '')).toBe(long);

    // Two-byte characters (ş, ğ, Ç): a line boundary falls between characters.
    const turkish = `SUMMARY:${'şğÇ'.repeat(40)}`;
    const lines = foldLine(turkish).split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
    expect(foldLine(turkish).replace(/\r\n /g, '')).toBe(turkish);
  });

  it('writes a calendar of all-day events with CRLF endings, a UTC stamp and stable UIDs', () => {
    const now = new Date('2026-11-30T08:15:00.123Z');
    const text = icsCalendar(
      [
        { uid: 'abc@koers', date: '2026-11-30', summary: 'Vervolg: Emre Ç.' },
        { uid: 'def@koers', date: '2026-12-31', summary: 'Vervolg: Jan d., Piet; en \\ zo' },
      ],
      { now, name: 'Koers: vervolgafspraken' },
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every line ends in CRLF; no bare LF or CR anywhere.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Koers//Agenda//NL',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Koers: vervolgafspraken');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:abc@koers');
    expect(lines).toContain('DTSTAMP:20261130T081500Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261130');
    expect(lines).toContain('DTEND;VALUE=DATE:20261201');
    // The year turns over on DTEND.
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:Vervolg: Jan d.\\, Piet\\; en \\\\ zo');
    expect(utcStamp(now)).toBe('20261130T081500Z');
  });

  it('an empty agenda is still a valid calendar', () => {
    expect(icsCalendar([], { now: new Date(0) })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Koers//Agenda//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});

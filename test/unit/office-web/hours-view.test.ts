import { describe, expect, it } from 'vitest';
import { csvCell, hoursByCoach, hoursCsv } from '../../../office/web/src/hours-view';
import type { HoursRow } from '../../../shared/sync/staff-api';

const row = (over: Partial<HoursRow>): HoursRow => ({
  coachId: 'c1',
  coachName: 'Sanne de Vries',
  month: '2026-11',
  activity: 'coaching',
  hours: 1,
  ...over,
});

const HEADERS = { coach: 'Coach', month: 'Maand', activity: 'Activiteit', hours: 'Uren' };

describe('hours per coach and month', () => {
  it('sums per coach and month in hundredths, coaches in Dutch order, a nameless coach on its own line', () => {
    const s = hoursByCoach(
      [
        row({ hours: 0.1 }),
        row({ hours: 0.2 }),
        row({ month: '2026-10', hours: 2 }),
        row({ coachId: 'c2', coachName: 'Ömer Aydın', hours: 3 }),
        row({ coachId: 'c9', coachName: '', hours: 4 }),
      ],
      'Zonder coach',
    );
    expect(s.months).toEqual(['2026-10', '2026-11']);
    // "Ö" sorts with "O" in Dutch, before "S" and "Z".
    expect(s.coaches.map((c) => c.coach)).toEqual(['Ömer Aydın', 'Sanne de Vries', 'Zonder coach']);
    const sanne = s.coaches[1];
    expect(sanne?.byMonth.get('2026-11')).toBe(0.3);
    expect(sanne?.total).toBe(2.3);
    expect(s.totalByMonth.get('2026-11')).toBe(7.3);
    expect(s.total).toBe(9.3);
  });
});

describe('the invoicing CSV', () => {
  it('is semicolon separated with a decimal comma, a BOM and CRLF, sorted for invoicing', () => {
    const csv = hoursCsv(
      [
        row({ activity: 'rapportage', hours: 2.5 }),
        row({ month: '2026-10', hours: 1 / 3 }),
        row({ coachName: 'Anna Smit', hours: 1234.5 }),
      ],
      HEADERS,
    );
    expect(csv).toBe(
      '\uFEFF' +
        'Coach;Maand;Activiteit;Uren\r\n' +
        'Anna Smit;2026-11;coaching;1234,50\r\n' +
        'Sanne de Vries;2026-10;coaching;0,33\r\n' +
        'Sanne de Vries;2026-11;rapportage;2,50\r\n',
    );
  });

  it('quotes a cell with a separator, a quote or a line break', () => {
    expect(csvCell('de Boer; Jan')).toBe('"de Boer; Jan"');
    expect(csvCell('Jan "JJ" de Boer')).toBe('"Jan ""JJ"" de Boer"');
    expect(csvCell('regel\nnieuw')).toBe('"regel\nnieuw"');
    expect(csvCell('gewoon')).toBe('gewoon');
  });

  it('defuses a name that a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+31 6', '-2+3', '@SUM(A1)', '\t=1']) {
      const cell = csvCell(evil);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    const csv = hoursCsv([row({ coachName: '=cmd|calc' })], HEADERS);
    expect(csv).toContain("\r\n'=cmd|calc;");
  });
});

import type { Label } from '../records/registry';

/**
 * logboek.csv for a spreadsheet: semicolons and a byte-order mark, as Dutch Excel expects;
 * every cell quoted. A cell that starts like a formula gets a leading apostrophe, so
 * opening the file never runs one (CSV injection).
 */
export function toCsv(
  columns: readonly { key: string; label: Label }[],
  rows: readonly Record<string, unknown>[],
  language: 'nl' | 'en',
): string {
  const cell = (v: unknown): string => {
    let s =
      v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const lines = [columns.map((c) => cell(c.label[language])).join(';')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.key])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { describe, expect, it } from 'vitest';
import {
  clientLabel,
  detailText,
  formatAuditTime,
  formatCount,
  selectEntries,
  shortHash,
} from '../../../../../renderer/features/audit/audit-format';
import type { AuditEntry } from '../../../../../renderer/vault/audit';

const entry = (seq: number, over: Partial<AuditEntry>): AuditEntry => ({
  seq,
  at: `2026-03-0${seq}T09:00:00.000Z`,
  prev: '',
  action: 'unlock',
  clientId: null,
  ...over,
});

const log: AuditEntry[] = [
  entry(1, { detail: 'passphrase' }),
  entry(2, { action: 'compartment-open', clientId: 'c1', purpose: 'Rapportage UWV' }),
  entry(3, { action: 'export', clientId: 'c2', purpose: 'Inzageverzoek cliënt' }),
  entry(4, { action: 'compartment-open', clientId: 'c2', purpose: 'Overleg bedrijfsarts' }),
];

describe('audit viewer formatting', () => {
  it('lists newest first and filters by action', () => {
    const all = { action: 'all', query: '' } as const;
    expect(selectEntries(log, all).map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(selectEntries(log, { action: 'compartment-open', query: '' }).map((e) => e.seq)).toEqual(
      [4, 2],
    );
  });

  it('searches purpose and detail without case or accents, including translated details', () => {
    expect(selectEntries(log, { action: 'all', query: 'CLIENT' }).map((e) => e.seq)).toEqual([3]);
    expect(selectEntries(log, { action: 'all', query: '  uwv ' }).map((e) => e.seq)).toEqual([2]);
    const nl = (key: string) => (key === 'audit.details.passphrase' ? 'met wachtwoordzin' : key);
    const shown = (e: AuditEntry) => detailText(e, nl, 'nl');
    expect(
      selectEntries(log, { action: 'all', query: 'wachtwoordzin' }, shown).map((e) => e.seq),
    ).toEqual([1]);
    expect(selectEntries(log, { action: 'export', query: 'uwv' })).toEqual([]);
  });

  it('names a known client, and an erased one by its short id only', () => {
    const clients = {
      c1: { voornaam: 'Jan', voorletters: 'J.', tussenvoegsel: 'de', achternaam: 'Vries' },
    };
    expect(clientLabel(null, clients)).toEqual({ kind: 'none' });
    expect(clientLabel('c1', clients)).toEqual({ kind: 'known', name: 'Jan de Vries' });
    expect(clientLabel('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', clients)).toEqual({
      kind: 'unknown',
      shortId: '0f1e2d3c',
    });
  });

  it('formats times, counts, the head hash and the details Koers writes', () => {
    expect(formatAuditTime('2026-03-04T09:05:07.000Z', 'nl')).toMatch(/^04-03-2026 \d\d:05:07$/);
    expect(formatAuditTime('2026-03-04T09:05:07.000Z', 'en')).toMatch(/^04\/03\/2026 \d\d:05:07$/);
    expect(formatAuditTime('not a date', 'nl')).toBe('not a date');
    expect(formatCount(1234, 'nl')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(shortHash('a1b2c3d4e5f6')).toBe('a1b2c3d4');
    const key = (k: string) => k;
    expect(detailText(entry(1, { detail: 'passphrase' }), key, 'nl')).toBe(
      'audit.details.passphrase',
    );
    expect(detailText(entry(1, { detail: 'quick unlock (OS keychain)' }), key, 'nl')).toBe(
      'audit.details.quickUnlock',
    );
    expect(detailText(entry(1, { detail: 'iets anders' }), key, 'nl')).toBe('iets anders');
    expect(detailText(entry(1, {}), key, 'nl')).toBe('');
  });
});

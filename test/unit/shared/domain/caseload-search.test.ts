import { describe, expect, it } from 'vitest';
import {
  compareEntries,
  searchCaseload,
  toCaseloadEntry,
} from '../../../../shared/domain/caseload-search';
import { emptyClientInput, validateClient, type Client } from '../../../../shared/domain/client';

let n = 0;
function client(over: Partial<Client>): Client {
  const r = validateClient({ ...emptyClientInput(), achternaam: 'X' });
  if (!r.ok) throw new Error('fixture');
  return {
    ...r.value,
    id: `id${++n}`,
    archived: false,
    archivedAt: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const entries = [
  client({
    voornaam: 'Jan',
    tussenvoegsel: 'de',
    achternaam: 'Vries',
    woonplaats: 'Utrecht',
    clientnummer: 'K-0001',
  }),
  client({ voornaam: 'Ayşe', achternaam: 'Çelik', woonplaats: 'Zwolle', clientnummer: 'K-0002' }),
  client({
    voornaam: 'Piet',
    achternaam: 'Bakker',
    woonplaats: 'Utrecht',
    clientnummer: 'K-0003',
    archived: true,
  }),
  client({
    voornaam: 'Anna',
    tussenvoegsel: 'van der',
    achternaam: 'Berg',
    woonplaats: 'Assen',
    clientnummer: 'K-0004',
  }),
].map(toCaseloadEntry);

const names = (q: string, includeArchived = false) =>
  searchCaseload(entries, q, { includeArchived }).map((e) => e.name);

describe('caseload search', () => {
  it('finds by part of a name, ignoring case and accents', () => {
    expect(names('vri')).toEqual(['Jan de Vries']);
    expect(names('celik')).toEqual(['Ayşe Çelik']);
    expect(names('AYSE')).toEqual(['Ayşe Çelik']);
  });
  it('finds by city and by client number', () => {
    expect(names('utrecht')).toEqual(['Jan de Vries']);
    expect(names('k-0004')).toEqual(['Anna van der Berg']);
  });
  it('needs every word to match', () => {
    expect(names('jan zwolle')).toEqual([]);
    expect(names('jan utrecht')).toEqual(['Jan de Vries']);
  });
  it('hides archived clients unless asked', () => {
    expect(names('bakker')).toEqual([]);
    expect(names('bakker', true)).toEqual(['Piet Bakker']);
  });
  it('sorts on surname without tussenvoegsel', () => {
    expect([...entries].sort(compareEntries).map((e) => e.name)).toEqual([
      'Piet Bakker',
      'Anna van der Berg',
      'Ayşe Çelik',
      'Jan de Vries',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  filterLogbook,
  logbookHaystack,
  newLogbookInput,
  type LogbookFields,
} from '../../../../shared/domain/logbook';

const entry = (over: Partial<LogbookFields>) => {
  const data = { ...newLogbookInput(new Date(2026, 0, 1)), ...over } as LogbookFields;
  return { data, haystack: logbookHaystack(data) };
};

const entries = [
  entry({
    at: '2026-11-20T10:00',
    contactType: 'phone',
    summary: 'Belde over de proefplaatsing bij de gemeente',
  }),
  entry({
    at: '2026-11-02T09:00',
    contactType: 'face-to-face',
    summary: 'Huisbezoek, cv doorgenomen',
    agreements: 'Sollicitatie Ikea',
  }),
  entry({
    at: '2026-10-01T09:00',
    contactType: 'email',
    summary: 'Verslag gestuurd',
    participants: 'Mevr. Özdemir',
  }),
];

const summaries = (f: Partial<Parameters<typeof filterLogbook>[1]>) =>
  filterLogbook(entries, { query: '', contactType: 'all', from: '', to: '', ...f }).map(
    (e) => e.data.summary,
  );

describe('logbook filter', () => {
  it('searches summary, agreements and participants, ignoring case and accents', () => {
    expect(summaries({ query: 'PROEFPLAATS' })).toHaveLength(1);
    expect(summaries({ query: 'ikea' })).toEqual(['Huisbezoek, cv doorgenomen']);
    expect(summaries({ query: 'ozdemir' })).toEqual(['Verslag gestuurd']);
  });
  it('filters by contact type and an inclusive period', () => {
    expect(summaries({ contactType: 'phone' })).toHaveLength(1);
    expect(summaries({ from: '2026-11-02', to: '2026-11-20' })).toHaveLength(2);
    expect(summaries({ from: '2026-11-03' })).toHaveLength(1);
    expect(summaries({ to: '2026-10-01' })).toEqual(['Verslag gestuurd']);
  });
});

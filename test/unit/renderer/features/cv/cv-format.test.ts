import { describe, expect, it } from 'vitest';
import {
  cvFileName,
  cvPerson,
  formatAddress,
  formatPeriod,
} from '../../../../../renderer/features/cv/cv-format';
import { BSN, person } from './fixtures';

describe('CV formatting', () => {
  it('names the file after the client, surname first, without characters a disk refuses', () => {
    expect(cvFileName(person())).toBe('CV-de-Vries-Jan.pdf');
    expect(cvFileName(person({ voornaam: 'Ayşe', tussenvoegsel: '', achternaam: 'Yılmaz' }))).toBe(
      'CV-Yılmaz-Ayşe.pdf',
    );
    expect(
      cvFileName(person({ voornaam: '', voorletters: 'J.P.', achternaam: 'Bakker/Smit' })),
    ).toBe('CV-de-BakkerSmit-J.P..pdf');
  });

  it('writes periods with month names in the chosen language', () => {
    expect(formatPeriod('2015-09', 'heden', 'nl', 'heden')).toBe('sep. 2015 – heden');
    expect(formatPeriod('2015-09', 'heden', 'en', 'present')).toBe('Sep 2015 – present');
    expect(formatPeriod('2010', '2014-06', 'nl', 'heden')).toBe('2010 – jun. 2014');
    expect(formatPeriod('', '2014', 'nl', 'heden')).toBe('2014');
    expect(formatPeriod('', '', 'nl', 'heden')).toBe('');
  });

  it('writes the address from whatever parts are filled in', () => {
    expect(formatAddress(person({ toevoeging: 'bis' }))).toBe(
      'Stationsstraat 12 bis, 3511 AB Utrecht',
    );
    expect(formatAddress(person({ straat: '', huisnummer: '', postcode: '' }))).toBe('Utrecht');
  });

  it('copies only the fields a CV may use: no BSN, no client number', () => {
    const picked = cvPerson(person());
    expect(Object.keys(picked)).not.toContain('bsn');
    expect(Object.keys(picked)).not.toContain('clientnummer');
    expect(JSON.stringify(picked)).not.toContain(BSN);
  });
});

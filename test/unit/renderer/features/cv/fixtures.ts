import {
  emptyClientInput,
  validateClient,
  type ClientFields,
} from '../../../../../shared/domain/client';
import { emptyCv, type Cv } from '../../../../../shared/domain/cv';

export const BSN = '111222333';

export function person(overrides: Partial<ReturnType<typeof emptyClientInput>> = {}): ClientFields {
  const r = validateClient({
    ...emptyClientInput(),
    voornaam: 'Jan',
    tussenvoegsel: 'de',
    achternaam: 'Vries',
    geboortedatum: '12-03-1985',
    straat: 'Stationsstraat',
    huisnummer: '12',
    postcode: '3511AB',
    woonplaats: 'Utrecht',
    telefoon: '0612345678',
    email: 'jan@example.nl',
    clientnummer: 'K-1001',
    bsn: BSN,
    ...overrides,
  });
  if (!r.ok) throw new Error(`fixture: ${JSON.stringify(r.errors)}`);
  return r.value;
}

const period = { from: '', to: '' };

export function fullCv(): Cv {
  return {
    ...emptyCv(),
    profile:
      'Betrouwbare en nauwkeurige magazijnmedewerker met acht jaar ervaring.\nZoekt werk in de logistiek in de regio Utrecht.',
    work: [
      {
        id: 'w1',
        jobTitle: 'Orderpicker',
        employer: 'Bol.com',
        place: 'Waalwijk',
        description: 'Orders verzamelen met de handscanner. Teamleider bij afwezigheid.',
        ...period,
        from: '2018-03',
        to: 'heden',
      },
      {
        id: 'w2',
        jobTitle: 'Kok',
        employer: 'Restaurant De Zon',
        place: 'Utrecht',
        description: '',
        from: '2012',
        to: '2018-02',
      },
    ],
    education: [
      {
        id: 'e1',
        title: 'MBO Logistiek medewerker (niveau 2)',
        institution: 'ROC Midden Nederland',
        place: 'Utrecht',
        diploma: true,
        notes: '',
        from: '2010-09',
        to: '2012-06',
      },
    ],
    courses: [{ id: 'c1', name: 'VCA Basis', issuer: 'SSVV', date: '2021-02', validUntil: '2031' }],
    skills: [
      { id: 's1', name: 'Heftruck rijden', description: 'reachtruck en elektrische pallettruck' },
    ],
    languages: [
      { id: 'l1', language: 'Nederlands', level: 'moedertaal' },
      { id: 'l2', language: 'Engels', level: 'B1' },
    ],
    licences: ['B', 'BE'],
    mobility: { ownCar: true, publicTransport: false, bicycle: true, maxTravelMinutes: 45 },
    references: [
      {
        id: 'r1',
        name: 'Petra Smit',
        relation: 'Teamleider bij Bol.com',
        contact: '06 98765432',
        onRequestOnly: false,
      },
    ],
  };
}

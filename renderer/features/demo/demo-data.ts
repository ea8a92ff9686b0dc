/**
 * The demo caseload: about 25 fictional clients with a history a coach recognises. Pure and
 * deterministic: the same seed and the same `today` give the same plan, and every date is
 * counted from `today`, so deadlines, follow-ups and "no contact in 6 weeks" are current
 * whenever the demo is made. Nothing here writes; create-demo.ts feeds the plan through the
 * app's own services, with the same validation the forms use.
 *
 * The people, employers and addresses are invented. Phone numbers have the shape of Dutch
 * mobile numbers (the validation wants a real shape) and e-mail addresses use example.com,
 * which is reserved for examples (RFC 2606). No client has a BSN: a made-up one that passes
 * the eleven test could be somebody's.
 */
import type { ClientInput } from '../../../shared/domain/client';
import type { CvInput, LanguageLevel } from '../../../shared/domain/cv';
import type { GroundInput } from '../../../shared/domain/consent';
import type { HealthFields } from '../../../shared/domain/health';
import { addDays, isoWeekday, parseIsoDate, type IsoDate } from '../../../shared/domain/iso-date';
import type { ContactType, LogbookInput } from '../../../shared/domain/logbook';
import { poortwachterSchedule, type PoortwachterStepId } from '../../../shared/domain/poortwachter';
import type { DoneDates, PoortwachterCase } from '../../../shared/domain/poortwachter-case';
import {
  addMonths,
  trajectoryMilestones,
  type TrajectoryInput,
} from '../../../shared/domain/uwv-trajectory';

export const DEMO_SEED = 20_26;

/** One fictional client and everything the demo records for them. */
export interface DemoClientPlan {
  client: ClientInput;
  /** Ended and archived: the caseload's "archived" filter has someone to show. */
  archived: boolean;
  /** Oldest first, as a coach would have written them. */
  logbook: LogbookInput[];
  /** Entries with special-category content: saved sealed, into the compartment. */
  sealedLogbook: LogbookInput[];
  poortwachter: PoortwachterCase | null;
  trajectory: { input: TrajectoryInput; milestonesDone: Record<string, IsoDate> } | null;
  cv: CvInput | null;
  grounds: GroundInput[];
  /** Only for clients with a special-category ground among `grounds`. */
  health: HealthFields | null;
}

// ---- a small seeded generator ------------------------------------------------------------

/** mulberry32: tiny, fast and good enough to vary fictional details reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rng {
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}

const rngOf = (seed: number): Rng => {
  const next = seededRandom(seed);
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
  };
};

// ---- dates -------------------------------------------------------------------------------

const dutchDate = (iso: IsoDate) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** The working day on or before `iso` (coaches do not visit on Sundays). */
function workdayOnOrBefore(iso: IsoDate): IsoDate {
  let d = iso;
  while (isoWeekday(parseIsoDate(d)) > 5) d = addDays(d, -1);
  return d;
}

function workdayOnOrAfter(iso: IsoDate): IsoDate {
  let d = iso;
  while (isoWeekday(parseIsoDate(d)) > 5) d = addDays(d, 1);
  return d;
}

const hhmm = (rng: Rng) =>
  `${String(rng.int(9, 15)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`;

// ---- the cast ----------------------------------------------------------------------------

type Track =
  'poortwachter' | 'naar-werk' | 'werkfit' | 'jobcoaching' | 'iro' | 'loopbaan' | 'nieuw';

interface Person {
  voornaam: string;
  tussenvoegsel?: string;
  achternaam: string;
  geslacht: 'man' | 'vrouw' | 'x';
  geboorteplaats: string;
  woonplaats: string;
  /** Four digits; the letters are added from the seed. */
  pc: string;
  straat: string;
  track: Track;
  /**
   * Poortwachter: the current week of sickness. Trajectories and coaching: months since the
   * start (a fraction is fine).
   */
  at: number;
  /** Days since the last contact (a few clients have gone quiet). */
  quietDays?: number;
  employer: string;
  job: string;
  cv?: boolean;
  followUp?: boolean;
  health?: boolean;
  archived?: boolean;
  /** Poortwachter only: back at work this many days ago (the case shows "recovered"). */
  recoveredDaysAgo?: number;
  /** Poortwachter only: leave this step open although its date has passed. */
  overdue?: PoortwachterStepId;
  supportLevel?: 'light' | 'medium' | 'intensive';
  regime?: 'ww' | 'wia-wga' | 'wajong' | 'zw';
  /** Trajectories: months until the planned end (0 or absent: open-ended). */
  endsInMonths?: number;
  languages?: [string, LanguageLevel][];
}

// One person a line: a table reads better than prettier's one field a line.
// prettier-ignore
const CAST: readonly Person[] = [
  // Poortwachter cases at different weeks, so the dashboard shows every kind of deadline.
  { voornaam: 'Ayşe', achternaam: 'Çelik', geslacht: 'vrouw', geboorteplaats: 'Rotterdam', woonplaats: 'Rotterdam', pc: '3025', straat: 'Mathenesserweg', track: 'poortwachter', at: 5, employer: 'Schoonmaakbedrijf Glans', job: 'Teamleider schoonmaak', followUp: true, languages: [['Turks', 'moedertaal'], ['Nederlands', 'C1']] },
  { voornaam: 'Pieter', tussenvoegsel: 'van der', achternaam: 'Berg', geslacht: 'man', geboorteplaats: 'Amersfoort', woonplaats: 'Amersfoort', pc: '3811', straat: 'Langestraat', track: 'poortwachter', at: 8, employer: 'Installatiebedrijf Kramer', job: 'Servicemonteur', followUp: true },
  { voornaam: 'Sanne', tussenvoegsel: "in 't", achternaam: 'Veld', geslacht: 'vrouw', geboorteplaats: 'Delft', woonplaats: 'Delft', pc: '2611', straat: 'Oude Delft', track: 'poortwachter', at: 21, employer: 'Zorgcentrum De Linde', job: 'Planner', health: true, followUp: true },
  { voornaam: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries', geslacht: 'man', geboorteplaats: 'Groningen', woonplaats: 'Groningen', pc: '9712', straat: 'Oosterstraat', track: 'poortwachter', at: 41, employer: 'Drukkerij Noord', job: 'Drukker', followUp: true },
  { voornaam: 'Kees', achternaam: 'Bakker', geslacht: 'man', geboorteplaats: 'Alkmaar', woonplaats: 'Alkmaar', pc: '1811', straat: 'Laat', track: 'poortwachter', at: 48, employer: 'Bouwbedrijf Duin', job: 'Uitvoerder', overdue: 'evaluatie-plan-van-aanpak-6' },
  { voornaam: 'Mehmet', achternaam: 'Özdemir', geslacht: 'man', geboorteplaats: 'Utrecht', woonplaats: 'Utrecht', pc: '3531', straat: 'Kanaalstraat', track: 'poortwachter', at: 56, employer: 'Logistiek Centrum Oost', job: 'Orderpicker', cv: true, health: true, followUp: true, languages: [['Turks', 'moedertaal'], ['Nederlands', 'B2'], ['Engels', 'A2']] },
  { voornaam: 'Linda', achternaam: 'Jansen', geslacht: 'vrouw', geboorteplaats: 'Zwolle', woonplaats: 'Zwolle', pc: '8011', straat: 'Diezerstraat', track: 'poortwachter', at: 86, employer: 'Gemeentelijk Vervoerbedrijf', job: 'Klantenservicemedewerker', followUp: true },
  { voornaam: 'Ruud', achternaam: 'Hendriks', geslacht: 'man', geboorteplaats: 'Heerlen', woonplaats: 'Heerlen', pc: '6411', straat: 'Akerstraat', track: 'poortwachter', at: 30, recoveredDaysAgo: 9, employer: 'Metaalwerken Zuid', job: 'CNC-operator' },
  // UWV trajectories.
  { voornaam: 'Barış', achternaam: 'Yılmaz', geslacht: 'man', geboorteplaats: 'Den Haag', woonplaats: 'Den Haag', pc: '2525', straat: 'Paul Krugerlaan', track: 'naar-werk', at: 4, endsInMonths: 2, regime: 'ww', employer: 'Transportbedrijf Van Wijk', job: 'Chauffeur', cv: true, followUp: true, languages: [['Turks', 'moedertaal'], ['Nederlands', 'B1'], ['Duits', 'A2']] },
  { voornaam: 'Małgorzata', achternaam: 'Nowak', geslacht: 'vrouw', geboorteplaats: 'Łódź', woonplaats: 'Venlo', pc: '5911', straat: 'Parade', track: 'jobcoaching', at: 8, supportLevel: 'medium', regime: 'wia-wga', employer: 'Kwekerij De Kas', job: 'Productiemedewerker', cv: true, followUp: true, languages: [['Pools', 'moedertaal'], ['Nederlands', 'B1'], ['Engels', 'B1']] },
  { voornaam: 'Noor', achternaam: 'El Amrani', geslacht: 'vrouw', geboorteplaats: 'Amsterdam', woonplaats: 'Amsterdam', pc: '1055', straat: 'Jan Evertsenstraat', track: 'werkfit', at: 2, endsInMonths: 4, regime: 'wia-wga', employer: 'Kringloopwinkel Tweede Ronde', job: 'Winkelmedewerker', followUp: true },
  { voornaam: 'Daan', achternaam: 'Visser', geslacht: 'man', geboorteplaats: 'Leeuwarden', woonplaats: 'Leeuwarden', pc: '8911', straat: 'Nieuwestad', track: 'jobcoaching', at: 14, supportLevel: 'intensive', regime: 'wajong', employer: 'Groenvoorziening Het Bos', job: 'Hovenier', cv: true },
  { voornaam: 'Fleur', tussenvoegsel: 'de', achternaam: 'Jong', geslacht: 'vrouw', geboorteplaats: 'Haarlem', woonplaats: 'Haarlem', pc: '2011', straat: 'Kruisweg', track: 'naar-werk', at: 5, endsInMonths: 1, regime: 'ww', employer: 'Administratiekantoor Spaarne', job: 'Administratief medewerker', cv: true, followUp: true },
  { voornaam: 'Thijs', tussenvoegsel: 'van', achternaam: 'Dijk', geslacht: 'man', geboorteplaats: 'Nijmegen', woonplaats: 'Nijmegen', pc: '6511', straat: 'Van Welderenstraat', track: 'iro', at: 7, endsInMonths: 5, regime: 'wia-wga', employer: 'Fietsenmakerij Waal', job: 'Fietstechnicus' },
  { voornaam: 'Priya', achternaam: 'Ramdin', geslacht: 'vrouw', geboorteplaats: 'Paramaribo', woonplaats: 'Den Haag', pc: '2572', straat: 'Weimarstraat', track: 'werkfit', at: 0.6, endsInMonths: 6, regime: 'zw', employer: 'Apotheek Centrum', job: 'Apothekersassistent', followUp: true, languages: [['Nederlands', 'moedertaal'], ['Sranantongo', 'C1'], ['Engels', 'B2']] },
  { voornaam: 'Łukasz', achternaam: 'Wójcik', geslacht: 'man', geboorteplaats: 'Kraków', woonplaats: 'Breda', pc: '4811', straat: 'Haagweg', track: 'jobcoaching', at: 3, supportLevel: 'light', regime: 'ww', employer: 'Distributiecentrum Breda', job: 'Heftruckchauffeur', cv: true, languages: [['Pools', 'moedertaal'], ['Engels', 'B2'], ['Nederlands', 'A2']] },
  { voornaam: 'Bram', achternaam: 'Smit', geslacht: 'man', geboorteplaats: 'Apeldoorn', woonplaats: 'Apeldoorn', pc: '7311', straat: 'Hoofdstraat', track: 'naar-werk', at: 9, endsInMonths: -2, regime: 'ww', employer: 'Bakkerij Van Gelder', job: 'Bakker', archived: true },
  // Coaching without a formal trajectory, some of it gone quiet.
  { voornaam: 'Lotte', achternaam: 'Mulder', geslacht: 'vrouw', geboorteplaats: 'Arnhem', woonplaats: 'Arnhem', pc: '6811', straat: 'Steenstraat', track: 'loopbaan', at: 4, quietDays: 63, employer: 'Reisbureau Horizon', job: 'Reisadviseur' },
  { voornaam: 'Mohamed', achternaam: 'Bouzid', geslacht: 'man', geboorteplaats: 'Eindhoven', woonplaats: 'Eindhoven', pc: '5611', straat: 'Stratumseind', track: 'loopbaan', at: 3, quietDays: 47, employer: 'Elektrotechniek Brabant', job: 'Elektromonteur' },
  { voornaam: 'Eva', tussenvoegsel: 'van den', achternaam: 'Heuvel', geslacht: 'vrouw', geboorteplaats: 'Tilburg', woonplaats: 'Tilburg', pc: '5038', straat: 'Piusstraat', track: 'loopbaan', at: 3, employer: 'Kinderopvang Het Nest', job: 'Pedagogisch medewerker', cv: true, followUp: true },
  { voornaam: 'Anouk', achternaam: 'Peters', geslacht: 'vrouw', geboorteplaats: 'Maastricht', woonplaats: 'Maastricht', pc: '6211', straat: 'Wycker Brugstraat', track: 'loopbaan', at: 2, employer: 'Hotel De Maas', job: 'Receptioniste' },
  { voornaam: 'Chantal', tussenvoegsel: 'van', achternaam: 'Leeuwen', geslacht: 'vrouw', geboorteplaats: 'Leiden', woonplaats: 'Leiden', pc: '2311', straat: 'Haarlemmerstraat', track: 'loopbaan', at: 5, employer: 'Boekhandel Rapenburg', job: 'Verkoopmedewerker', followUp: true },
  { voornaam: 'Gerrit', achternaam: 'Kok', geslacht: 'man', geboorteplaats: 'Deventer', woonplaats: 'Deventer', pc: '7411', straat: 'Brink', track: 'loopbaan', at: 6, employer: 'Houthandel IJssel', job: 'Magazijnmedewerker', cv: true },
  // New referrals nobody has spoken to yet: the dashboard must count them.
  { voornaam: 'Sem', achternaam: 'Dekker', geslacht: 'man', geboorteplaats: 'Dordrecht', woonplaats: 'Dordrecht', pc: '3311', straat: 'Voorstraat', track: 'nieuw', at: 0, employer: '', job: '' },
  { voornaam: 'Zeynep', achternaam: 'Şahin', geslacht: 'vrouw', geboorteplaats: 'Schiedam', woonplaats: 'Schiedam', pc: '3111', straat: 'Hoogstraat', track: 'nieuw', at: 0, employer: '', job: '' },
];

// ---- logbook texts -----------------------------------------------------------------------

interface Note {
  type: ContactType;
  summary: string;
  agreements: string;
  participants: string;
  minutes: number;
}

type Fill = (p: Person) => Note;

const opening: Record<Exclude<Track, 'nieuw'>, Fill> = {
  poortwachter: (p) => ({
    type: 'face-to-face',
    summary: `Kennismaking met ${p.voornaam} en de leidinggevende van ${p.employer}. De stappen van de Wet verbetering Poortwachter uitgelegd en de situatie op het werk besproken.`,
    agreements: `${p.voornaam} houdt een weekoverzicht bij van wat lukt en wat niet. Werkgever stuurt de functieomschrijving.`,
    participants: `${p.voornaam}, leidinggevende ${p.employer}`,
    minutes: 90,
  }),
  'naar-werk': (p) => ({
    type: 'face-to-face',
    summary: `Intakegesprek Naar Werk. Werkervaring als ${p.job.toLowerCase()}, opleiding en wensen doorgenomen. Werkplan in concept opgesteld.`,
    agreements: `${p.voornaam} zoekt drie vacatures die passen en neemt ze mee naar het volgende gesprek.`,
    participants: p.voornaam,
    minutes: 90,
  }),
  werkfit: (p) => ({
    type: 'face-to-face',
    summary: `Intakegesprek Werkfit maken. Dagritme, vervoer en werknemersvaardigheden besproken. ${p.voornaam} wil graag weer structuur in de week.`,
    agreements: 'Werkplan opstellen en binnen vier weken naar UWV sturen.',
    participants: p.voornaam,
    minutes: 90,
  }),
  jobcoaching: (p) => ({
    type: 'face-to-face',
    summary: `Start jobcoaching bij ${p.employer}. Kennismaking met ${p.voornaam} en de leidinggevende; taken en begeleiding op de werkvloer afgesproken.`,
    agreements: 'Jobcoachplan opstellen. Eerste werkplekbezoek over twee weken.',
    participants: `${p.voornaam}, leidinggevende ${p.employer}`,
    minutes: 60,
  }),
  iro: (p) => ({
    type: 'face-to-face',
    summary: `Intake IRO. ${p.voornaam} heeft zelf voor dit bureau gekozen. Doelen voor het traject en de rol van de coach besproken.`,
    agreements: 'Trajectplan uitwerken en ter ondertekening sturen.',
    participants: p.voornaam,
    minutes: 75,
  }),
  loopbaan: (p) => ({
    type: 'face-to-face',
    summary: `Eerste loopbaangesprek. ${p.voornaam} werkt nu als ${p.job.toLowerCase()} en twijfelt over de volgende stap.`,
    agreements: `${p.voornaam} vult de waardenoefening in voor het volgende gesprek.`,
    participants: p.voornaam,
    minutes: 60,
  }),
};

const middle: Record<Exclude<Track, 'nieuw'>, readonly Fill[]> = {
  poortwachter: [
    (p) => ({
      type: 'face-to-face',
      summary: `Voortgang plan van aanpak besproken. ${p.voornaam} werkt nu enkele dagdelen per week in aangepaste taken bij ${p.employer}.`,
      agreements: 'Uren in overleg met de leidinggevende stap voor stap uitbreiden.',
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'phone',
      summary: `Telefonisch overleg met HR van ${p.employer} over de opbouw van de uren en de bereikbaarheid van ${p.voornaam}.`,
      agreements: 'HR stuurt het bijgewerkte rooster.',
      participants: `HR ${p.employer}`,
      minutes: 20,
    }),
    (p) => ({
      type: 'face-to-face',
      summary:
        'Evaluatie van het plan van aanpak voorbereid. Doelen bijgesteld: eerst een vaste werkweek, daarna taken uitbreiden.',
      agreements: `${p.voornaam} bespreekt de bijgestelde doelen met de leidinggevende.`,
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'video',
      summary: `Driegesprek met ${p.voornaam} en de leidinggevende over passende taken binnen de eigen functie.`,
      agreements: 'Proefplaatsing op de afdeling planning voor vier weken.',
      participants: `${p.voornaam}, leidinggevende`,
      minutes: 45,
    }),
    (p) => ({
      type: 'email',
      summary: `Verslag van het laatste gesprek naar ${p.voornaam} gestuurd met het verzoek om aanvullingen.`,
      agreements: '',
      participants: p.voornaam,
      minutes: 15,
    }),
  ],
  'naar-werk': [
    (p) => ({
      type: 'face-to-face',
      summary: `Cv bijgewerkt en profieltekst herschreven. Vacatures als ${p.job.toLowerCase()} in de regio ${p.woonplaats} doorgenomen.`,
      agreements: `${p.voornaam} reageert deze week op twee vacatures.`,
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'face-to-face',
      summary:
        'Sollicitatiegesprek voorbereid: vragen geoefend, reistijd en eerste indruk besproken.',
      agreements: `${p.voornaam} laat na het gesprek weten hoe het ging.`,
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'phone',
      summary: `Terugkoppeling van een sollicitatie: niet aangenomen, wel een positieve reactie van de werkgever. ${p.voornaam} blijft gemotiveerd.`,
      agreements: 'Netwerklijst maken met contacten uit eerdere banen.',
      participants: p.voornaam,
      minutes: 20,
    }),
    (p) => ({
      type: 'email',
      summary: `Twee vacatures doorgestuurd en ${p.voornaam} gevraagd vóór vrijdag te reageren.`,
      agreements: '',
      participants: p.voornaam,
      minutes: 15,
    }),
    (p) => ({
      type: 'face-to-face',
      summary:
        'Netwerkgesprek geoefend. Lijst met contacten uit eerdere banen doorgenomen; drie mensen om te benaderen.',
      agreements: `${p.voornaam} belt twee contacten uit de lijst.`,
      participants: p.voornaam,
      minutes: 45,
    }),
  ],
  werkfit: [
    (p) => ({
      type: 'face-to-face',
      summary: `Dagritme besproken. ${p.voornaam} helpt twee ochtenden per week in een kringloopwinkel en komt op tijd.`,
      agreements: 'Uitbreiden naar drie ochtenden.',
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'phone',
      summary: `Kort contact over het vervoer naar de werkervaringsplek. ${p.voornaam} reist nu zelfstandig met de bus.`,
      agreements: '',
      participants: p.voornaam,
      minutes: 15,
    }),
    (p) => ({
      type: 'face-to-face',
      summary: 'Werknemersvaardigheden geoefend: afspraken nakomen, afmelden, feedback vragen.',
      agreements: `${p.voornaam} vraagt deze week feedback aan de begeleider op de werkplek.`,
      participants: p.voornaam,
      minutes: 60,
    }),
  ],
  jobcoaching: [
    (p) => ({
      type: 'face-to-face',
      summary: `Werkplekbezoek bij ${p.employer}. Takenlijst doorgenomen; het tempo gaat vooruit en de nauwkeurigheid is goed.`,
      agreements: 'Nieuwe taak erbij: bestellingen controleren.',
      participants: `${p.voornaam}, leidinggevende`,
      minutes: 60,
    }),
    (p) => ({
      type: 'phone',
      summary: `Telefonisch contact met de leidinggevende van ${p.voornaam} over het rooster voor de komende maand.`,
      agreements: '',
      participants: 'Leidinggevende',
      minutes: 15,
    }),
    (p) => ({
      type: 'face-to-face',
      summary:
        'Evaluatie met werkgever en werknemer. Samenwerking met collega’s loopt goed; pauzes beter spreiden.',
      agreements: 'Pauzeschema op de werkplek ophangen.',
      participants: `${p.voornaam}, leidinggevende`,
      minutes: 45,
    }),
    (p) => ({
      type: 'video',
      summary: `Korte videobel met ${p.voornaam} over een lastige week; samen gekeken wat helpt.`,
      agreements: 'Volgende week weer een werkplekbezoek.',
      participants: p.voornaam,
      minutes: 30,
    }),
  ],
  iro: [
    (p) => ({
      type: 'face-to-face',
      summary: `Beroepenonderzoek: ${p.voornaam} verkent werk in de techniek en in de verkoop.`,
      agreements: 'Twee oriënterende gesprekken bij bedrijven plannen.',
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'face-to-face',
      summary: 'Oriënterend gesprek bij een werkgever bijgewoond en nabesproken.',
      agreements: `${p.voornaam} schrijft op wat aansprak en wat niet.`,
      participants: p.voornaam,
      minutes: 90,
    }),
    (p) => ({
      type: 'phone',
      summary: `Afstemming met de arbeidsdeskundige van UWV over de voortgang van ${p.voornaam}.`,
      agreements: '',
      participants: 'Arbeidsdeskundige UWV',
      minutes: 20,
    }),
  ],
  loopbaan: [
    (p) => ({
      type: 'face-to-face',
      summary: `Loopbaangesprek: waarden en drijfveren van ${p.voornaam} besproken aan de hand van de oefening.`,
      agreements: 'Drie beroepen kiezen om verder te onderzoeken.',
      participants: p.voornaam,
      minutes: 60,
    }),
    (p) => ({
      type: 'video',
      summary:
        'Opleidingsmogelijkheden onderzocht, onder meer een mbo-opleiding in deeltijd naast het werk.',
      agreements: `${p.voornaam} vraagt informatie op bij twee opleidingen.`,
      participants: p.voornaam,
      minutes: 45,
    }),
    (p) => ({
      type: 'email',
      summary: `Informatie over een open dag doorgestuurd aan ${p.voornaam}.`,
      agreements: '',
      participants: p.voornaam,
      minutes: 10,
    }),
  ],
};

// ---- per client --------------------------------------------------------------------------

const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';

function clientInput(p: Person, i: number, rng: Rng, today: IsoDate): ClientInput {
  const year = Number(today.slice(0, 4)) - rng.int(24, 61);
  const birth = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const mail = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/ı/g, 'i')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const hasPhone = p.track !== 'nieuw' || i % 2 === 0;
  return {
    voornaam: p.voornaam,
    voorletters: `${p.voornaam.slice(0, 1)}.`,
    tussenvoegsel: p.tussenvoegsel ?? '',
    achternaam: p.achternaam,
    geslacht: p.geslacht,
    geboortedatum: dutchDate(birth),
    geboorteplaats: p.geboorteplaats,
    straat: p.straat,
    huisnummer: String(rng.int(2, 180)),
    toevoeging: rng.int(0, 5) === 0 ? 'A' : '',
    postcode: `${p.pc} ${rng.pick([...LETTERS])}${rng.pick([...LETTERS])}`,
    woonplaats: p.woonplaats,
    telefoon: hasPhone
      ? `06 ${rng.int(10, 59)}${String(rng.int(0, 999_999)).padStart(6, '0')}`
      : '',
    email: `${mail(p.voornaam)}.${mail(`${p.tussenvoegsel ?? ''}${p.achternaam}`)}@example.com`,
    clientnummer: `VB-${1001 + i}`,
    bsn: '',
  };
}

/** Contacts from `firstDaysAgo` to `lastDaysAgo`, every one to three weeks, on working days. */
function history(
  p: Person,
  rng: Rng,
  today: IsoDate,
  firstDaysAgo: number,
  lastDaysAgo: number,
): LogbookInput[] {
  if (p.track === 'nieuw') return [];
  const days: number[] = [firstDaysAgo];
  for (let d = firstDaysAgo - rng.int(7, 21); d > lastDaysAgo; d -= rng.int(8, 21)) days.push(d);
  if (firstDaysAgo !== lastDaysAgo) days.push(lastDaysAgo);
  const notes = [opening[p.track](p)];
  const pool = middle[p.track];
  let previous = -1;
  for (let k = 1; k < days.length; k++) {
    let n = rng.int(0, pool.length - 1);
    if (n === previous) n = (n + 1) % pool.length;
    previous = n;
    notes.push((pool[n] as Fill)(p));
  }
  return days.map((ago, k) => {
    const note = notes[k] as Note;
    return {
      at: `${workdayOnOrBefore(addDays(today, -ago))}T${hhmm(rng)}`,
      durationMinutes: note.minutes,
      contactType: note.type,
      participants: note.participants,
      summary: note.summary,
      agreements: note.agreements,
      followUpDate: '',
    };
  });
}

/** The case at week `p.at`: every step before today done on or near its date, but one. */
function poortwachterCase(p: Person, rng: Rng, today: IsoDate): PoortwachterCase {
  const firstDay = addDays(today, -(p.at * 7 - rng.int(1, 5)));
  const spell = p.recoveredDaysAgo
    ? { firstDay, lastDay: addDays(today, -p.recoveredDaysAgo) }
    : { firstDay };
  const done: DoneDates = {};
  for (const { step, due } of poortwachterSchedule({ spells: [spell] })) {
    if (due >= today || step === p.overdue) continue;
    const on = addDays(due, -rng.int(0, 6));
    done[step] = on < firstDay ? firstDay : on;
  }
  return { medical: { spells: [spell] }, extensions: [], done };
}

function trajectory(
  p: Person,
  rng: Rng,
  today: IsoDate,
): NonNullable<DemoClientPlan['trajectory']> {
  const type =
    p.track === 'poortwachter'
      ? 'other'
      : (p.track as 'naar-werk' | 'werkfit' | 'jobcoaching' | 'iro');
  // Months back in days, so a trajectory can have started a few weeks ago (p.at below 1).
  const startDate =
    p.track === 'poortwachter'
      ? addDays(today, -rng.int(20, 30))
      : workdayOnOrBefore(addDays(today, -Math.round(p.at * 30.4)));
  const end = p.endsInMonths ? addMonths(today, p.endsInMonths) : '';
  const hours = { 'naar-werk': 30, werkfit: 40, jobcoaching: 60, iro: 45, other: 24 }[type];
  const input: TrajectoryInput = {
    type,
    typeOther: type === 'other' ? 'Re-integratie tweede spoor' : '',
    supportLevel: p.supportLevel ?? '',
    regime: p.regime ?? '',
    orderNumber: type === 'other' ? '' : `VB-UWV-${rng.int(100_000, 999_999)}`,
    ajNumber: p.track === 'jobcoaching' ? `AJ-${rng.int(10_000, 99_999)}` : '',
    startDate: dutchDate(startDate),
    endDate: end ? dutchDate(end) : '',
    grantedHours: String(hours),
    budget: type === 'other' ? '' : `${rng.int(2, 6)}.${rng.pick(['250', '500', '750'])},00`,
    uwvContact: type === 'other' ? '' : rng.pick(['M. de Graaf', 'R. Koster', 'S. Yıldız']),
    arbeidsdeskundige: rng.pick(['', 'H. van Vliet', 'A. Brouwer']),
    adReport: type === 'iro' || type === 'other',
    fml: p.regime === 'wia-wga',
  };
  const milestonesDone: Record<string, IsoDate> = {};
  const milestones = trajectoryMilestones({ type, startDate, endDate: end });
  for (const m of milestones) {
    // The IRO's first progress report was forgotten: the dashboard shows it overdue.
    if (m.due >= today || (type === 'iro' && m.kind === 'voortgang')) continue;
    milestonesDone[m.id] = addDays(m.due, -rng.int(0, 5));
  }
  if (p.archived) milestonesDone['eind'] ??= end || today;
  return { input, milestonesDone };
}

function cv(p: Person, rng: Rng, today: IsoDate): CvInput {
  const year = Number(today.slice(0, 4));
  const since = year - rng.int(3, 12);
  const languages: [string, LanguageLevel][] = p.languages ?? [
    ['Nederlands', 'moedertaal'],
    ['Engels', 'B1'],
  ];
  const id = (s: string) => `${s}-${rng.int(1000, 9999)}`;
  return {
    include: { phone: true, email: true, address: false, birthDate: false },
    profile: `Betrouwbare en praktische ${p.job.toLowerCase()} met ${year - since} jaar ervaring. Werkt graag in een team en houdt van aanpakken.`,
    work: [
      {
        id: id('werk'),
        jobTitle: p.job,
        employer: p.employer,
        place: p.woonplaats,
        description:
          'Zelfstandig verantwoordelijk voor de dagelijkse werkzaamheden; inwerken van nieuwe collega’s.',
        from: String(since),
        to: p.track === 'naar-werk' ? String(year - 1) : 'heden',
      },
      {
        id: id('werk'),
        jobTitle: rng.pick(['Medewerker magazijn', 'Verkoopmedewerker', 'Productiemedewerker']),
        employer: rng.pick(['Uitzendbureau Flex', 'Supermarkt De Hoek', 'Fabriek Noorderlicht']),
        place: p.woonplaats,
        description: '',
        from: String(since - rng.int(2, 6)),
        to: String(since),
      },
    ],
    education: [
      {
        id: id('opl'),
        title: rng.pick([
          'MBO Logistiek medewerker (niveau 2)',
          'MBO Commercieel medewerker (niveau 3)',
          'VMBO kader',
          'MBO Zorg en welzijn (niveau 3)',
        ]),
        institution: 'ROC',
        place: p.woonplaats,
        diploma: true,
        notes: '',
        from: String(since - 10),
        to: String(since - 8),
      },
    ],
    courses: [
      {
        id: id('cursus'),
        name: rng.pick(['VCA Basis', 'Heftruckcertificaat', 'BHV', 'Klantgericht werken']),
        issuer: 'Opleidingscentrum Midden',
        date: `${String(rng.int(1, 12)).padStart(2, '0')}-${year - 2}`,
        validUntil: '',
      },
    ],
    skills: [
      { id: id('vaard'), name: 'Plannen en organiseren', description: '' },
      { id: id('vaard'), name: 'Samenwerken', description: 'Gewend aan werken in ploegen.' },
    ],
    languages: languages.map(([language, level]) => ({ id: id('taal'), language, level })),
    licences: rng.int(0, 2) === 0 ? ['B', 'C'] : ['B'],
    mobility: {
      ownCar: rng.int(0, 1) === 1,
      publicTransport: true,
      bicycle: true,
      maxTravelMinutes: String(rng.pick([30, 45, 60])),
    },
    references: [
      {
        id: id('ref'),
        name: rng.pick(['J. Vermeulen', 'P. Claassen', 'T. de Wit']),
        relation: 'Voormalig leidinggevende',
        contact: '',
        onRequestOnly: true,
      },
    ],
  };
}

const ground = (
  scope: GroundInput['scope'],
  givenOn: IsoDate,
  extra: Partial<GroundInput> = {},
): GroundInput => ({
  basis: 'consent',
  scope,
  employers: [],
  description: '',
  givenOn: dutchDate(givenOn),
  method: 'written',
  givenBy: 'client',
  representativeName: '',
  representativeRole: '',
  ...extra,
});

const HEALTH: HealthFields = {
  functionalLimitations:
    'Kan ongeveer vier uur per dag werken, met een korte pauze na elk uur. Niet langdurig staan of zwaar tillen.',
  remainingCapacity: 'Administratief werk, plannen, klantcontact per telefoon.',
  expectedDuration: '3-6-months',
  incapacityClass: 'none',
  incapacityPercentage: '',
  adjustments: 'Verstelbaar bureau en een rustige werkplek; starttijd na de ochtendspits.',
  occupationalPhysician: 'A. Smits, bedrijfsarts (fictief)',
};

/** The whole demo caseload for `today`. */
export function demoPlan(today: IsoDate, seed: number = DEMO_SEED): DemoClientPlan[] {
  const rng = rngOf(seed);
  return CAST.map((p, i) => {
    const client = clientInput(p, i, rng, today);
    const poortwachter = p.track === 'poortwachter' ? poortwachterCase(p, rng, today) : null;
    const hasTrajectory =
      p.track !== 'poortwachter' && p.track !== 'loopbaan' && p.track !== 'nieuw';
    // Someone in the second track also has a (non-UWV) trajectory with hours.
    const traj = hasTrajectory || (poortwachter && p.at >= 52) ? trajectory(p, rng, today) : null;
    const first =
      poortwachter !== null
        ? Math.min(p.at * 7 - 14, 120)
        : p.track === 'loopbaan'
          ? Math.round(p.at * 30)
          : Math.max(Math.round(p.at * 30), 3);
    const last = p.archived
      ? Math.max(first - 60, 70)
      : (p.quietDays ?? Math.min(first, rng.int(1, 9)));
    const logbook = history(p, rng, today, Math.max(first, last), last);
    const latest = logbook[logbook.length - 1];
    if (p.followUp && latest)
      latest.followUpDate = dutchDate(workdayOnOrAfter(addDays(today, rng.int(2, 20))));

    const grounds: GroundInput[] = [];
    const since = latest ? latest.at.slice(0, 10) : today;
    const startedOn = logbook[0]?.at.slice(0, 10) ?? today;
    if (poortwachter)
      grounds.push(
        ground('special-categories', startedOn, {
          basis: 'legal-obligation',
          description: 'Wet verbetering Poortwachter (UAVG art. 30 lid 1)',
          method: 'written',
        }),
      );
    if (p.cv && p.track !== 'poortwachter')
      grounds.push(
        ground('cv-to-employers', since < startedOn ? startedOn : since, {
          employers: [p.employer, 'Uitzendbureau Flex'],
        }),
      );
    if (p.track === 'jobcoaching') grounds.push(ground('share-employer', startedOn));

    return {
      client,
      archived: p.archived === true,
      logbook,
      sealedLogbook:
        p.health && latest
          ? [
              {
                ...latest,
                at: `${workdayOnOrBefore(addDays(since, -3))}T${hhmm(rng)}`,
                contactType: 'phone',
                durationMinutes: 20,
                summary: `${p.voornaam} vertelt over de behandeling en de gevolgen voor de belastbaarheid. Tekst staat verzegeld in het afgeschermde deel.`,
                agreements: 'Advies van de bedrijfsarts afwachten voordat de uren omhoog gaan.',
                followUpDate: '',
              },
            ]
          : [],
      poortwachter,
      trajectory: traj,
      cv: p.cv ? cv(p, rng, today) : null,
      grounds,
      health: p.health ? HEALTH : null,
    };
  });
}

import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { ClientFields } from '../../../shared/domain/client';
import { CV_LIST_KEYS, PRESENT, type Cv, type CvListKey } from '../../../shared/domain/cv';

export type CvLanguage = 'nl' | 'en';

const locale = (language: CvLanguage) => (language === 'en' ? enGB : nl);

/** "2015-09" → "sep. 2015" (nl) or "Sep 2015" (en); a bare year stays a year. */
export function formatMonthYear(value: string, language: CvLanguage): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return value;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, 1), 'MMM yyyy', {
    locale: locale(language),
  });
}

/** "sep. 2015 – heden", "2010 – 2014", or one end alone. */
export function formatPeriod(
  from: string,
  to: string,
  language: CvLanguage,
  presentWord: string,
): string {
  const end = to === PRESENT ? presentWord : formatMonthYear(to, language);
  const start = formatMonthYear(from, language);
  if (start && end) return `${start} – ${end}`;
  return start || end;
}

export function formatBirthDate(iso: string, language: CvLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'd MMMM yyyy', {
    locale: locale(language),
  });
}

/**
 * The only personal fields a CV may use. Picked one by one, so the BSN, client number and
 * anything added to the client later never reach a CV by accident.
 */
export type CvPerson = Pick<
  ClientFields,
  | 'voornaam'
  | 'voorletters'
  | 'tussenvoegsel'
  | 'achternaam'
  | 'geboortedatum'
  | 'straat'
  | 'huisnummer'
  | 'toevoeging'
  | 'postcode'
  | 'woonplaats'
  | 'telefoon'
  | 'email'
>;

export function cvPerson(c: CvPerson): CvPerson {
  return {
    voornaam: c.voornaam,
    voorletters: c.voorletters,
    tussenvoegsel: c.tussenvoegsel,
    achternaam: c.achternaam,
    geboortedatum: c.geboortedatum,
    straat: c.straat,
    huisnummer: c.huisnummer,
    toevoeging: c.toevoeging,
    postcode: c.postcode,
    woonplaats: c.woonplaats,
    telefoon: c.telefoon,
    email: c.email,
  };
}

/** "Stationsstraat 12 A, 3511 AB Utrecht", or whatever parts are filled in. */
export function formatAddress(p: CvPerson): string {
  const street = [p.straat, [p.huisnummer, p.toevoeging].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' ');
  const city = [p.postcode, p.woonplaats].filter(Boolean).join(' ');
  return [street, city].filter(Boolean).join(', ');
}

/**
 * "CV-de-Vries-Jan.pdf": the coach asked for this file, so the client's name is in it.
 * Characters that file systems refuse are dropped; letters such as ş are kept.
 */
export function cvFileName(p: CvPerson): string {
  const surname = [p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');
  const given = p.voornaam || p.voorletters;
  const parts = ['CV', surname, given]
    .map((s) =>
      s
        .replace(/[/\\:*?"<>|\p{Cc}]/gu, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
    .filter(Boolean);
  return `${parts.join('-')}.pdf`;
}

/** Every text the PDF prints, given the CV's contact switches. */
export function printedTexts(
  cv: Pick<Cv, 'include' | 'profile' | CvListKey>,
  person: CvPerson,
): string[] {
  const out = [person.voornaam || person.voorletters, person.tussenvoegsel, person.achternaam];
  if (cv.include.phone) out.push(person.telefoon);
  if (cv.include.email) out.push(person.email);
  if (cv.include.address) out.push(formatAddress(person));
  out.push(cv.profile);
  for (const key of CV_LIST_KEYS) {
    for (const item of cv[key]) {
      for (const value of Object.values(item)) if (typeof value === 'string') out.push(value);
    }
  }
  return out;
}

import { alt, wordRe } from './rule';

// Is the clause around a workplace term about work? "Solliciteert bij het ziekenhuis" says
// nothing about health.

const JOB_BEFORE = wordRe(
  alt([
    'werk',
    'werkt',
    'werken',
    'werkte',
    'werkten',
    'gewerkt',
    'werkzaam',
    'baan',
    'baantje',
    'vacatures?',
    'solliciteer',
    'solliciteert',
    'solliciteren',
    'solliciteerde',
    'gesolliciteerd',
    String.raw`sollicitatie\p{L}*`,
    String.raw`stage\p{L}*`,
    'functies?',
    String.raw`opleiding\p{L}*`,
    'studeert',
    'studeren',
    'studie',
    'student',
    "collega(?:'?s)?",
    'werkgever',
    'werkervaring',
    String.raw`vrijwilliger\p{L}*`,
    'proefplaatsing',
    'leerwerkplek',
    'werkplek',
    'medewerker',
    'beroep',
    'dienst',
    'aan de slag',
    'works',
    'working',
    'worked',
    'job',
    'vacancy',
    'applies',
    'applied',
    'application',
    'internship',
    'studies',
    'studying',
    String.raw`volunteer\p{L}*`,
    'employer',
    'employed',
  ]),
  'iu',
);
const JOB_AFTER = wordRe(
  alt([
    'werken',
    'werkt',
    'werkzaam',
    'worden',
    'solliciteren',
    'aan de slag',
    'stage',
    'als',
    'work',
    'working',
    'become',
    'as',
  ]),
  'iu',
);
// Contact with an institution as a client beats a work word nearby.
const CLIENT_CONTACT = wordRe(
  alt([
    'afspraak',
    'afspraken',
    'behandeling',
    'behandeld',
    'opgenomen',
    'opname',
    'consult',
    'controle',
    'doorverwezen',
    'verwezen',
    'patient',
    'wachtlijst',
    'spreekuur',
    'appointment',
    'treated',
    'treatment',
    'admitted',
  ]),
  'iu',
);

const CLAUSE_END = /[.!?;:,\n()[\]"]/gu;
const WORD = /[\p{L}\p{N}'-]+/gu;

function clauseBefore(folded: string, start: number): string {
  const head = folded.slice(Math.max(0, start - 120), start);
  let cut = -1;
  for (const m of head.matchAll(CLAUSE_END)) cut = m.index;
  return head.slice(cut + 1);
}

function clauseAfter(folded: string, end: number): string {
  const tail = folded.slice(end, end + 120);
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(tail);
  return m ? tail.slice(0, m.index) : tail;
}

function lastWords(s: string, n: number): string[] {
  return (s.match(WORD) ?? []).slice(-n);
}

function firstWords(s: string, n: number): string[] {
  return (s.match(WORD) ?? []).slice(0, n);
}

export function isWorkClause(folded: string, start: number, end: number, matched: string): boolean {
  if (CLIENT_CONTACT.test(matched)) return false;
  const before = lastWords(clauseBefore(folded, start), 6);
  if (CLIENT_CONTACT.test(before.join(' '))) return false;
  // "als psycholoog" names a profession; "als de psycholoog" is "if the psychologist".
  if (before.at(-1)?.toLowerCase() === 'als') return true;
  if (JOB_BEFORE.test(before.join(' '))) return true;
  return JOB_AFTER.test(firstWords(clauseAfter(folded, end), 3).join(' '));
}

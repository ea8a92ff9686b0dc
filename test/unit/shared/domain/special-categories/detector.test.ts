import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  findingExplanation,
  findingLabel,
} from '../../../../../renderer/features/compartment/finding-text';
import { messages } from '../../../../../renderer/features/compartment/i18n';
import {
  detectSpecialCategories,
  detectSpecialCategoriesDetailed,
  explainFinding,
  SPECIAL_CATEGORIES,
  type SpecialCategory,
} from '../../../../../shared/domain/special-categories';
import { corpus } from './corpus';
import { holdout } from './holdout';
import { evaluate, formatTable } from './metrics';

/** The compartment's messages, as the app loads them (renderer/i18n/index.ts). */
async function translations(): Promise<Record<'nl' | 'en', TFunction>> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  return { nl: i18n.getFixedT('nl'), en: i18n.getFixedT('en') };
}

const categoriesOf = (text: string) => [
  ...new Set(detectSpecialCategories(text).map((f) => f.category)),
];
const matched = (text: string) =>
  detectSpecialCategories(text).map((f) => [f.category, text.slice(f.start, f.end)]);

describe('labelled corpus', () => {
  const dutch = corpus.filter((s) => s.lang === 'nl');

  it('is big enough and covers every category', () => {
    expect(dutch.length).toBeGreaterThanOrEqual(250);
    expect(corpus.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(40);
    expect(dutch.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const c of SPECIAL_CATEGORIES) {
      const positives = dutch.filter((s) => s.expected.includes(c)).length;
      expect(positives, c).toBeGreaterThanOrEqual(c === 'health' ? 40 : 15);
    }
    const texts = [...corpus, ...holdout].map((s) => s.text);
    expect(new Set(texts).size, 'no sentence twice, nor in both corpus and holdout').toBe(
      texts.length,
    );
  });

  it('reaches precision ≥ 0.8 and recall ≥ 0.9, per category and micro-averaged', () => {
    console.log(`\n${formatTable('Main corpus (tuned on)', corpus)}\n`);
    const { perCategory, micro } = evaluate(corpus);
    for (const c of SPECIAL_CATEGORIES) {
      expect(perCategory[c].precision, `precision ${c}`).toBeGreaterThanOrEqual(0.8);
      expect(perCategory[c].recall, `recall ${c}`).toBeGreaterThanOrEqual(0.9);
    }
    expect(micro.precision).toBeGreaterThanOrEqual(0.8);
    expect(micro.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the holdout, written after tuning (printed, no threshold)', () => {
    console.log(`\n${formatTable('Holdout (never tuned on)', holdout)}\n`);
    const { micro } = evaluate(holdout);
    // Only a sanity check that the holdout was scored at all.
    expect(micro.support).toBeGreaterThan(0);
  });
});

describe('sentences that must not fire', () => {
  it.each([
    'hij werkt in de zorg',
    'ze zoekt een baan bij de gemeente',
    'Het salaris is hoger dan in zijn vorige baan.',
    'Het uurloon is € 14,20.',
    'Het budget van het traject is nog niet op.',
    'Ze volgt Nederlandse les.',
    'Hij heeft een Duitse klant.',
    'Ze neemt haar vriend mee naar het gesprek.',
    'Ze wil in de GGZ werken als begeleider.',
    'Hij solliciteert bij de politie.',
    'Ze werkt bij een advocatenkantoor.',
    'Ondernemen zit in haar DNA.',
    'Het gesprek neemt veel tijd in beslag.',
    'Hij heeft een VOG aangevraagd.',
    'De coronacrisis kostte hem zijn baan.',
    'Hij heeft een MS Office-cursus gevolgd.',
    'We denken na over de volgende stap.',
    'Hij stemt in met het plan van aanpak.',
  ])('%s', (text) => expect(detectSpecialCategories(text)).toEqual([]));

  // Health data the Autoriteit Persoonsgegevens allows: not flagged, by decision (see
  // corpus.ts) — flagging what coaches are meant to record would teach them to ignore flags.
  it.each([
    'Heeft beperkingen bij tillen.',
    'Kan 4 uur per dag werken.',
    'Verwachte duur 3 maanden.',
    'Aangepaste werkplek nodig.',
    'Bedrijfsarts: mevr. Jansen',
    'Mevrouw is voor 35-55% arbeidsongeschikt.',
    'Hervat op arbeidstherapeutische basis.',
    'Spreekuur bij de bedrijfsarts op dinsdag.',
  ])('allowed health fact: %s', (text) => expect(detectSpecialCategories(text)).toEqual([]));
});

describe('sentences that must fire', () => {
  it.each<[string, SpecialCategory, string]>([
    ['Hij heeft een depressie.', 'health', 'depressie'],
    ['Ze is depressief.', 'health', 'depressief'],
    ['Thuis met een burn-out.', 'health', 'burn-out'],
    ['Thuis met een burnout.', 'health', 'burnout'],
    ['Hij heeft rugklachten.', 'health', 'rugklachten'],
    ['Ze heeft borstkanker gehad.', 'health', 'borstkanker'],
    ['Hij heeft ADHD.', 'health', 'ADHD'],
    ['Hij heeft PTSS.', 'health', 'PTSS'],
    ['Ze slikt antidepressiva.', 'health', 'antidepressiva'],
    ['Ze neemt oxazepam.', 'health', 'oxazepam'],
    ['Hij gaat naar de fysiotherapie.', 'health', 'fysiotherapie'],
    ['De GGZ-behandeling loopt nog.', 'health', 'GGZ-behandeling'],
    ['Ze heeft een afspraak bij de huisarts.', 'health', 'afspraak bij de huisarts'],
    ['Ze draagt een hoofddoek.', 'religion', 'hoofddoek'],
    ['Hij gaat naar de moskee.', 'religion', 'moskee'],
    ['Ze heeft een Marokkaanse achtergrond.', 'ethnicity', 'Marokkaanse achtergrond'],
    ['Hij stemt op de PVV.', 'politics', 'stemt op de'],
    ['Hij is homoseksueel.', 'sexual-life', 'homoseksueel'],
    ['Hij is lid van de FNV.', 'union', 'FNV'],
    ['Hij heeft een strafblad.', 'criminal', 'strafblad'],
    ['Zijn VOG is geweigerd.', 'criminal', 'VOG is geweigerd'],
    ['Inklokken met een vingerafdruk.', 'biometric-genetic', 'vingerafdruk'],
    ['Er ligt loonbeslag op zijn uitkering.', 'financial', 'loonbeslag'],
    ['Ze heeft een BKR-registratie.', 'financial', 'BKR'],
  ])('%s → %s "%s"', (text, category, word) => {
    expect(matched(text)).toContainEqual([category, word]);
  });

  it('finds several categories in one entry, in order', () => {
    expect(categoriesOf('Hij is lid van de FNV, stemt op de SP en heeft schulden.')).toEqual([
      'union',
      'politics',
      'financial',
    ]);
  });
});

describe('issue 11: compounds, misspellings, English, medication, indirect phrasing', () => {
  it.each<[string, SpecialCategory]>([
    ['Hij heeft een nekhernia.', 'health'],
    ['Ze zit in een traumabehandeling.', 'health'],
    ['Ze heeft een zenuwinzinking gehad.', 'health'],
    ['Hij heeft een depresie.', 'health'],
    ['Ze slikt Cymbalta.', 'health'],
    ['Hij gebruikt pantoprazol.', 'health'],
    ['Ze is gediagnosed met ADD.', 'health'],
    ['Hij heeft mental health problems.', 'health'],
    ['Hij is gisteren weer opgenomen.', 'health'],
    ['Ze zit al een maand thuis met haar schouder.', 'health'],
    ['Hij is aan zijn blindedarm geopereerd.', 'health'],
    ['Hij gaat wekelijks naar de psych.', 'health'],
    ['Ze draagt een keppeltje.', 'religion'],
    ['Haar opa is Surinaams.', 'ethnicity'],
    ['Hij stemt al jaren VVD.', 'politics'],
    ['Ze valt op meisjes.', 'sexual-life'],
    ['Hij heeft de bondsjurist gebeld.', 'union'],
    ['Hij heeft jaren gezeten voor een overval.', 'criminal'],
    ['Hij liep achter met de aflossing van zijn auto.', 'financial'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  // Look-alikes thought of while writing the new patterns (not taken from any test set).
  it.each([
    'Het kantoor is rolstoeltoegankelijk.',
    'De start is tbc, de werkgever laat het weten.',
    'Ze werkt samen met een vrouw uit de planning.',
    'De wethouder heeft de banenmarkt geopend.',
    'Het team zit in de overgang naar het nieuwe systeem.',
    'Hij is stressbestendig en angstvallig precies.',
    'Hij zit met zijn handen in het haar over de planning.',
    'Hij spreekt zijn Turks en Arabisch met klanten.',
    'De tuin staat vol inheemse planten.',
    'De gegevens zijn opgenomen.',
    'Utrecht is een mekka voor fietsers.',
    'Hij benadrukt zijn onschuld in het conflict.',
    'Ze bestelt een partij tomaten voor de winkel.',
    'Hij doet aan meditatie om te ontspannen.',
    'Er is een sterke bond tussen de collega’s.',
    'Hij werkt als administratief medewerker in de gevangenis.',
  ])('%s', (text) => expect(detectSpecialCategories(text)).toEqual([]));
});

describe('spans', () => {
  it('returns exactly category, start and end, with slice() giving the match', () => {
    const text = 'Cliënt heeft rugklachten.';
    expect(detectSpecialCategories(text)).toEqual([{ category: 'health', start: 13, end: 24 }]);
    const [finding] = detectSpecialCategories(text);
    expect(Object.keys(finding ?? {}).sort()).toEqual(['category', 'end', 'start']);
    expect(text.slice(13, 24)).toBe('rugklachten');
  });

  it('keeps spans sorted and non-overlapping', () => {
    const text =
      'Na de hernia-operatie kreeg hij oxazepam; de GGZ-behandeling en de borstkanker van ' +
      'zijn moeder, de schulden, de deurwaarder en zijn strafblad kwamen ter sprake.';
    const spans = detectSpecialCategories(text);
    expect(spans.length).toBeGreaterThanOrEqual(6);
    spans.slice(1).forEach((span, i) => {
      expect(span.start).toBeGreaterThanOrEqual(spans[i]?.end ?? Infinity);
    });
    // The longer phrase wins over the word inside it.
    expect(matched(text)).toContainEqual(['health', 'GGZ-behandeling']);
    expect(matched(text)).not.toContainEqual(['health', 'GGZ']);
  });

  it('ignores case', () => {
    expect(matched('DEPRESSIE en Burn-Out')).toEqual([
      ['health', 'DEPRESSIE'],
      ['health', 'Burn-Out'],
    ]);
  });

  it('handles accents, typed with or without them and in decomposed form', () => {
    expect(matched('Hij is atheïst.')).toEqual([['religion', 'atheïst']]);
    expect(matched('Hij is atheist.')).toEqual([['religion', 'atheist']]);
    const nfd = 'Hij is uit Syrië gevlucht en atheïst.'.normalize('NFD');
    expect(matched(nfd)).toEqual([
      ['ethnicity', 'uit Syrië gevlucht'.normalize('NFD')],
      ['religion', 'atheïst'.normalize('NFD')],
    ]);
  });

  it('counts UTF-16 code units, also after emoji and curly quotes', () => {
    const text = '👍 Ze is Jehova\u2019s getuige en heeft \u2018schulden\u2019.';
    const spans = detectSpecialCategories(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Jehova\u2019s getuige',
      'schulden',
    ]);
    expect(spans[0]?.start).toBe(9);
  });

  it('stops at punctuation and word boundaries', () => {
    expect(matched('(burn-out), hernia; diabetes.')).toEqual([
      ['health', 'burn-out'],
      ['health', 'hernia'],
      ['health', 'diabetes'],
    ]);
    // "kanker" inside "kankeren" (to grumble) and "kerk" inside "Kerkstraat" are no match.
    expect(detectSpecialCategories('Hij woont aan de Kerkstraat en zit te kankeren.')).toEqual([]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(detectSpecialCategories('')).toEqual([]);
    expect(detectSpecialCategories('  \n ')).toEqual([]);
  });
});

describe('details and explanations', () => {
  it('tells apart the kinds of health finding', () => {
    const subtypes = (text: string) =>
      detectSpecialCategoriesDetailed(text).map((f) => [f.text, f.subtype]);
    expect(
      subtypes(
        'Depressie, rugklachten, oxazepam, fysiotherapie en een afspraak bij de psycholoog.',
      ),
    ).toEqual([
      ['Depressie', 'diagnosis'],
      ['rugklachten', 'complaint'],
      ['oxazepam', 'medication'],
      ['fysiotherapie', 'treatment'],
      ['afspraak bij de psycholoog', 'appointment'],
    ]);
    expect(detectSpecialCategoriesDetailed('Hij heeft schulden.')[0]?.subtype).toBeUndefined();
  });

  it('explains by code, the UI having the words: the AP rule for health', () => {
    expect(explainFinding('health', 'depressie')).toEqual({
      category: 'health',
      reason: 'ap-health-rule',
      subtype: 'diagnosis',
    });
    expect(explainFinding('health', 'oxazepam')).toMatchObject({ subtype: 'medication' });
    expect(explainFinding('criminal', 'strafblad')).toEqual({
      category: 'criminal',
      reason: 'gdpr-article',
      article: 10,
    });
    expect(explainFinding('religion', 'moskee')).toMatchObject({ article: 9 });
    expect(explainFinding('financial', 'schulden')).toEqual({
      category: 'financial',
      reason: 'privacy-statement',
    });
  });

  it('explains a diagnosis with the rule of the Autoriteit Persoonsgegevens', async () => {
    const t = await translations();
    const e = (lang: 'nl' | 'en', text: string) =>
      findingExplanation(t[lang], explainFinding('health', text));
    expect(e('nl', 'depressie')).toBe(
      'Dit lijkt een diagnose of ziektenaam. ' +
        'Een diagnose, ziektenaam, klachten, therapie of afspraken met artsen mag je als ' +
        're-integratiecoach niet vastleggen (Autoriteit Persoonsgegevens). Leg alleen ' +
        'functionele beperkingen, belastbaarheid en aanpassingen vast.',
    );
    expect(e('en', 'depressie')).toContain('(Dutch Data Protection Authority)');
    expect(e('nl', 'oxazepam')).toMatch(/^Dit gaat over medicijnen\./);
  });

  it('explains every category in Dutch and English', async () => {
    const t = await translations();
    for (const c of SPECIAL_CATEGORIES) {
      const nl = findingExplanation(t.nl, explainFinding(c, 'x'));
      const en = findingExplanation(t.en, explainFinding(c, 'x'));
      expect(nl.length, c).toBeGreaterThan(40);
      expect(en.length, c).toBeGreaterThan(40);
      expect(nl, c).not.toMatch(/\{\{|compartment\./);
      expect(en, c).not.toMatch(/\{\{|compartment\./);
      if (c !== 'health') expect(nl).not.toContain('Autoriteit Persoonsgegevens');
      expect(findingLabel(t.nl, c), c).toBe(messages.nl.compartment.findings.labels[c]);
      expect(findingLabel(t.en, c), c).toBe(messages.en.compartment.findings.labels[c]);
    }
    expect(findingExplanation(t.nl, explainFinding('criminal', 'strafblad'))).toBe(
      'Dit lijkt informatie over strafrechtelijk verleden: een bijzonder persoonsgegeven ' +
        '(AVG art. 10). Leg het alleen vast als het traject het echt nodig heeft.',
    );
    expect(findingExplanation(t.nl, explainFinding('religion', 'moskee'))).toContain('art. 9');
    expect(findingExplanation(t.en, explainFinding('financial', 'schulden'))).toBe(
      'This looks like information about debts and creditworthiness. The privacy statement ' +
        'keeps it in a secured environment; record it only if the trajectory really needs it.',
    );
  });
});

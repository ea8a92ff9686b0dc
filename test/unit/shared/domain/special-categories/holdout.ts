import type { LabelledSentence } from './corpus';
import type { SpecialCategory } from '../../../../../shared/domain/special-categories';

/**
 * The third holdout: written after the detector had been tuned on corpus.ts (which now
 * includes the two earlier holdouts) and never used for tuning. Its figures estimate how
 * the detector does on sentences it has not seen. The labelling rules are those of
 * corpus.ts. The test prints these figures but sets no threshold on them.
 *
 * No longer unseen: its misses (micro recall 0.79) were printed while the detector was
 * improved for issue 11, and several of the new patterns cover their kind of wording. Since
 * then it is tuning data like corpus.ts; frozen-set-2026-11.ts is the set never tuned on.
 */
const nl = (text: string, ...expected: SpecialCategory[]): LabelledSentence => ({
  text,
  expected,
  lang: 'nl',
});
const en = (text: string, ...expected: SpecialCategory[]): LabelledSentence => ({
  text,
  expected,
  lang: 'en',
});

export const holdout: readonly LabelledSentence[] = [
  // Health
  nl('Mevrouw is sinds januari thuis met een depressieve episode.', 'health'),
  nl('Hij heeft een hartoperatie gehad en mag drie maanden niet zwaar tillen.', 'health'),
  nl('Ze heeft last van haar rug na lang zitten.', 'health'),
  nl('Meneer is bekend met een bipolaire stoornis en is stabiel op medicatie.', 'health'),
  nl('Ze loopt bij de fysiotherapeut voor haar knie.', 'health'),
  nl('Cliënt heeft een nierziekte en moet drie keer per week naar de dialyse.', 'health'),
  nl('Hij heeft last van concentratieproblemen sinds de hersenbloeding.', 'health'),
  nl('Ze heeft een miskraam gehad en is emotioneel nog niet hersteld.', 'health'),
  nl('Hij is onder controle bij de longarts vanwege zijn astma.', 'health'),
  nl('Mevrouw vertelt dat ze borderline heeft en daarvoor dagbehandeling krijgt.', 'health'),
  nl('Meneer heeft suikerziekte type 2 en spuit insuline.', 'health'),
  nl('Hij heeft een tijd in een afkickkliniek gezeten.', 'health'),
  nl('Ze is bij de huisarts geweest voor haar hoofdpijn.', 'health'),
  nl('Hij heeft een hersentumor gehad en is snel overprikkeld.', 'health'),
  nl('Ze heeft MS en heeft slechte en goede dagen.', 'health'),
  nl('Hij krijgt begeleiding van een ambulant begeleider van de GGZ.', 'health'),
  nl('Cliënt heeft een zenuwinzinking gehad na de scheiding.', 'health'),
  nl('Ze heeft een operatie aan haar voet gehad.', 'health'),
  nl('Hij vertelt dat hij antipsychotica slikt.', 'health'),
  nl('Mevrouw heeft endometriose en heeft elke maand een paar slechte dagen.', 'health'),
  nl('Hij is opgenomen geweest na een psychose.', 'health'),
  nl('Ze heeft Parkinson in een vroeg stadium.', 'health'),
  nl('Hij moet wekelijks naar het ziekenhuis voor controles.', 'health'),
  nl('Ze heeft een hoge bloedsuikerspiegel en moet regelmatig eten.', 'health'),
  nl('Hij heeft niet-aangeboren hersenletsel na een val van de trap.', 'health'),
  // Allowed health facts and work in care: none
  nl('Hij kan 20 uur per week werken, verdeeld over vijf dagen.'),
  nl('Ze heeft een aangepaste werkplek nodig met een goede stoel.'),
  nl('De bedrijfsarts verwacht volledig herstel binnen zes weken.'),
  nl('Hij mag tijdelijk niet autorijden voor zijn werk.'),
  nl('Volgens de belastbaarheid kan ze niet in ploegendienst.'),
  nl('De verzuimmelding is door de werkgever gedaan.'),
  nl('Hij werkt als facilitair medewerker in het ziekenhuis.'),
  nl('Ze loopt stage op de afdeling radiologie.'),
  nl('Hij wil graag doktersassistent worden.'),
  nl('Ze heeft een sollicitatiegesprek bij een GGZ-instelling voor een functie als secretaresse.'),
  // Religion
  nl('Hij wil niet werken op zaterdag omdat hij adventist is.', 'religion'),
  nl('Ze volgt elke week een bijbelstudie.', 'religion'),
  nl('Meneer draagt een keppeltje.', 'religion'),
  nl('Ze is tijdens het gesprek even gaan bidden.', 'religion'),
  nl('Hij vraagt vrij voor het Suikerfeest.', 'religion'),
  nl('Mevrouw is actief in de moskeevereniging.', 'religion'),
  nl('Ze heeft een afspraak bij de kerk over de begrafenis van haar vader.', 'religion'),
  nl('De kerk in het dorp zoekt een vrijwilliger voor de administratie.'),
  // Ethnicity
  nl('Hij is van Kaapverdiaanse afkomst.', 'ethnicity'),
  nl('Ze voelt zich als zwarte vrouw vaak niet gezien op de werkvloer.', 'ethnicity'),
  nl('Meneer is geboren in Eritrea en woont sinds 2015 in Nederland.', 'ethnicity'),
  nl('Ze is een Poolse arbeidsmigrant die al tien jaar in de kassen werkt.', 'ethnicity'),
  nl('Hij vertelt dat zijn vader Turks is en zijn moeder Nederlands.', 'ethnicity'),
  nl('Cliënt heeft een Indische oma.', 'ethnicity'),
  nl('Ze spreekt thuis Tigrinya met haar kinderen.'),
  nl('Hij heeft gewerkt voor een Marokkaanse slagerij in Utrecht.'),
  // Politics
  nl('Ze is vrijwilliger bij de campagne van de PvdA.', 'politics'),
  nl('Hij heeft een uitgesproken mening over migratie en stemt PVV.', 'politics'),
  nl('Meneer is lid van de gemeenteraad voor een lokale partij.', 'politics'),
  nl('Ze heeft meegedaan aan een boerenprotest op de snelweg.', 'politics'),
  nl('Hij praat veel over zijn politieke ideeën tijdens de pauze.', 'politics'),
  nl('De gemeente organiseert een informatieavond over werk.'),
  // Sexual life
  nl('Hij vertelt dat hij op mannen valt.', 'sexual-life'),
  nl('Ze woont samen met haar vrouw en hun dochter.', 'sexual-life'),
  nl('Mevrouw is lesbienne en actief in een roze netwerk.', 'sexual-life'),
  nl('Hij heeft hulp gezocht bij het COC na zijn coming-out.', 'sexual-life'),
  nl('Cliënt is transgender en gebruikt een andere naam dan in zijn paspoort.', 'sexual-life'),
  nl('Ze vertelt dat haar vriend haar ophaalt na het werk.'),
  // Union
  nl('Hij gaat met iemand van de bond naar het gesprek met zijn werkgever.', 'union'),
  nl('Ze heeft haar lidmaatschap van de FNV opgezegd.', 'union'),
  nl('Meneer is vakbondsman in hart en nieren.', 'union'),
  nl('De vakbond heeft een rechtszaak aangespannen tegen zijn werkgever.', 'union'),
  nl('Hij werkt sinds twee jaar als beleidsmedewerker bij de FNV.'),
  // Criminal
  nl('Hij heeft een jeugdstrafblad maar dat is al verjaard.', 'criminal'),
  nl('Ze heeft een taakstraf moeten doen bij de plantsoenendienst.', 'criminal'),
  nl('Meneer heeft vier jaar vastgezeten voor een overval.', 'criminal'),
  nl('De reclassering heeft een positief advies gegeven over werk.', 'criminal'),
  nl('Hij is verdacht van heling en wacht op zijn zitting.', 'criminal'),
  nl('Ze heeft een gebiedsverbod voor het centrum.', 'criminal'),
  // An acquittal is still data about a criminal accusation (AVG art. 10).
  nl('Hij is vrijgesproken van mishandeling.', 'criminal'),
  nl('Hij werkt als beveiliger bij de rechtbank.'),
  // Biometric and genetic
  nl('De kluisjes op het werk gaan open met een vingerafdruk.', 'biometric-genetic'),
  nl(
    'Ze heeft uit nieuwsgierigheid een DNA-test gedaan bij een commercieel bedrijf.',
    'biometric-genetic',
  ),
  nl(
    'In haar familie komt een erfelijke vorm van borstkanker voor.',
    'biometric-genetic',
    'health',
  ),
  nl('Het uitzendbureau wil een scan van zijn paspoort.'),
  nl('Hij heeft een genetische spierziekte.', 'biometric-genetic', 'health'),
  // Financial
  nl('Hij heeft een schuldenregeling via de gemeente.', 'financial'),
  nl('Ze heeft een lening bij haar ouders om de huur te betalen.', 'financial'),
  nl('De beslagvrije voet is opnieuw berekend.', 'financial'),
  nl('Meneer heeft problematische schulden en een budgetcoach.', 'financial'),
  nl('Ze heeft een brief van de deurwaarder gekregen.', 'financial'),
  nl('Hij staat onder beschermingsbewind.', 'financial'),
  nl('Ze heeft een betaalachterstand bij de woningcorporatie.', 'financial'),
  nl('Hij wil meer uren werken om te kunnen sparen.'),
  nl('De loonkostensubsidie is toegekend.'),
  // Ordinary
  nl('We hebben zijn motivatiebrief voor de functie van buschauffeur aangescherpt.'),
  nl('Ze heeft morgen een proefdag bij een schoonmaakbedrijf.'),
  nl('Hij heeft aangegeven dat hij liever in een klein team werkt.'),
  nl('De intake bij het uitzendbureau verliep goed.'),
  nl('Ze heeft de sollicitatie via Werk.nl verstuurd.'),
  nl('Hij heeft een gesprek met de teamleider gehad over zijn werktijden.'),
  nl('Ze is op tijd en heeft haar huiswerk voor de training gedaan.'),
  nl('Hij zoekt werk in de buurt van Apeldoorn.'),
  nl('De werkgever vraagt om een kopie van haar diploma.'),
  nl('Ze wil graag een vaste aanstelling in de kinderopvang.'),
  // English
  en('He was diagnosed with diabetes last year.', 'health'),
  en('She sees a therapist every two weeks.', 'health'),
  en('He attends church every Sunday.', 'religion'),
  en('She was born in Somalia.', 'ethnicity'),
  en('He is a member of the Socialist Party.', 'politics'),
  en('She has a girlfriend and is not out to her family.', 'sexual-life'),
  en('He spent time in jail for burglary.', 'criminal'),
  en('She owes money to several creditors.', 'financial'),
  en('He applied for a job at the hospital.'),
  en('She needs an adapted workstation and shorter days.'),
];

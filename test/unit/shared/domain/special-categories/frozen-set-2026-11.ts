import type { SpecialCategory } from '../../../../../shared/domain/special-categories';
import type { LabelledSentence } from './corpus';

/**
 * FROZEN SET, November 2026 (issue 11, item 8). Do not edit, do not tune on it.
 *
 * Written in one sitting BEFORE the detector was changed for issue 11, and committed on
 * its own ahead of any detector change, so the git history shows it predates the tuning.
 * The detector was improved with corpus.ts and general knowledge of how coaches write;
 * this set was run once afterwards and its figures are reported as they came out. A
 * sentence that the detector gets wrong stays here as it is: fixing the detector for one
 * of these sentences, or relabelling one, would turn this set into tuning data, and then
 * a new frozen set must be written instead.
 *
 * It is written from angles the earlier sets barely had: compounds (rugklachten,
 * burn-outverschijnselen, chemokuur), spelling errors (depresie, diabetis), English mixed
 * into Dutch ("mental health issues"), medication names, indirect phrasing ("ze is weer
 * opgenomen", "hij loopt bij de psych"), and hard negatives that look alike ("de werkgever
 * is ziek van de vertragingen", "het bedrijf zit in de gezondheidszorg").
 *
 * The labelling rules are those of corpus.ts: the health facts the Autoriteit
 * Persoonsgegevens allows (limitations, hours, duration, sick report, the bedrijfsarts) are
 * labelled none; a workplace or profession is none; gender identity goes under
 * 'sexual-life'; a genetic finding naming an illness is also 'health'.
 */
const nl = (text: string, ...expected: SpecialCategory[]): LabelledSentence => ({
  text,
  expected,
  lang: 'nl',
});

const health: LabelledSentence[] = [
  // Compounds
  nl('Hij zit al maanden thuis met burn-outverschijnselen.', 'health'),
  nl('Ze heeft een nekhernia en kan haar hoofd slecht draaien.', 'health'),
  nl('Mevrouw is halverwege haar chemokuur en werkt even niet.', 'health'),
  nl('Hij herstelt nog van een schouderoperatie.', 'health'),
  nl('Ze heeft last van spanningshoofdpijn als het druk is op de afdeling.', 'health'),
  nl('Meneer heeft een darmaandoening waardoor hij vaak naar het toilet moet.', 'health'),
  nl('Hij staat op de wachtlijst voor een traumabehandeling.', 'health'),
  nl('Ze is net terug van haar hartrevalidatie.', 'health'),
  nl('Hij heeft vorig jaar een heupprothese gekregen.', 'health'),
  nl('Ze gebruikt slaapmedicatie om door te kunnen slapen.', 'health'),
  nl('Hij is slechthorend en draagt twee gehoorapparaten.', 'health'),
  nl('Mevrouw heeft een auto-immuunziekte die in vlagen opspeelt.', 'health'),
  nl('Hij heeft in het voorjaar een longembolie gehad.', 'health'),
  nl('Ze heeft sinds de bevalling bekkeninstabiliteit.', 'health'),
  nl('Hij zit in een dagbehandeling, drie ochtenden per week.', 'health'),
  nl('Ze heeft een zenuwontsteking in haar gezicht gehad.', 'health'),
  nl('Hij heeft rugklachten gekregen van het sjouwen in het magazijn.', 'health'),
  // Spelling errors
  nl('Ze heeft al jaren last van depresie.', 'health'),
  nl('Hij heeft diabetis en moet goed op zijn eten letten.', 'health'),
  nl('Mevrouw heeft fybromyalgie en is snel moe.', 'health'),
  nl('Hij is bekend met epelepsie, maar heeft al een jaar geen aanval gehad.', 'health'),
  nl('Ze is overspanen geraakt door de reorganisatie.', 'health'),
  nl('Hij neemt sertralien voor zijn stemming.', 'health'),
  nl('Ze heeft ashtma en kan niet in een stoffige hal werken.', 'health'),
  nl('Hij heeft in 2022 een psychoze gehad.', 'health'),
  nl('Cliënt gebruikt anti-depresiva sinds de scheiding.', 'health'),
  nl('Mevrouw heeft rheuma in haar vingers.', 'health'),
  nl('Hij heeft een hernai in zijn onderrug.', 'health'),
  nl('Ze is gediagnostiseerd met ADHD toen ze dertig was.', 'health'),
  // English mixed into Dutch
  nl('Ze heeft een burnout gehad en bouwt nu langzaam op.', 'health'),
  nl('Hij vertelt dat hij mental health issues heeft.', 'health'),
  nl('Ze worstelt sinds de coronatijd met haar mental health.', 'health'),
  nl('Hij is vorig jaar gediagnosed met ADD.', 'health'),
  nl('Meneer had vorig jaar een major depression.', 'health'),
  nl('Ze zit in een recovery traject voor haar eating disorder.', 'health'),
  nl('Hij heeft chronic fatigue en moet zijn energie goed verdelen.', 'health'),
  nl('Ze heeft een mental breakdown gehad na het overlijden van haar man.', 'health'),
  nl('Hij heeft last van zijn knee sinds het voetballen, zegt hij zelf.', 'health'),
  // Medication
  nl('Ze slikt elke ochtend sertraline.', 'health'),
  nl('Hij heeft altijd oxazepam bij zich voor noodgevallen.', 'health'),
  nl('Ze gebruikt methylfenidaat op werkdagen.', 'health'),
  nl('Hij neemt ritalin als hij een lange dag heeft.', 'health'),
  nl('Ze spuit vier keer per dag insuline.', 'health'),
  nl('Hij slikt Seroquel om te kunnen slapen.', 'health'),
  nl('Ze gebruikt sinds een jaar Prozac.', 'health'),
  nl('Meneer gebruikt omeprazol en mag niet te laat eten.', 'health'),
  nl('Ze gebruikt Ozempic en is al tien kilo kwijt.', 'health'),
  nl('Hij gebruikt pregabaline en is daardoor ’s ochtends suf.', 'health'),
  nl('Ze heeft temazepam voorgeschreven gekregen.', 'health'),
  nl('Hij neemt Xanax als hij met de trein moet.', 'health'),
  nl('Ze gebruikt medicinale cannabis.', 'health'),
  nl('Hij krijgt elke maand een depotinjectie.', 'health'),
  // Indirect phrasing
  nl('Ze is weer opgenomen.', 'health'),
  nl('Hij loopt bij de psych.', 'health'),
  nl('Hij zit thuis met zijn rug.', 'health'),
  nl('Ze zit al weken met haar knie.', 'health'),
  nl('Mevrouw is vorige week opgenomen op de gesloten afdeling.', 'health'),
  nl('Meneer heeft het aan zijn hart en mag niet zwaar tillen.', 'health'),
  nl('Ze is onder behandeling bij het Riagg.', 'health'),
  nl('Hij is afgelopen maand aan zijn galblaas geholpen.', 'health'),
  nl('Hij heeft een drankprobleem en gaat naar de AA.', 'health'),
  nl('Ze is in de overgang en heeft last van opvliegers.', 'health'),
  nl('Ze heeft eraan gedacht om er een eind aan te maken.', 'health'),
  nl('Hij heeft gesprekken bij Indigo over zijn piekeren.', 'health'),
  nl('Het gaat weer mis in haar hoofd, ze hoort stemmen.', 'health'),
  nl('Hij ligt sinds zondag in het Rijnstate.', 'health'),
];

// Allowed health facts, work in care and look-alike words: none.
const healthNegatives: LabelledSentence[] = [
  nl('De werkgever is ziek van de vertragingen in de levering.'),
  nl('Het bedrijf zit in de gezondheidszorg.'),
  nl('Hij zoekt werk in de gezondheidszorg als chauffeur.'),
  nl('Ze werkt als apothekersassistente en zoekt meer uren.'),
  nl('Hij rijdt medicijnen rond voor een apotheek in Zwolle.'),
  nl('Hij neemt een rugzak met zijn gereedschap mee naar de proefdag.'),
  nl('De pijnpunten in het rooster zijn besproken met de teamleider.'),
  nl('Het team staat onder druk door de drukte voor de feestdagen.'),
  nl('Hij is sinds maandag ziek gemeld.'),
  nl('De bedrijfsarts ziet hem over drie weken terug.'),
  nl('Ze kan maximaal zes uur per dag werken.'),
  nl('Hij heeft een aangepast rooster zonder nachtdiensten.'),
  nl('Ze heeft de klantklachten netjes afgehandeld.'),
  nl('De voorraad is opgenomen in het nieuwe systeem.'),
  nl('Zijn werkervaring als lasser is opgenomen in het cv.'),
  nl('Ze is goed opgenomen in het team van de bakkerij.'),
  nl('Hij zoekt een baan als verpleegkundige in de thuiszorg.'),
  nl('Ze is ziek van het wachten op de beslissing van UWV.'),
  nl('Hij heeft zijn rug recht gehouden in het lastige gesprek.'),
  nl('Dat is een pijnlijke kwestie voor de werkgever.'),
  nl('De zorgverzekering loopt via de werkgever.'),
  nl('Hij werkt als heftruckchauffeur bij een ziekenhuiswasserij.'),
  nl('Ze heeft haar EHBO-diploma gehaald.'),
  nl('Hij heeft een BHV-cursus gevolgd bij zijn vorige werkgever.'),
  nl('Het ziekteverzuim in het team is hoog, zegt de werkgever.'),
  nl('Hij gaat drie keer per week naar de sportschool om fit te blijven.'),
  nl('Hij is per 1 maart hersteld gemeld.'),
  nl('De werkgever verwacht dat hij na de zomer volledig hersteld is.'),
  nl('Ze is 50% arbeidsongeschikt verklaard.'),
  nl('De verzuimcoach belt haar elke week.'),
  nl('Ze mag van de bedrijfsarts niet langer dan een uur achter elkaar staan.'),
  nl('Hij heeft een sta-opstoel nodig op de werkplek.'),
  nl('De workshop over sollicitatiestress wordt gegeven door een collega van het team.'),
  nl('Hij loopt stage bij de fysiotherapiepraktijk als receptionist.'),
  nl('Ze heeft een afspraak bij de tandartspraktijk voor een sollicitatiegesprek.'),
  nl('Het magazijn is overbelast door de hoeveelheid retouren.'),
  nl('Hij kreeg koude rillingen van het idee om weer te presenteren.'),
  nl('De kliniekwinkel zoekt een verkoper met ervaring.'),
  nl('Ze is hartstikke blij met het contract.'),
  nl('Het project is in een kritieke fase beland.'),
  nl('Hij werkt bij een farmaceutisch bedrijf in de inpak.'),
  nl('Ze heeft een zware week gehad met veel sollicitaties.'),
  nl('Hij is moe na de eerste werkweek, maar tevreden.'),
];

const religion: LabelledSentence[] = [
  nl('Hij is praktiserend moslim en wil op vrijdag vrij.', 'religion'),
  nl('Hij is vorig jaar bekeerd tot de islam.', 'religion'),
  nl('Mevrouw is Jehovagetuige en viert geen verjaardagen.', 'religion'),
  nl('Ze draagt een hoofddoekje en vraagt of dat op de werkvloer mag.', 'religion'),
  nl('Hij wil tijdens de vastenmaand geen avonddiensten.', 'religion'),
  nl('Ze is christen en bidt voor het eten, ook op het werk.', 'religion'),
  nl('Meneer is hindoeïstisch opgevoed en eet geen rundvlees.', 'religion'),
  nl('Ze is streng gereformeerd opgevoed in Staphorst.', 'religion'),
  nl('Hij draagt een kippa.', 'religion'),
  nl('Ze gaat volgend jaar op bedevaart naar Mekka.', 'religion'),
  nl('Ze is boeddhist en mediteert elke ochtend.', 'religion'),
  nl('Hij zit in de kerkenraad van zijn gemeente.', 'religion'),
  nl('Hij vraagt vrij voor Jom Kipoer.', 'religion'),
];

const religionNegatives: LabelledSentence[] = [
  nl('Hij gaat naar de kerkstraat om een folder af te geven.'),
  nl('Ze gelooft dat ze deze baan echt kan krijgen.'),
  nl('Het team heeft een kerstlunch op 18 december.'),
  nl('Ze woont in de buurt van de Westerkerk.'),
  nl('Hij heeft vijf jaar als koster in de kerk gewerkt.'),
  nl('Ze werkt als schoonmaakster bij een kerkgenootschap.'),
  nl('Hij heeft vertrouwen in een goede afloop.'),
  nl('De open dag is in de zaal naast de moskee.'),
  nl('Hij heeft Pasen vrij gevraagd om met zijn kinderen weg te gaan.'),
  nl('Ze gaat in de meivakantie naar Rome.'),
];

const ethnicity: LabelledSentence[] = [
  nl('Hij heeft Marokkaanse roots.', 'ethnicity'),
  nl('Ze is half Indonesisch.', 'ethnicity'),
  nl('Meneer is een Turkse Nederlander van de tweede generatie.', 'ethnicity'),
  nl('Ze is als statushouder uit Eritrea naar Nederland gekomen.', 'ethnicity'),
  nl('Hij is Syriër en woont sinds 2016 in Emmen.', 'ethnicity'),
  nl('Haar ouders zijn Surinaams-Hindoestaans.', 'ethnicity'),
  nl('Hij voelt zich gediscrimineerd om zijn donkere huidskleur.', 'ethnicity'),
  nl('Ze is van Poolse komaf.', 'ethnicity'),
  nl('Meneer is een Koerd uit Noord-Irak.', 'ethnicity'),
  nl('Ze is als baby geadopteerd uit Colombia.', 'ethnicity'),
  nl('Haar vader is Ghanees en haar moeder komt uit Groningen.', 'ethnicity'),
  nl('Hij komt oorspronkelijk uit Somaliland.', 'ethnicity'),
];

const ethnicityNegatives: LabelledSentence[] = [
  nl('Ze spreekt naast Nederlands ook Pools en Russisch.'),
  nl('Hij heeft drie jaar in Turkije in een hotel gewerkt.'),
  nl('Hij kookt graag Surinaams eten voor zijn collega’s.'),
  nl('Ze heeft een Duitse auto gekocht voor het woon-werkverkeer.'),
  nl('Hij heeft een achtergrond in de horeca.'),
  nl('Ze heeft haar rijbewijs in Polen gehaald.'),
  nl('De werkgever zoekt iemand die Arabisch spreekt.'),
  nl('Hij is Nederlands kampioen kickboksen geweest.'),
  nl('Het bedrijf exporteert bloemen naar Marokko.'),
  nl('Ze wil een cursus Spaans volgen voor haar werk in de reisbranche.'),
];

const politics: LabelledSentence[] = [
  nl('Hij zit voor de SP in de gemeenteraad.', 'politics'),
  nl('Ze stemt altijd GroenLinks.', 'politics'),
  nl('Meneer heeft meegelopen met de boerenprotesten in Den Haag.', 'politics'),
  nl('Hij is actief voor de VVD in zijn woonplaats.', 'politics'),
  nl('Ze is een fervent aanhanger van de PVV.', 'politics'),
  nl('Hij is wethouder geweest namens een lokale partij.', 'politics'),
  nl('Ze zit in de gemeenteraad voor de ChristenUnie.', 'politics'),
  nl('Hij noemt zichzelf een overtuigd socialist.', 'politics'),
  nl('Ze is lid van de Jonge Democraten.', 'politics'),
  nl('Hij flyert elk weekend voor zijn partij.', 'politics'),
];

const politicsNegatives: LabelledSentence[] = [
  nl('De gemeenteraad heeft het budget voor re-integratie verhoogd.'),
  nl('Ze stemt haar rooster af met de planner.'),
  nl('Hij werkt als bode bij de Tweede Kamer.'),
  nl('De partij pallets staat klaar in het magazijn.'),
  nl('Het bedrijf doet mee aan een actie tegen voedselverspilling.'),
  nl('Ze volgt het nieuws over de verkiezingen niet zo.'),
];

const sexualLife: LabelledSentence[] = [
  nl('Ze valt op vrouwen en is daar open over.', 'sexual-life'),
  nl('Hij is gay en werkt liever niet in een macho omgeving.', 'sexual-life'),
  nl('Ze identificeert zich als non-binair.', 'sexual-life'),
  nl('Hij is in transitie van vrouw naar man.', 'sexual-life'),
  nl('Zij is getrouwd met een vrouw.', 'sexual-life'),
  nl('Ze heeft een relatie met een vrouw.', 'sexual-life'),
  nl('Ze is queer en actief in de organisatie van Pride.', 'sexual-life'),
  nl('Hij is trans en gebruikt een andere naam dan op zijn diploma.', 'sexual-life'),
  nl('Hij heeft een boyfriend die in Utrecht woont.', 'sexual-life'),
  nl('Hij vertelt dat hij homo is, maar zijn familie weet het niet.', 'sexual-life'),
];

const sexualLifeNegatives: LabelledSentence[] = [
  nl('Ze neemt haar man mee naar het gesprek.'),
  nl('Hij is trots op zijn vrouw die net een baan heeft gevonden.'),
  nl('De kast op kantoor zit vol met oude dossiers.'),
  nl('Hij werkt bij een transportbedrijf in Venlo.'),
  nl('De overgang naar het nieuwe rooster verliep soepel.'),
  nl('Ze heeft een relatie met een collega van de vorige werkgever gehad.'),
];

const union: LabelledSentence[] = [
  nl('Ze heeft de bond ingeschakeld voor haar ontslagzaak.', 'union'),
  nl('Meneer laat zich bijstaan door een jurist van de FNV.', 'union'),
  nl('Ze is lid van CNV Vakmensen.', 'union'),
  nl('Hij is al twintig jaar vakbondslid.', 'union'),
  nl('Ze zit namens de vakbond in de ondernemingsraad.', 'union'),
  nl('Hij heeft een bondsjurist gesproken over zijn ontslag.', 'union'),
  nl('Ze is lid van de onderwijsbond AOb.', 'union'),
  nl('Hij heeft meegestaakt met de acties van de FNV.', 'union'),
];

const unionNegatives: LabelledSentence[] = [
  nl('De cao wordt volgend jaar aangepast.'),
  nl('Ze solliciteert bij de FNV als receptioniste.'),
  nl('Ze is lid van de ondernemingsraad.'),
  nl('Hij is lid van de voetbalvereniging in zijn dorp.'),
  nl('Ze zoekt werk bij de Europese Unie in Brussel.'),
];

const criminal: LabelledSentence[] = [
  nl('Hij heeft gezeten voor drugshandel.', 'criminal'),
  nl('Hij heeft een werkstraf van 80 uur.', 'criminal'),
  nl('Meneer komt net uit de bak.', 'criminal'),
  nl('Hij heeft een strafblaadje van vroeger.', 'criminal'),
  nl('Ze heeft als tiener in jeugddetentie gezeten.', 'criminal'),
  nl('Zijn VOG werd niet verleend vanwege zijn verleden.', 'criminal'),
  nl('Hij is bekend bij de politie.', 'criminal'),
  nl('Ze moet zich elke week melden bij de reclassering.', 'criminal'),
  nl('Hij heeft een boete gekregen voor winkeldiefstal.', 'criminal'),
  nl('Hij heeft een jaar in de gevangenis gezeten voor oplichting.', 'criminal'),
];

const criminalNegatives: LabelledSentence[] = [
  nl('Hij heeft een parkeerboete gekregen bij het station.'),
  nl('Hij heeft aangifte gedaan van de inbraak in zijn schuur.'),
  nl('De werkgever vraagt een VOG aan bij de start.'),
  nl('Hij is slachtoffer van oplichting via internet.'),
  nl('Ze kijkt graag misdaadseries.'),
  nl('Hij zoekt werk als beveiliger in een winkelcentrum.'),
];

const biometricGenetic: LabelledSentence[] = [
  nl('De werkgever wil dat hij inlogt met zijn vingerafdruk.', 'biometric-genetic'),
  nl('Ze is drager van het gen voor de ziekte van Huntington.', 'biometric-genetic', 'health'),
  nl('Bij het nieuwe bedrijf klokt hij in met een irisscan.', 'biometric-genetic'),
  nl('Ze heeft een genetische aanleg voor darmkanker.', 'biometric-genetic', 'health'),
];

const biometricGeneticNegatives: LabelledSentence[] = [
  nl('Het bedrijf gebruikt een pasje om in te klokken.'),
  nl('Klantgerichtheid zit bij hem in de genen.'),
];

const financial: LabelledSentence[] = [
  nl('Ze loopt achter met de huur.', 'financial'),
  nl('Ze heeft een BKR-notering.', 'financial'),
  nl('Hij staat flink in het rood.', 'financial'),
  nl('De deurwaarder staat regelmatig bij hem voor de deur.', 'financial'),
  nl('Ze heeft schulden bij de Belastingdienst en het CJIB.', 'financial'),
  nl('Hij heeft een betalingsregeling met zijn energieleverancier.', 'financial'),
  nl('Ze heeft geld geleend van vrienden en kan het niet terugbetalen.', 'financial'),
  nl('Hij haalt elke week een pakket bij de voedselbank.', 'financial'),
  nl('Ze heeft schuldhulp aangevraagd bij de gemeente.', 'financial'),
  nl('Hij heeft een studieschuld van 40.000 euro.', 'financial'),
];

const financialNegatives: LabelledSentence[] = [
  nl('Hij heeft een hypotheek op zijn huis.'),
  nl('Ze krijgt in mei haar vakantiegeld.'),
  nl('Hij voelt zich schuldig over zijn ontslag.'),
  nl('Het is niet zijn schuld dat het project vertraagd is.'),
  nl('Ze spaart voor haar rijbewijs.'),
  nl('De rekening van de training gaat naar de werkgever.'),
];

const multiple: LabelledSentence[] = [
  nl(
    'Hij is moslim, van Marokkaanse afkomst en heeft schulden.',
    'religion',
    'ethnicity',
    'financial',
  ),
  nl('Ze heeft een burnout en zit in de schuldsanering.', 'health', 'financial'),
  nl('Na zijn detentie is hij gaan drinken en nu verslaafd.', 'criminal', 'health'),
];

// Ordinary logbook lines: none.
const ordinary: LabelledSentence[] = [
  nl('We hebben zijn cv aangepast voor een functie in de logistiek.'),
  nl('Ze heeft volgende week een proefdag bij een bloemist.'),
  nl('Hij komt graag op tijd en is altijd goed voorbereid.'),
  nl('De werkgever belt donderdag terug over het contract.'),
  nl('Ze heeft drie sollicitatiebrieven verstuurd deze week.'),
  nl('Hij wil graag buiten werken, het liefst in het groen.'),
  nl('Ze heeft haar heftruckcertificaat verlengd.'),
  nl('Het gesprek is verplaatst naar dinsdag om tien uur.'),
  nl('Hij zoekt een baan met vaste dagen vanwege de kinderopvang.'),
  nl('Ze heeft een training klantgericht werken afgerond.'),
  nl('Hij vindt het lastig om zichzelf te presenteren.'),
  nl('Ze heeft haar LinkedIn-profiel bijgewerkt.'),
  nl('De proefplaatsing bij de supermarkt is verlengd met een maand.'),
  nl('Hij heeft moeite met vroeg opstaan voor de ochtenddienst.'),
  nl('Ze wil graag parttime werken in de administratie.'),
  nl('Hij heeft een goed gesprek gehad met de vestigingsmanager.'),
  nl('Ze heeft haar vrijwilligerswerk bij de kringloop opgepakt.'),
  nl('Hij gaat verhuizen naar Amersfoort en zoekt daar werk.'),
  nl('Ze heeft haar diploma mbo-2 logistiek gehaald.'),
  nl('Hij wil leren werken met een kassasysteem.'),
];

export const frozenSet: readonly LabelledSentence[] = [
  ...health,
  ...healthNegatives,
  ...religion,
  ...religionNegatives,
  ...ethnicity,
  ...ethnicityNegatives,
  ...politics,
  ...politicsNegatives,
  ...sexualLife,
  ...sexualLifeNegatives,
  ...union,
  ...unionNegatives,
  ...criminal,
  ...criminalNegatives,
  ...biometricGenetic,
  ...biometricGeneticNegatives,
  ...financial,
  ...financialNegatives,
  ...multiple,
  ...ordinary,
];

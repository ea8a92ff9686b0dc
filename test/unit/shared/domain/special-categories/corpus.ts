import type { SpecialCategory } from '../../../../../shared/domain/special-categories';

/**
 * Sentences a coach could type in a logbook, each labelled with the special categories
 * it reveals. Written before the detector existed; holdout.ts holds sentences written
 * only after the detector was tuned on this file.
 *
 * Labelling rules (the detector follows the same decisions):
 * - Health: diagnoses, illness names, specific complaints, medication, therapy and
 *   treating doctors or hospitals are 'health'. What the Autoriteit Persoonsgegevens lets
 *   a reintegration party keep (functional limitations, hours a day, expected duration,
 *   degree of incapacity, adjustments, the bedrijfsarts and verzekeringsarts, sick report
 *   and Poortwachter steps) is labelled none: it is health data in the broad sense, but
 *   the allowed kind, and warning on it would teach coaches to ignore the warning.
 * - A workplace or profession is not a belief, a diagnosis or a record: "werkt in het
 *   ziekenhuis", "vacature bij de kerk als koster", "werkt als bewindvoerder" are none.
 *   Volunteering counts as work (it is a reintegration activity).
 * - Language skills, studying abroad, a holiday destination or a foreign customer do not
 *   reveal ethnic origin; an origin noun ("achtergrond", "afkomst", "roots"), a person
 *   described by origin, or "komt uit / geboren in <land>" does.
 * - Party membership is 'politics' only, also for a religious party.
 * - Gender identity (transgender, non-binair) is filed under 'sexual-life': it is not
 *   literally art. 9, but it is the closest category and just as sensitive.
 * - Genetic data is 'biometric-genetic'; when an illness is named too, also 'health'.
 * - Financial means debts and creditworthiness; salary, hourly wage, a mortgage or the
 *   trajectory budget are none.
 */
export interface LabelledSentence {
  text: string;
  expected: readonly SpecialCategory[];
  lang: 'nl' | 'en';
}

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

const health: LabelledSentence[] = [
  nl('Cliënt vertelt dat hij sinds maart in behandeling is voor een depressie.', 'health'),
  nl('Mevrouw is erg depressief geweest na het overlijden van haar moeder.', 'health'),
  nl('Hij zit thuis met een burn-out en wil rustig opbouwen.', 'health'),
  nl('Volgens haarzelf gaat het beter met de burnout, ze slaapt weer door.', 'health'),
  nl('Meneer heeft al jaren rugklachten en kan daardoor niet in het magazijn werken.', 'health'),
  nl('Na de hernia-operatie mag hij zes weken niet tillen.', 'health'),
  nl('Ze heeft diabetes type 1 en moet op vaste tijden eten.', 'health'),
  nl(
    'Cliënt is vorig jaar behandeld voor borstkanker en is nu klaar met de bestralingen.',
    'health',
  ),
  nl('Hij vertelt open over zijn ADHD en dat plannen hem moeite kost.', 'health'),
  nl('Bij haar is op volwassen leeftijd autisme vastgesteld.', 'health'),
  nl('Meneer heeft PTSS overgehouden aan zijn tijd bij defensie.', 'health'),
  nl('Ze heeft een angststoornis en durft niet met het openbaar vervoer.', 'health'),
  nl('Hij gebruikt sinds twee maanden antidepressiva en merkt dat hij vlakker is.', 'health'),
  nl('Cliënt neemt oxazepam voor het slapengaan.', 'health'),
  nl('Ze gaat twee keer per week naar de fysiotherapie voor haar schouder.', 'health'),
  nl(
    'Hij heeft donderdag een afspraak bij de psycholoog, daarom schuiven we het gesprek op.',
    'health',
  ),
  nl('De GGZ-behandeling is afgerond en hij staat op de wachtlijst voor nazorg.', 'health'),
  nl('Volgende week heeft ze een afspraak bij de huisarts over haar bloeddruk.', 'health'),
  nl('Mevrouw heeft migraine en ligt dan een dag in het donker.', 'health'),
  nl('Hij is overspannen thuisgekomen na het conflict met zijn leidinggevende.', 'health'),
  nl('Cliënt heeft hoofdpijn sinds het ongeluk en kan niet lang naar een scherm kijken.', 'health'),
  nl('Ze slikt ritalin en merkt dat ze zich beter kan concentreren.', 'health'),
  nl('Meneer is in december geopereerd aan zijn knie.', 'health'),
  nl('Zij heeft reuma in haar handen, typen gaat moeizaam.', 'health'),
  nl('Hij volgt cognitieve gedragstherapie bij een praktijk in Zwolle.', 'health'),
  nl('Sinds de hartaanval durft hij zich niet meer in te spannen.', 'health'),
  nl('Ze krijgt chemo en heeft daarna een paar dagen nodig om bij te komen.', 'health'),
  nl('Cliënt vertelt dat zijn alcoholverslaving de reden was voor zijn ontslag.', 'health'),
  nl('Ze heeft long covid en is na een uur werken uitgeput.', 'health'),
  nl('Meneer heeft epilepsie en mag geen auto rijden.', 'health'),
  nl('Hij is doorverwezen naar een psychiater voor verder onderzoek.', 'health'),
  nl('Mevrouw heeft last van paniekaanvallen in drukke ruimtes.', 'health'),
  nl('De neuroloog heeft een MRI laten maken, de uitslag komt over twee weken.', 'health'),
  nl('Ze is zwanger en verwacht in augustus haar eerste kind.', 'health'),
  nl('Hij heeft astma en kan niet in een stoffige omgeving werken.', 'health'),
  nl('Cliënt gebruikt pijnstillers voor zijn nekklachten.', 'health'),
  nl('Door de ziekte van Crohn moet ze altijd dicht bij een toilet werken.', 'health'),
  nl('Mevrouw is drie weken opgenomen geweest in een psychiatrische kliniek.', 'health'),
  nl('Hij vertelt dat de diagnose fibromyalgie eindelijk duidelijkheid gaf.', 'health'),
  nl('Meneer heeft dyslexie, lange teksten lezen kost hem veel energie.', 'health'),
  nl('Ze heeft na een herseninfarct moeite met het vinden van woorden.', 'health'),
  nl('Cliënt heeft slaapproblemen en komt daardoor \u2019s ochtends moeilijk op gang.', 'health'),
  nl('Hij staat onder behandeling van de cardioloog.', 'health'),
  nl('Ze heeft psychische klachten en praat daarover met haar POH-GGZ.', 'health'),
  nl('Mevrouw heeft hoge bloeddruk en moet stress vermijden.', 'health'),
  nl('Hij krijgt EMDR bij de psycholoog voor zijn trauma\u2019s.', 'health'),
  nl('Cliënt is afgekeurd vanwege een whiplash na een auto-ongeluk.', 'health'),
  nl('Ze is gestopt met de sertraline omdat ze er misselijk van werd.', 'health'),
  nl('Hij heeft een gebroken pols en zit zes weken in het gips.', 'health'),
  nl('Mevrouw gaat morgen naar het ziekenhuis voor een controle van haar schildklier.', 'health'),
  nl('Hij heeft vermoeidheidsklachten sinds de bestraling.', 'health'),
  nl('Cliënt heeft een eetstoornis gehad en is daar nog alert op.', 'health'),
];

// Allowed health facts (AP) and procedure: none, see the labelling rules above.
const allowedHealth: LabelledSentence[] = [
  nl('Hij heeft beperkingen bij tillen en langdurig staan.'),
  nl('Volgens de FML kan ze 4 uur per dag werken.'),
  nl('Verwachte duur van de beperkingen: 3 maanden.'),
  nl('Een aangepaste werkplek met een sta-zitbureau is nodig.'),
  nl('Bedrijfsarts: mevr. Jansen, spreekuur op dinsdag.'),
  nl('Spreekuur bij de bedrijfsarts is verzet naar 14 maart.'),
  nl('Hij is sinds 3 januari ziek gemeld bij zijn werkgever.'),
  nl('De 42e-weeksmelding is door de werkgever verstuurd.'),
  nl('Het arbeidsdeskundig onderzoek staat gepland voor volgende maand.'),
  nl('Mevrouw is voor 35-55% arbeidsongeschikt verklaard.'),
  nl('Hij kan maximaal twee uur achter elkaar aan een beeldscherm werken.'),
  nl('Ze mag geen nachtdiensten draaien volgens de belastbaarheid.'),
  nl('Het plan van aanpak is met werkgever en werknemer besproken.'),
  nl('De verzekeringsarts van UWV ziet mogelijkheden voor passend werk.'),
  nl('Hij heeft regelmatig pauzes nodig en kan niet onder tijdsdruk werken.'),
  // Werkhervatting "op arbeidstherapeutische basis" is a Poortwachter term, not therapy.
  nl('Hij hervat op arbeidstherapeutische basis voor 2 x 3 uur per week.'),
  nl('De probleemanalyse van de bedrijfsarts is ontvangen.'),
  nl('Re-integratie tweede spoor is gestart op 1 februari.'),
  nl('Cliënt heeft een WIA-uitkering en wil graag weer aan de slag.'),
  nl('Hij werkt in de zorg als helpende op een woongroep.'),
  nl('Hij werkt in de zorg.'),
  nl('Ze wil in de GGZ werken als begeleider.'),
  nl('Hij solliciteert op een vacature als schoonmaker in het ziekenhuis.'),
  nl('Zij heeft een opleiding tot doktersassistente afgerond.'),
  nl('Ze volgt een opleiding fysiotherapie aan de hogeschool.'),
  nl('Hij is stressbestendig en werkt graag met deadlines.'),
  nl('De coronacrisis heeft zijn vorige werkgever de kop gekost.'),
  nl('Hij werkt bij een verpleeghuis als gastheer.'),
  nl('Ze wil graag psycholoog worden en oriënteert zich op de studie.'),
  nl('De behandeling van zijn bezwaarschrift bij UWV duurt nog zes weken.'),
  nl('Ze behandelt klachten van klanten bij een webwinkel.'),
  // "De operatie" is also logistics jargon for operations.
  nl('Hij werkte eerder in de operatie van een distributiecentrum.'),
  nl('Ze zou graag in een ziekenhuis willen werken als receptioniste.'),
  nl('Hij heeft een MS Office-cursus gevolgd en kan nu beter met Excel werken.'),
  // An accident without an injury or complaint named: none.
  nl('Ze heeft een ongeluk met de fiets gehad, maar niets gebroken.'),
  // Care for a relative reveals nothing about the client's own health.
  nl('Hij is mantelzorger voor zijn vader.'),
  nl('Zijn stemming is de laatste tijd beter.'),
];

const religion: LabelledSentence[] = [
  nl('Tijdens de ramadan wil hij liever geen sollicitatiegesprekken na 16 uur.', 'religion'),
  nl('Ze draagt een hoofddoek en is bang dat dat bij werkgevers een probleem is.', 'religion'),
  nl('Meneer gaat op vrijdag naar de moskee en wil die middag vrij.', 'religion'),
  nl('Cliënt is gelovig en werkt niet op zondag.', 'religion'),
  nl('Ze is moslim en vraagt of er een gebedsruimte op het werk is.', 'religion'),
  nl('Hij zit in het bestuur van de kerk en zingt in het koor.', 'religion'),
  nl('Mevrouw is christelijk opgevoed en dat is belangrijk voor haar.', 'religion'),
  nl('Hij is joods en wil rekening houden met de sjabbat.', 'religion'),
  nl('Ze is hindoe en viert Divali met haar familie.', 'religion'),
  nl('Cliënt wil alleen werken waar hij halal kan eten.', 'religion'),
  nl('Hij bidt vijf keer per dag en vraagt om een rustige plek daarvoor.', 'religion'),
  nl('Ze is Jehova\u2019s getuige en doet niet mee aan verjaardagen op het werk.', 'religion'),
  nl('Meneer vertelt dat zijn geloof hem door de moeilijke periode heeft geholpen.', 'religion'),
  nl('Mevrouw is katholiek en gaat elke zondag naar de mis.', 'religion'),
  nl('Hij is gereformeerd en wil niet op zondag werken.', 'religion'),
  nl('Ze heeft steun aan de imam van haar gemeenschap.', 'religion'),
  nl(
    'Hij noemt zichzelf atheïst en heeft moeite met de christelijke identiteit van de school.',
    'religion',
  ),
  nl('Tijdens het Suikerfeest neemt ze twee dagen vrij.', 'religion'),
  nl('Hij leest dagelijks in de Koran.', 'religion'),
  // Not religion: a street, a feeling of trust, the Christmas break, a job at a church.
  nl('Hij woont aan de Kerkstraat in Ede.'),
  nl('Ze solliciteert op een vacature bij de kerk als koster.'),
  nl('Het sollicitatiegesprek is in het buurthuis naast de moskee.'),
  nl('Ze gelooft in haar eigen kunnen na de training.'),
  nl('De kerstvakantie begint op 20 december.'),
  nl('Hij krijgt een kerstpakket van zijn werkgever.'),
  nl('Hij is goed ingebed in het team van de afdeling.'),
];

const ethnicity: LabelledSentence[] = [
  nl('Cliënt heeft een Marokkaanse achtergrond en spreekt thuis Berbers.', 'ethnicity'),
  nl('Hij is van Turkse afkomst en heeft familie in Ankara.', 'ethnicity'),
  nl('Ze heeft Surinaamse roots en is in Paramaribo geboren.', 'ethnicity'),
  nl('Mevrouw vertelt dat ze als allochtoon vaak wordt afgewezen.', 'ethnicity'),
  nl('Meneer denkt dat zijn afkomst een rol speelt bij afwijzingen.', 'ethnicity'),
  nl('Hij is in 2016 uit Syrië gevlucht en woont nu in Assen.', 'ethnicity'),
  nl('Ze is een Eritrese vrouw van 28 met een verblijfsvergunning.', 'ethnicity'),
  nl('Hij heeft een migratieachtergrond en merkt discriminatie bij sollicitaties.', 'ethnicity'),
  nl('Cliënt is een Antilliaanse jongeman die net van Curaçao is gekomen.', 'ethnicity'),
  nl(
    'Ze vertelt dat haar donkere huidskleur bij de vorige baan tot opmerkingen leidde.',
    'ethnicity',
  ),
  nl('Hij komt uit Afghanistan en volgt nog inburgeringslessen.', 'ethnicity'),
  nl('Mevrouw is geboren in Marokko en op haar tiende naar Nederland gekomen.', 'ethnicity'),
  nl('Meneer is Koerdisch en voelt zich niet thuis bij Turkse collega\u2019s.', 'ethnicity'),
  nl('Ze is van Molukse afkomst.', 'ethnicity'),
  nl('Hij heeft een Poolse achtergrond en werkt sinds 2010 in de kassen.', 'ethnicity'),
  nl('Cliënt is tweede generatie Turks-Nederlands.', 'ethnicity'),
  nl('Haar ouders komen uit Somalië.', 'ethnicity'),
  nl('Hij is een Marokkaanse Nederlander en voelt zich vooral Amsterdammer.', 'ethnicity'),
  // Not ethnicity: language lessons and skills, customers, holidays, CV facts.
  nl('Ze volgt Nederlandse les op niveau A2.'),
  nl('Hij heeft een Duitse klant die elke week bestelt.'),
  nl('Ze spreekt vloeiend Turks en Engels, dat zetten we op haar cv.'),
  nl('Het bedrijf heeft een vestiging in Polen.'),
  nl('Hij gaat in de zomer drie weken op vakantie naar Turkije.'),
  nl('Hij heeft een technische achtergrond in de installatiebranche.'),
  nl('Ze werkt bij een Chinees restaurant in de bediening.'),
  nl('Zijn Spaanse werkgever betaalt op tijd.'),
  // Inburgering is a procedure coaches track; it is not labelled as ethnic origin.
  nl('De inburgeringscursus start in september.'),
  nl('Ze heeft haar diploma in Iran behaald en laat het waarderen bij IDW.'),
  nl('Ze spreekt Nederlands op B1-niveau.'),
  nl('Het gesprek duurde langer omdat de tolk te laat was.'),
];

const politics: LabelledSentence[] = [
  nl('Hij stemt op de PVV en praat daar graag over tijdens de gesprekken.', 'politics'),
  nl('Ze is lid van GroenLinks-PvdA en actief in de lokale afdeling.', 'politics'),
  nl('Meneer is gemeenteraadslid voor het CDA in zijn dorp.', 'politics'),
  nl('Cliënt ging vorige week demonstreren tegen de klimaatplannen.', 'politics'),
  nl(
    'Ze heeft een uitgesproken politieke voorkeur en wil niet bij een bedrijf werken dat daar tegenin gaat.',
    'politics',
  ),
  nl('Hij is actief bij de SP en deelt folders uit in de wijk.', 'politics'),
  nl('Mevrouw zit in het bestuur van de lokale VVD.', 'politics'),
  nl(
    'Hij is klimaatactivist en heeft meegedaan aan blokkades van Extinction Rebellion.',
    'politics',
  ),
  nl(
    'Cliënt vertelt dat hij bij de laatste verkiezingen op Forum voor Democratie heeft gestemd.',
    'politics',
  ),
  nl('Ze is politiek actief en wil een baan met ruimte voor haar raadswerk.', 'politics'),
  nl('Hij is partijlid van D66 sinds zijn studie.', 'politics'),
  nl('Meneer heeft extreemrechtse opvattingen geuit in de groepstraining.', 'politics'),
  nl('Ze stemt al jaren op de Partij voor de Dieren.', 'politics'),
  nl('Hij is lid van de ChristenUnie.', 'politics'),
  nl('Cliënt draagt buttons van de BBB en vindt de stikstofregels onzin.', 'politics'),
  nl('Ze heeft een politieke overtuiging die ze niet op de werkvloer wil delen.', 'politics'),
  nl('Hij gaat zaterdag naar de demonstratie tegen de oorlog in Gaza.', 'politics'),
  nl('Hij was fractievoorzitter van DENK in de deelraad.', 'politics'),
  // Not politics.
  nl('Ze geeft morgen een demonstratie van het kassasysteem aan nieuwe collega\u2019s.'),
  nl('Hij stemt in met het plan van aanpak.'),
  nl('De gemeente heeft een nieuw re-integratiebeleid.'),
  nl('Ze zoekt een baan bij de gemeente.'),
  nl('Hij werkt als bode op het stadhuis.'),
  nl('We denken samen na over een volgende stap.'),
  nl('Hij heeft het stembureau bemand tijdens de verkiezingen.'),
];

const sexualLife: LabelledSentence[] = [
  nl('Hij is homoseksueel en is bang voor reacties van collega\u2019s in de bouw.', 'sexual-life'),
  nl('Ze vertelt dat ze lesbisch is en samenwoont met haar vriendin.', 'sexual-life'),
  nl('Cliënt is biseksueel en wil dat niet op de werkvloer delen.', 'sexual-life'),
  nl('Meneer komt samen met zijn man naar het gesprek.', 'sexual-life'),
  nl('Mevrouw is getrouwd met haar vrouw Sanne.', 'sexual-life'),
  nl('Hij is vorig jaar uit de kast gekomen bij zijn familie.', 'sexual-life'),
  nl('Ze is transgender en zit midden in haar transitie.', 'sexual-life'),
  nl(
    'Cliënt wil praten over zijn seksuele geaardheid en hoe open hij op het werk kan zijn.',
    'sexual-life',
  ),
  nl('Hij heeft via de LHBTI-vereniging een vrijwilligersplek gevonden.', 'sexual-life'),
  nl('Ze heeft in het verleden als sekswerker gewerkt en wil dat niet op haar cv.', 'sexual-life'),
  nl('Zijn coming-out heeft tot een breuk met zijn ouders geleid.', 'sexual-life'),
  nl('Hij is homo en wordt op zijn huidige werk gepest.', 'sexual-life'),
  nl('Mevrouw is non-binair en wil met \u2018die\u2019 worden aangesproken.', 'sexual-life'),
  nl(
    'Ze praat open over haar seksleven, ik heb aangegeven dat dat niet in het dossier hoort.',
    'sexual-life',
  ),
  nl('Hij vertelt dat zijn echtgenoot ook bij hetzelfde bedrijf werkt.', 'sexual-life'),
  nl(
    'Ze is aseksueel en vindt de vragen van collega\u2019s over een partner vervelend.',
    'sexual-life',
  ),
  // Not sexual life: "vriend/vriendin" is ambiguous, an opposite-sex spouse says nothing.
  nl('Ze neemt haar vriend mee naar het gesprek als steun.'),
  nl('Meneer woont samen met zijn vriendin in Deventer.'),
  nl('Hij komt samen met zijn vrouw naar het gesprek.'),
  nl('Zijn vriend helpt hem met het maken van zijn cv.'),
  // Harassment is workplace conduct, not the client's sexual life.
  nl('Ze heeft een klacht ingediend over seksuele intimidatie door haar leidinggevende.'),
  nl('Hij is gescheiden en woont alleen.'),
];

const union: LabelledSentence[] = [
  nl('Hij is lid van de FNV en heeft daar juridisch advies gevraagd.', 'union'),
  nl('Ze laat zich bijstaan door een jurist van de vakbond.', 'union'),
  nl('Meneer is al dertig jaar vakbondslid.', 'union'),
  nl('Cliënt is kaderlid bij CNV Vakmensen.', 'union'),
  nl('De FNV-bestuurder belt hem over de reorganisatie.', 'union'),
  nl('Ze heeft via de vakbond een regeling getroffen met haar oude werkgever.', 'union'),
  nl('Hij overweegt lid te worden van een vakbond vanwege het conflict.', 'union'),
  nl('Mevrouw is actief in de vakbond en wil dat graag blijven.', 'union'),
  nl('Hij heeft zijn vakbondslidmaatschap opgezegd toen hij ziek werd.', 'union'),
  nl('Cliënt betaalt contributie aan De Unie.', 'union'),
  nl('De advocaat van de FNV heeft bezwaar gemaakt tegen het ontslag.', 'union'),
  nl('Ze was jarenlang vakbondsvertegenwoordiger bij een schoonmaakbedrijf.', 'union'),
  nl('Hij is lid van CNV Connectief.', 'union'),
  nl('Via het FNV-lidmaatschap kreeg hij korting op de cursus.', 'union'),
  nl('Ze vraagt of haar vakbond mee mag naar het gesprek met UWV.', 'union'),
  nl('Hij heeft meegedaan aan de vakbondsacties in de haven.', 'union'),
  // Not union membership.
  nl('Hij solliciteert bij de FNV als administratief medewerker.'),
  nl('De cao voor de schoonmaak geeft recht op reiskosten.'),
  nl('De ondernemingsraad is ingelicht over de reorganisatie.'),
  nl('Ze is lid van een voetbalvereniging en traint twee keer per week.'),
  nl('Voor werk binnen de Europese Unie heeft zij geen werkvergunning nodig.'),
];

const criminal: LabelledSentence[] = [
  nl('Cliënt heeft een strafblad vanwege een geweldsdelict.', 'criminal'),
  nl('Zijn VOG is geweigerd, daardoor valt de baan als buschauffeur af.', 'criminal'),
  nl('Hij is in 2019 veroordeeld voor diefstal.', 'criminal'),
  nl('Meneer heeft twee jaar in de gevangenis gezeten.', 'criminal'),
  nl('Ze komt net uit detentie en woont in een begeleid-wonenproject.', 'criminal'),
  nl('Hij heeft elke twee weken een afspraak bij de reclassering.', 'criminal'),
  nl('Cliënt moet nog 80 uur taakstraf uitvoeren.', 'criminal'),
  nl('Hij draagt een enkelband en mag \u2019s avonds niet de deur uit.', 'criminal'),
  nl('Mevrouw is opgepakt wegens winkeldiefstal, de zaak loopt nog.', 'criminal'),
  nl('Hij zat vast in de PI Vught tot vorig voorjaar.', 'criminal'),
  nl('Ze heeft een voorwaardelijke straf gekregen voor fraude met toeslagen.', 'criminal'),
  nl(
    'Meneer is ex-gedetineerde en heeft moeite met het vinden van een werkgever die dat accepteert.',
    'criminal',
  ),
  nl('Zijn reclasseringsambtenaar wil bij het volgende gesprek aansluiten.', 'criminal'),
  nl('Hij is als minderjarige in aanraking geweest met justitie.', 'criminal'),
  nl('Er loopt een strafzaak tegen hem wegens mishandeling.', 'criminal'),
  nl('Ze heeft een werkstraf gekregen na een vechtpartij.', 'criminal'),
  nl(
    'Hij heeft een rijontzegging van negen maanden en kan dus niet met de auto naar werk.',
    'criminal',
  ),
  nl('Volgens zijn vrouw heeft hij in Spanje vastgezeten.', 'criminal'),
  nl('Het Openbaar Ministerie heeft hem gedagvaard.', 'criminal'),
  // Not a criminal past.
  nl('Ze heeft een VOG aangevraagd voor de nieuwe baan in de kinderopvang.'),
  nl('Hij solliciteert bij de politie als handhaver.'),
  nl('Ze werkt bij een advocatenkantoor als secretaresse.'),
  // A parking fine is an administrative sanction (Wet Mulder): none.
  nl('Hij heeft een bekeuring gekregen voor fout parkeren.'),
  nl('De proeftijd van zijn nieuwe contract is twee maanden.'),
  nl('Hij werkt als bewaarder in de gevangenis van Zwolle.'),
  nl('Het gesprek is aangehouden tot volgende week.'),
  // A civil case against an employer is not criminal data.
  nl('Ze heeft een rechtszaak tegen haar oude werkgever gewonnen.'),
  nl('Hij is getuige geweest bij een ongeluk op het werk.'),
  nl('Hij heeft zijn werk weer opgepakt voor vier uur per dag.'),
];

const biometricGenetic: LabelledSentence[] = [
  nl(
    'Bij het nieuwe bedrijf klok je in met je vingerafdruk, daar heeft ze bezwaar tegen.',
    'biometric-genetic',
  ),
  nl(
    'Hij heeft een erfelijke aanleg voor darmkanker en laat zich jaarlijks controleren.',
    'biometric-genetic',
    'health',
  ),
  nl(
    'Uit een DNA-test bleek dat ze drager is van een erfelijke spierziekte.',
    'biometric-genetic',
    'health',
  ),
  nl('Ze heeft zich laten testen op het BRCA-gen.', 'biometric-genetic'),
  nl('Zijn vader en opa hadden dezelfde genetische afwijking.', 'biometric-genetic'),
  nl('De werkgever gebruikt gezichtsherkenning bij de toegangspoort.', 'biometric-genetic'),
  nl(
    'Hij heeft meegedaan aan genetisch onderzoek in het ziekenhuis.',
    'biometric-genetic',
    'health',
  ),
  nl('Voor de beveiligingsbaan moet hij een irisscan laten maken.', 'biometric-genetic'),
  nl(
    'Ze wil niet dat haar vingerafdrukken worden opgeslagen door het uitzendbureau.',
    'biometric-genetic',
  ),
  nl('Volgens de erfelijkheidsadviseur is de kans op overdracht klein.', 'biometric-genetic'),
  nl(
    'Hij heeft een genetische aandoening waardoor hij snel moe is.',
    'biometric-genetic',
    'health',
  ),
  nl('Het magazijn werkt met een biometrisch toegangssysteem.', 'biometric-genetic'),
  nl('Ze heeft via een DNA-onderzoek ontdekt wie haar biologische vader is.', 'biometric-genetic'),
  nl('Hij is erfelijk belast, zijn moeder en broer hebben het ook.', 'biometric-genetic'),
  nl('Ze twijfelt of ze mee wil doen aan een gentest.', 'biometric-genetic'),
  nl('Bij het nieuwe werk moet hij inloggen met een vingerscan.', 'biometric-genetic'),
  // Not biometric or genetic: figurative DNA, an inheritance, a passport photo.
  nl('Ondernemen zit in haar DNA.'),
  nl('Klantvriendelijkheid zit in het DNA van het bedrijf.'),
  nl('Hij heeft een erfenis gekregen en wil een eigen bedrijf beginnen.'),
  nl('Ze heeft een pasfoto laten maken voor haar nieuwe ID-kaart.'),
];

const financial: LabelledSentence[] = [
  nl('Cliënt heeft flinke schulden en staat onder bewindvoering.', 'financial'),
  nl('Hij is aangemeld bij de schuldhulpverlening van de gemeente.', 'financial'),
  nl('Er ligt loonbeslag op zijn uitkering.', 'financial'),
  nl('Ze heeft een BKR-registratie en krijgt daardoor geen telefoonabonnement.', 'financial'),
  nl('Meneer zit in de WSNP tot eind volgend jaar.', 'financial'),
  nl('De deurwaarder is vorige week langs geweest.', 'financial'),
  nl('Ze heeft een betalingsachterstand bij de energieleverancier.', 'financial'),
  nl('Hij heeft een huurachterstand van drie maanden.', 'financial'),
  nl('Mevrouw heeft een studieschuld van 40.000 euro bij DUO.', 'financial'),
  nl('Haar bewindvoerder regelt alle betalingen.', 'financial'),
  nl('Er is beslag gelegd op zijn bankrekening.', 'financial'),
  nl('Hij heeft een schuld van €8.000 bij de Belastingdienst.', 'financial'),
  nl('Ze gaat elke week naar de voedselbank.', 'financial'),
  nl('Hij heeft een betalingsregeling met het incassobureau getroffen.', 'financial'),
  nl('De gemeente heeft een schuldsaneringstraject voor haar opgestart.', 'financial'),
  nl('Hij heeft meerdere leningen lopen en houdt weinig over.', 'financial'),
  nl('Door zijn negatieve kredietwaardigheid lukt het niet een auto te leasen.', 'financial'),
  nl('Ze staat al maanden rood en kan de reiskosten niet voorschieten.', 'financial'),
  nl('Hij krijgt steeds aanmaningen en durft zijn post niet te openen.', 'financial'),
  // Not debts or creditworthiness.
  nl('Het salaris in de nieuwe functie is hoger dan zijn uitkering.'),
  nl('Het uurloon is 14 euro bruto.'),
  nl('Het budget van het traject is nog niet op.'),
  nl('Hij werkt als bewindvoerder bij een klein kantoor.'),
  nl('Het is niet haar schuld dat het contract niet verlengd werd.'),
  nl('Hij voelt zich schuldig dat hij zo lang thuis heeft gezeten.'),
  nl('Haar oude werkgever is failliet gegaan.'),
  nl('Ze heeft vrijwilligerswerk gedaan bij de voedselbank.'),
  nl('De reiskostenvergoeding wordt maandelijks uitbetaald.'),
  nl('Hij heeft een hypotheek en een koophuis in Emmen.'),
  nl('Het gesprek neemt meer tijd in beslag dan gepland.'),
  nl('Ze betaalt haar huur via automatische incasso.'),
];

const multiple: LabelledSentence[] = [
  nl('Na zijn detentie had hij hoge schulden en een strafblad.', 'criminal', 'financial'),
  nl('Ze is moslima van Marokkaanse afkomst en draagt een hoofddoek.', 'religion', 'ethnicity'),
  nl(
    'Door zijn depressie raakte hij zijn baan kwijt en liepen de schulden op.',
    'health',
    'financial',
  ),
  nl('Hij is homo en komt uit een streng gelovig gezin.', 'sexual-life', 'religion'),
  nl('Hij is lid van de FNV en stemt op de SP.', 'union', 'politics'),
  nl(
    'Sinds haar burn-out zit ze in de schuldsanering en heeft ze een bewindvoerder.',
    'health',
    'financial',
  ),
];

// Ordinary coaching sentences: none of them may fire.
const ordinary: LabelledSentence[] = [
  nl('Cliënt heeft zijn cv aangepast en drie sollicitatiebrieven verstuurd.'),
  nl('We hebben geoefend voor het sollicitatiegesprek bij Albert Heijn.'),
  nl('Ze reist met de trein van Zwolle naar Deventer, dat duurt 25 minuten.'),
  nl('Hij heeft rijbewijs B en een eigen auto.'),
  nl('Afgesproken dat hij volgende week zijn LinkedIn-profiel bijwerkt.'),
  nl('De werkgever biedt een contract van 24 uur per week.'),
  nl('UWV heeft het re-integratieplan goedgekeurd.'),
  nl('Het volgende gesprek is op 12-04-2025 om 10.00 uur.'),
  nl('Ze heeft twee kinderen op de basisschool en kan daarom alleen onder schooltijd werken.'),
  nl('Hij wil graag buiten werken, bijvoorbeeld als hovenier.'),
  nl('Mevrouw heeft een proefplaatsing bij een supermarkt gekregen.'),
  nl('Telefonisch contact met de werkgever over de urenopbouw.'),
  nl('Hij vindt het lastig om zichzelf te presenteren in gesprekken.'),
  nl('Ze heeft de cursus klantgericht werken met een certificaat afgerond.'),
  nl('We hebben de vacaturesites doorgenomen en drie vacatures geselecteerd.'),
  nl('Hij heeft een heftruckcertificaat en wil in de logistiek werken.'),
  nl('Ze is erg gemotiveerd en komt altijd op tijd.'),
  nl('De jobcoach gaat mee naar de eerste werkdag.'),
  nl('Het urenoverzicht is naar UWV gestuurd.'),
  nl('Hij heeft een netwerkgesprek gehad met een oud-collega.'),
  nl('Cliënt werkt sinds maandag 16 uur per week bij een bakkerij.'),
  nl('We hebben zijn sterke punten op een rij gezet: punctueel, handig, collegiaal.'),
  nl('Hij wil een opleiding tot beveiliger volgen.'),
  nl('De evaluatie van het plan van aanpak staat voor week 20.'),
  nl('Zij vraagt of het traject verlengd kan worden.'),
  nl('Hij heeft een sollicitatietraining gevolgd bij de bibliotheek.'),
  nl('De werkgever twijfelt of hij haar na de proefplaatsing in dienst kan nemen.'),
  nl('Ze heeft een gat in haar cv door de zorg voor haar moeder.'),
  nl('De eerstejaarsevaluatie is gepland in week 50.'),
  nl('Ze wil niet meer in ploegendienst werken.'),
  nl('Hij heeft zijn diploma mbo-4 Zorg en Welzijn.'),
  nl('Werkgever geeft aan dat de sfeer op de afdeling goed is.'),
  nl('Ze gaat met de fiets naar het werk, ongeveer 20 minuten.'),
  nl('Hij heeft geen rijbewijs en is afhankelijk van het openbaar vervoer.'),
  nl('We hebben het formulier voor loonkostensubsidie ingevuld.'),
  nl('Hij heeft een gesprek gehad met het UWV over zijn WW-uitkering.'),
  nl('Hij doet zijn best en zijn collega\u2019s zijn tevreden.'),
  nl('De jobcoach heeft met de leidinggevende gesproken over de taakverdeling.'),
  nl('Ze wil een eigen schoonmaakbedrijf starten als zzp\u2019er.'),
  nl('De sfeer in het team is goed, hij voelt zich op zijn plek.'),
  nl('Hij heeft de intake bij het uitzendbureau gehad.'),
  nl('Ze gaat volgende week proefdraaien bij een kinderdagverblijf.'),
  nl('We hebben een sollicitatiebrief geschreven voor een functie als chauffeur.'),
  nl('De leidinggevende is tevreden over zijn inzet en tempo.'),
  nl('Ze heeft moeite met vroeg opstaan, we spreken af dat ze om 9 uur begint.'),
  nl('Hij wil graag een vaste baan met een contract voor onbepaalde tijd.'),
  nl('De werkplekaanpassing is aangevraagd bij UWV.'),
  nl('Hij heeft zijn certificaat VCA behaald.'),
  nl('Mevrouw heeft haar cv in het Engels laten vertalen.'),
  nl('Het traject Naar Werk loopt tot 1 september.'),
  nl('De werkgever zoekt een magazijnmedewerker voor de avonddienst.'),
  nl('Ze heeft geen internet thuis en solliciteert vanuit de bibliotheek.'),
  nl('Afspraak met de werkgever verplaatst naar donderdag om 14.00 uur.'),
  nl('Hij vindt het spannend om weer te beginnen na zo lang thuis te zijn geweest.'),
  nl('Ze heeft een dochter van vier en regelt opvang via haar moeder.'),
];

const english: LabelledSentence[] = [
  en('She has been diagnosed with depression and is on antidepressants.', 'health'),
  en('He is recovering from a burnout and works two hours a day.', 'health'),
  en('Client has back pain and cannot lift heavy boxes.', 'health'),
  en('She has an appointment with her psychologist on Thursday.', 'health'),
  en('He is being treated for cancer at the hospital.', 'health'),
  en('She takes medication for her ADHD.', 'health'),
  en('He had surgery on his shoulder last month.', 'health'),
  en('She suffers from panic attacks on crowded trains.', 'health'),
  en('He goes to the mosque every Friday.', 'religion'),
  en('She wears a headscarf and worries about job interviews.', 'religion'),
  en('He is a practising Christian and does not work on Sundays.', 'religion'),
  en('During Ramadan she prefers morning appointments.', 'religion'),
  en('He is of Moroccan descent.', 'ethnicity'),
  en('She has a Surinamese background.', 'ethnicity'),
  en('He feels his ethnic background plays a role in rejections.', 'ethnicity'),
  en('He votes for the PVV.', 'politics'),
  en('She is a member of the Labour Party.', 'politics'),
  en('He joined a climate protest last weekend.', 'politics'),
  en('He is gay and not out at work.', 'sexual-life'),
  en('She lives with her wife in Utrecht.', 'sexual-life'),
  en('He is a member of the FNV union.', 'union'),
  en('The trade union lawyer is handling her dismissal.', 'union'),
  en('He has a criminal record for theft.', 'criminal'),
  en('She spent two years in prison.', 'criminal'),
  en('His probation officer wants to join the next meeting.', 'criminal'),
  en('The employer uses fingerprint scanners to clock in.', 'biometric-genetic'),
  en('She had a DNA test for a hereditary condition.', 'biometric-genetic'),
  en('He has large debts and works with a debt counsellor.', 'financial'),
  en('The bailiff seized part of her benefits.', 'financial'),
  en('She is in a debt restructuring scheme (WSNP).', 'financial'),
  en('He works in healthcare as a care assistant.'),
  en('She is looking for a job at the municipality.'),
  en('We updated his CV and sent three applications.'),
  en('The employer offers a 24-hour contract.'),
  en('She can work four hours a day according to the occupational physician.'),
  en('He needs an adjusted workstation.'),
  en('The next meeting is on 12 April at 10 am.'),
  en('He gave a demonstration of the new software.'),
  en('The salary is higher than his benefit.'),
  en('Customer service is in her DNA.'),
  en('She has limitations in lifting and prolonged standing.'),
  en('He starts at the warehouse in Spain next month.'),
];

/**
 * The first holdout. Written after the first round of tuning; its first run scored micro
 * precision 0.93 and recall 0.79. The detector was then improved with its misses in
 * view, so it now counts as tuning data and a second holdout (holdout.ts) replaced it.
 */
const formerHoldout: LabelledSentence[] = [
  // Health
  nl(
    'Cliënt geeft aan dat ze sinds de geboorte van haar zoon last heeft van een postnatale depressie.',
    'health',
  ),
  nl('Hij heeft een knieblessure opgelopen tijdens het voetballen.', 'health'),
  nl('Mevrouw gebruikt lorazepam als ze een sollicitatiegesprek heeft.', 'health'),
  nl('Hij heeft volgende week een MRI-scan in het UMC.', 'health'),
  nl('Ze is bij de POH geweest omdat ze slecht slaapt.', 'health'),
  nl('Meneer heeft COPD en raakt snel buiten adem bij traplopen.', 'health'),
  nl('Ze is herstellende van een longontsteking.', 'health'),
  nl('Hij heeft suikerziekte en moet tussendoor kunnen eten.', 'health'),
  nl('Mevrouw vertelt dat haar psychiater de medicatie heeft aangepast.', 'health'),
  nl('Cliënt loopt bij een psychotherapeut vanwege jeugdtrauma.', 'health'),
  nl('Hij heeft artrose in beide knieën.', 'health'),
  nl('Ze heeft een burn-out gehad bij haar vorige werkgever.', 'health'),
  nl('Meneer heeft een hernia in zijn nek.', 'health'),
  nl('De oncoloog verwacht dat de behandeling in mei klaar is.', 'health'),
  nl('Ze heeft ME/CVS en heeft veel rust nodig.', 'health'),
  nl('Hij is gestopt met blowen en krijgt daar hulp bij van Tactus.', 'health'),
  nl('Ze kampt met overgangsklachten.', 'health'),
  nl('Hij is slechtziend door glaucoom.', 'health'),
  // Allowed health facts and work in care: none
  nl('Ze kan 3 dagen van 4 uur werken, met een pauze na 2 uur.'),
  nl('De bedrijfsarts adviseert opbouw van 2 uur per week.'),
  nl('Hij mag geen zware voorwerpen tillen boven de 10 kilo.'),
  nl('Volgens de arbeidsdeskundige is passend werk mogelijk.'),
  nl('De werkgever heeft een aangepaste stoel besteld.'),
  nl('Hij werkt als schoonmaker in een revalidatiecentrum.'),
  nl('Ze wil een opleiding tot verpleegkundige gaan doen.'),
  nl('Hij heeft de probleemanalyse met zijn werkgever besproken.'),
  // Religion
  nl('Hij vraagt of hij op vrijdagmiddag vrij kan om naar het vrijdaggebed te gaan.', 'religion'),
  nl('Ze gaat elke zondag naar de kerk met haar kinderen.', 'religion'),
  nl('Meneer is streng gelovig opgevoed.', 'religion'),
  nl('Ze draagt een hijab en wil graag in de klantenservice werken.', 'religion'),
  nl('Hij viert het Offerfeest met zijn familie in Rotterdam.', 'religion'),
  nl('Mevrouw wil vanwege haar geloof geen varkensvlees verkopen.', 'religion'),
  nl('De cursus wordt gegeven in een oude kerk die nu een cultureel centrum is.'),
  nl('De kerstborrel van het team is op 19 december.'),
  // Ethnicity
  nl('Ze heeft een Ghanese achtergrond en spreekt Twi.', 'ethnicity'),
  nl('Hij is als kind met zijn ouders uit Irak gekomen.', 'ethnicity'),
  nl('Meneer is van Indonesische komaf.', 'ethnicity'),
  nl('Werkgever maakte een opmerking over haar afkomst tijdens het gesprek.', 'ethnicity'),
  nl('Hij is een Somalische man van 45 met weinig werkervaring in Nederland.', 'ethnicity'),
  nl('Cliënte is Hindoestaans en voelt zich daardoor soms buitengesloten.', 'ethnicity'),
  nl('Ze wil graag Engelse les volgen om haar kansen te vergroten.'),
  nl('Hij heeft twee jaar in Duitsland gewerkt als vrachtwagenchauffeur.'),
  // Politics
  nl('Hij heeft bij de gemeenteraadsverkiezingen op de SP gestemd.', 'politics'),
  nl('Ze is lid van de jongerenafdeling van de VVD.', 'politics'),
  nl('Meneer is fel tegen de regering en gaat geregeld naar betogingen.', 'politics'),
  nl('Ze zit namens D66 in de gemeenteraad.', 'politics'),
  nl('Hij spreekt zich op sociale media uit voor de PVV.', 'politics'),
  nl('De wethouder heeft het nieuwe werkgelegenheidsproject geopend.'),
  nl('Ze heeft een presentatie gegeven over het beleid van de gemeente.'),
  // Sexual life
  nl(
    'Hij woont samen met zijn vriend Mark, met wie hij al tien jaar een relatie heeft.',
    'sexual-life',
  ),
  nl('Ze is open over haar biseksualiteit.', 'sexual-life'),
  nl('Hij is homoseksueel en zoekt een werkgever met een inclusief beleid.', 'sexual-life'),
  nl('Mevrouw is een transvrouw en zit in een medisch traject.', 'sexual-life'),
  nl('Ze gaat met haar man en kinderen op vakantie.'),
  // Union
  nl('Hij heeft zijn ontslagvergoeding laten narekenen door de FNV.', 'union'),
  nl('Ze heeft een vakbondsjurist ingeschakeld.', 'union'),
  nl('Hij is lid geworden van de vakbond na de reorganisatie.', 'union'),
  nl('De cao-onderhandelingen lopen nog.'),
  // Criminal
  nl('Hij heeft vorig jaar een taakstraf van 120 uur gekregen.', 'criminal'),
  nl('Ze heeft een half jaar in voorarrest gezeten.', 'criminal'),
  nl('Door zijn strafrechtelijk verleden krijgt hij geen VOG.', 'criminal'),
  nl('Hij staat onder toezicht van de reclassering.', 'criminal'),
  nl('Meneer is veroordeeld voor rijden onder invloed.', 'criminal'),
  nl('Hij heeft een contactverbod opgelegd gekregen.', 'criminal'),
  nl('Hij wil graag werken als boa bij de gemeente.'),
  // Reporting a theft makes her a victim, not an offender.
  nl('Ze heeft aangifte gedaan van diefstal van haar fiets.'),
  // Biometric and genetic
  nl('Het distributiecentrum werkt met vingerafdrukscanners bij de ingang.', 'biometric-genetic'),
  nl('Ze heeft een erfelijke vorm van doofheid.', 'biometric-genetic', 'health'),
  nl('Hij heeft bezwaar tegen de gezichtsscan bij het inklokken.', 'biometric-genetic'),
  nl('Haar zus heeft zich laten testen op een genmutatie.', 'biometric-genetic'),
  nl('Teamwork zit in het DNA van deze werkgever.'),
  // Financial
  nl('Hij heeft een schuld bij zijn broer van 3000 euro.', 'financial'),
  nl('Ze is verwezen naar de schuldhulpverlening.', 'financial'),
  nl('Er ligt een beslag op zijn loon.', 'financial'),
  nl('Meneer heeft een bewindvoerder die zijn leefgeld overmaakt.', 'financial'),
  nl('Ze kan de eigen bijdrage niet betalen en heeft al drie herinneringen gekregen.', 'financial'),
  nl('Hij heeft een betalingsachterstand bij zijn zorgverzekeraar.', 'financial'),
  nl('Ze krijgt een hoger salaris na haar proeftijd.'),
  nl('De kosten van de training worden uit het trajectbudget betaald.'),
  nl('Hij gaat over twee jaar met pensioen.'),
  // Ordinary
  nl('We hebben samen een vacature bij PostNL bekeken.'),
  nl('Hij heeft morgen een kennismakingsgesprek bij een hoveniersbedrijf.'),
  nl('Ze heeft haar cv laten nakijken door een vriendin.'),
  nl('De werkgever belt volgende week over de uitkomst.'),
  nl('Hij is gemotiveerd maar heeft moeite met plannen.'),
  nl('Cliënt heeft een afspraak bij het UWV over de WIA-keuring.'),
  nl('De jobcoach heeft de werkplek bezocht en de taken doorgenomen.'),
  nl('Ze is aangenomen als kassamedewerker bij de Jumbo.'),
  // English
  en('He is in therapy for his anxiety.', 'health'),
  en('She mentioned she is Muslim and fasts during Ramadan.', 'religion'),
  en('He has a criminal record and struggles to get a certificate of conduct.', 'criminal'),
  en('She is a member of a trade union.', 'union'),
  en('He has significant debts and a bailiff has contacted him.', 'financial'),
  en('The client was born in Eritrea.', 'ethnicity'),
  en('He works as a nurse in a hospital.'),
  en('She has a doctor\u2019s appointment on Monday.', 'health'),
];

/**
 * The second holdout, written after the second round of tuning. Its first run scored
 * micro precision 0.97 and recall 0.65: the lexicon missed new wordings (word order
 * "in Turkije geboren", "Syrische vluchteling", "VOG-aanvraag", "op links stemt"). It too
 * was then used for tuning and replaced by a third holdout.
 */
const formerHoldout2: LabelledSentence[] = [
  // Health
  nl('Ze heeft sinds haar ongeluk een hersenschudding en kan slecht tegen licht.', 'health'),
  nl('Meneer vertelt dat hij bij de GGZ onder behandeling is voor zijn angsten.', 'health'),
  nl('Hij slikt al jaren lithium.', 'health'),
  nl('Mevrouw heeft een chronische darmziekte.', 'health'),
  nl('Hij wacht op de uitslag van een biopt.', 'health'),
  nl('Ze heeft een nieuwe heup gekregen en revalideert nog.', 'health'),
  nl('Cliënt heeft last van zijn schouder sinds hij een val heeft gemaakt.', 'health'),
  nl('Hij zit midden in een traject bij de psycholoog voor zijn somberheid.', 'health'),
  nl('Ze heeft haar medicijnen niet meer genomen sinds vorige maand.', 'health'),
  nl('Meneer heeft een kunstknie en kan niet knielen.', 'health'),
  nl('Ze heeft hartritmestoornissen en draagt een pacemaker.', 'health'),
  nl('Hij is op de spoedeisende hulp geweest na een paniekaanval.', 'health'),
  nl('Ze heeft een zware bevalling gehad en herstelt nog.', 'health'),
  nl('Hij heeft kanker gehad, maar is nu schoon verklaard.', 'health'),
  nl('De huisarts heeft haar doorverwezen naar de reumatoloog.', 'health'),
  nl('Hij gebruikt een CPAP-apparaat voor zijn slaapapneu.', 'health'),
  // Allowed health facts and work in care: none
  nl('Ze is 80-100% arbeidsongeschikt volgens het UWV.'),
  nl('Hij heeft de evaluatie met de bedrijfsarts gehad, opbouw gaat door.'),
  nl('Ze kan niet langer dan een half uur staan.'),
  nl('Volgens de FML is hij beperkt in persoonlijk en sociaal functioneren.'),
  nl('Hij heeft gesolliciteerd als logistiek medewerker bij het Isala ziekenhuis.'),
  nl('Ze werkt als thuishulp bij een zorginstelling.'),
  // Religion
  nl('Hij wil op vrijdag tussen 12 en 14 uur niet werken in verband met het gebed.', 'religion'),
  nl('Ze is lid van een evangelische gemeente en zingt daar in de band.', 'religion'),
  nl('Meneer vertelt dat hij in de vastenperiode minder energie heeft.', 'religion'),
  nl('Ze zoekt werk waarbij ze haar hoofddoek mag blijven dragen.', 'religion'),
  nl('De pastoor heeft hem geholpen met een briefje voor de woningcorporatie.', 'religion'),
  nl('Het kantoor van het re-integratiebedrijf zit naast de kerk.'),
  nl('Ze heeft in de kerstperiode extra uren gedraaid in de winkel.'),
  // Ethnicity
  nl('Hij is in Turkije geboren en op zijn vijfde naar Nederland gekomen.', 'ethnicity'),
  nl('Ze ervaart veel vooroordelen vanwege haar Marokkaanse naam.', 'ethnicity'),
  nl('Meneer is een Syrische vluchteling met een achtergrond als elektricien.', 'ethnicity'),
  nl('Zijn ouders zijn vanuit Suriname naar Nederland verhuisd.', 'ethnicity'),
  nl('Ze heeft een Antilliaanse moeder en een Nederlandse vader.', 'ethnicity'),
  // A foreign driving licence is a document to exchange, labelled none.
  nl('Hij heeft een Turks rijbewijs dat omgewisseld moet worden.'),
  nl('Ze wil graag bij een Italiaans restaurant in de keuken werken.'),
  // Politics
  nl('Hij heeft folders rondgebracht voor GroenLinks tijdens de campagne.', 'politics'),
  nl('Ze vertelt dat ze op links stemt.', 'politics'),
  nl('Meneer is actief in de lokale afdeling van de PvdD.', 'politics'),
  nl('Hij heeft meegelopen in een mars tegen racisme.', 'politics'),
  nl('De gemeente stemt in met de verlenging van het traject.'),
  nl('Hij denkt na over een overstap naar de bouw.'),
  // Sexual life
  nl('Ze heeft een vrouw en twee kinderen.', 'sexual-life'),
  nl('Hij is openlijk homo en voorzitter van de roze zaterdag-commissie.', 'sexual-life'),
  nl('Cliënt zit in een transitietraject naar vrouw.', 'sexual-life'),
  nl('Hij vertelt over zijn seksuele voorkeur, dat hoort niet in het dossier.', 'sexual-life'),
  nl('Hij neemt zijn partner mee naar het gesprek.'),
  // Union
  nl('Hij krijgt rechtsbijstand via zijn lidmaatschap van de FNV.', 'union'),
  nl('Ze is kaderlid van haar vakbond.', 'union'),
  nl('De CNV-consulent heeft de vaststellingsovereenkomst bekeken.', 'union'),
  nl('Hij heeft de nieuwe cao doorgelezen.'),
  // Criminal
  nl('Hij heeft een gevangenisstraf van zes maanden uitgezeten.', 'criminal'),
  nl('Ze heeft een Halt-traject gehad als tiener.', 'criminal'),
  nl('Meneer is in 2021 vrijgekomen en heeft een reclasseringstoezicht.', 'criminal'),
  nl('Hij is aangehouden voor rijden onder invloed.', 'criminal'),
  nl('De VOG-aanvraag is afgewezen vanwege zijn verleden.', 'criminal'),
  nl('Ze solliciteert als administratief medewerker bij een gevangenis.'),
  nl('Hij is slachtoffer geweest van een inbraak.'),
  // Biometric and genetic
  nl('Bij de nieuwe werkgever wordt zijn gezicht gescand bij binnenkomst.', 'biometric-genetic'),
  nl('Ze heeft een erfelijke hartafwijking.', 'biometric-genetic', 'health'),
  nl('Hij wil niet dat zijn DNA-profiel bewaard wordt.', 'biometric-genetic'),
  nl('Het bedrijf heeft innovatie in zijn DNA.'),
  // Financial
  nl('Hij heeft een afbetalingsregeling bij de Belastingdienst.', 'financial'),
  nl(
    'Ze heeft haar rekeningen maanden laten liggen en heeft nu een incasso-traject lopen.',
    'financial',
  ),
  // Being short of money is not a debt: none.
  nl('Meneer heeft geen geld voor de bus en loopt naar zijn werk.'),
  nl('Er is een schuldenbewind aangevraagd.', 'financial'),
  nl('Ze heeft een achterstand in de huur van twee maanden.', 'financial'),
  nl('Hij verdient € 2.100 netto per maand.'),
  nl('De reiskosten worden vergoed door UWV.'),
  nl('Ze wil sparen voor een auto.'),
  // Ordinary
  nl('Hij heeft zijn eerste werkdag bij Bol goed doorstaan.'),
  nl('Ze heeft een oriënterend gesprek gehad bij een thuiszorgorganisatie.'),
  nl('We hebben afgesproken dat hij twee keer per week solliciteert.'),
  nl('De werkgever is positief over haar communicatie met klanten.'),
  nl('Hij heeft een schriftelijke bevestiging van het contract ontvangen.'),
  nl('Ze volgt een taalcursus bij het ROC.'),
  nl('Hij is geslaagd voor zijn heftruckexamen.'),
  nl('Ze moet haar kinderen om half vier ophalen van school.'),
  // English
  en('She is on sick leave because of long COVID.', 'health'),
  en('He takes sleeping pills every night.', 'health'),
  en('He is Jewish and does not work on Saturdays.', 'religion'),
  en('She is of Kurdish origin.', 'ethnicity'),
  en('He was arrested last year for shoplifting.', 'criminal'),
  en('She has a payment plan with the tax office.', 'financial'),
  en('He is openly gay.', 'sexual-life'),
  en('She works at a church as a cleaner.'),
  en('The coach discussed his job applications.'),
  en('She needs regular breaks according to her FML.'),
];

// Found while tuning round two, by reading the new patterns rather than the holdout.
const tuningNegatives: LabelledSentence[] = [
  nl('De stage bij de apotheek is hem goed bevallen.'),
  nl('De transitievergoeding wordt in de laatste maand uitbetaald.'),
  nl('Het bedrijf is in transitie naar elektrische bussen.'),
  nl('Ze heeft een vrouw als leidinggevende en dat bevalt goed.'),
];

export const corpus: readonly LabelledSentence[] = [
  ...health,
  ...allowedHealth,
  ...religion,
  ...ethnicity,
  ...politics,
  ...sexualLife,
  ...union,
  ...criminal,
  ...biometricGenetic,
  ...financial,
  ...multiple,
  ...ordinary,
  ...english,
  ...formerHoldout,
  ...formerHoldout2,
  ...tuningNegatives,
];

import type { CaseStudyInput } from '@ikone/knowledge';
import { COORDINATOR_EMAIL, DemoPlace, officerOf } from '../demo-network';

/**
 * Case studies of the demo network. The municipalities are real, the projects, figures and
 * people are invented for the demo (realistic, not reported facts). Funding programmes are real
 * programmes; their links point to the programmes' own sites.
 */

/** Where the seed takes a case study through the lifecycle (SPEC §3). */
export type DemoCaseStudyTarget = 'PUBLISHED' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'DRAFT';

export interface DemoCaseStudy {
  /** Email of the author: an officer (the coordinator then reviews) or the coordinator (publishes at once). */
  author: string;
  target: DemoCaseStudyTarget;
  /** The coordinator's comment when sending it back (CHANGES_REQUESTED). */
  reviewComment?: string;
  coOwners?: DemoPlace[];
  input: Required<Pick<CaseStudyInput, 'title' | 'summary' | 'maturity' | 'visibility' | 'topicSlugs'>> &
    Omit<CaseStudyInput, 'municipalityId' | 'contactId' | 'coOwnerIds'>;
}

const SMART_CITIES = { fundingProgramme: 'Modellprojekte Smart Cities (BMWSB/KfW)', fundingUrl: 'https://www.smart-city-dialog.de/' };

export const DEMO_CASE_STUDIES: readonly DemoCaseStudy[] = [
  // Kaiserslautern: the coordination office publishes its own practices directly.
  {
    author: COORDINATOR_EMAIL,
    target: 'PUBLISHED',
    input: {
      title: 'LoRaWAN-Sensorik für Pegelstände an der Lauter',
      summary:
        'Zwölf funkbasierte Pegelsensoren melden alle fünf Minuten den Wasserstand von Lauter und Nebenbächen. Feuerwehr und Tiefbau sehen Starkregenlagen früher, die Daten stehen offen zur Verfügung.',
      problem:
        'Nach den Starkregenereignissen der letzten Jahre fehlten **verlässliche Echtzeitdaten** zu den kleinen Gewässern im Stadtgebiet. Pegel gab es nur an der Lauter selbst, abgelesen wurde teils von Hand.\n\n- keine Vorwarnzeit für Keller und Unterführungen\n- Einsatzplanung der Feuerwehr nach Erfahrungswerten\n- Messdaten in Tabellen einzelner Ämter',
      solution:
        'Die Stadt betreibt ein eigenes **LoRaWAN-Netz** mit acht Gateways auf städtischen Gebäuden. Ultraschallsensoren an Brücken senden Messwerte an eine offene Datenplattform; Grenzwerte lösen Alarme im Einsatzleitsystem aus.\n\n1. Standortwahl gemeinsam mit Feuerwehr und Stadtentwässerung\n2. Montage an Brückenbauwerken (keine Eingriffe ins Gewässer)\n3. Dashboard und offene Schnittstelle über die [The Things Network](https://www.thethingsnetwork.org/)-kompatible Infrastruktur',
      results:
        '- Vorwarnzeit bei Starkregen: **rund 40 Minuten** statt vorher keiner\n- 99,2 % Verfügbarkeit der Messwerte im ersten Betriebsjahr\n- Die Daten nutzen inzwischen auch Kleingartenvereine und das Umweltamt',
      lessonsLearned:
        '- **Batterielaufzeit** realistisch planen: bei Frost eher zwei als fünf Jahre\n- Früh klären, wem die Brücken gehören (Land, Stadt, Bahn)\n- Das Gateway-Netz ist eine Investition für viele Anwendungen, nicht nur für Pegel',
      maturity: 'OPERATIONAL',
      costOneOff: 68_000,
      costYearly: 7_500,
      ...SMART_CITIES,
      partners: ['Stadtentwässerung Kaiserslautern AöR', 'Berufsfeuerwehr Kaiserslautern', 'Hochschule Kaiserslautern'],
      topicSlugs: ['smart-city', 'klima-umwelt'],
      tags: ['LoRaWAN', 'Starkregen', 'Sensorik', 'Frühwarnung'],
      links: [{ label: 'Modellprojekte Smart Cities', url: 'https://www.smart-city-dialog.de/' }],
      visibility: 'PUBLIC',
    },
  },
  {
    author: COORDINATOR_EMAIL,
    target: 'PUBLISHED',
    input: {
      title: 'Freies WLAN in der Innenstadt',
      summary:
        'Ein offenes, werbefreies WLAN mit 46 Zugangspunkten deckt Fußgängerzone, Bahnhofsvorplatz und Stadtpark ab. Einzelhandel und Gastronomie werben damit, die Stadt erhält anonyme Besucherzahlen.',
      problem:
        'Händlerinnen und Händler wünschten sich ein **gemeinsames Gäste-WLAN**; einzelne Hotspots waren lückenhaft und verlangten Registrierungen.',
      solution:
        'Ausschreibung eines Betreibermodells: Die Stadt stellt Strom und Montageorte an Laternen und Gebäuden, ein regionaler Anbieter betreibt das Netz.\n\n- **ohne Registrierung**, eine Vorschaltseite mit Nutzungsbedingungen\n- Zählung nur aggregiert, ohne Speicherung von Geräteadressen\n- Förderung der Erstausstattung über WiFi4EU',
      results: '- Im Schnitt **3.100 Nutzungen am Tag**, an Markttagen über 6.000\n- Störungsquote unter 1 %\n- Grundlage für die digitale Innenstadtstrategie',
      lessonsLearned:
        '- Denkmalschutz früh einbinden: Antennen an historischen Fassaden brauchen Zeit\n- Die Backhaul-Anbindung (Glasfaser) entscheidet über die Qualität, nicht die Zahl der Zugangspunkte',
      maturity: 'OPERATIONAL',
      costOneOff: 95_000,
      costYearly: 18_000,
      fundingProgramme: 'WiFi4EU (Europäische Kommission), Gutschein 15.000 €',
      partners: ['Werbegemeinschaft Innenstadt', 'Stadtwerke Kaiserslautern'],
      topicSlugs: ['infrastruktur', 'wirtschaft-tourismus'],
      tags: ['WLAN', 'Innenstadt', 'Einzelhandel'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: COORDINATOR_EMAIL,
    target: 'PUBLISHED',
    input: {
      title: 'Dorf-App für die Ortsbezirke',
      summary:
        'In den ländlichen Ortsbezirken informieren Ortsvorsteherinnen, Vereine und Nachbarn über eine gemeinsame App: Neuigkeiten, Veranstaltungen, Mitfahrgelegenheiten und ein digitaler Marktplatz.',
      problem:
        'In den Ortsbezirken fehlte ein **gemeinsamer Kanal**: Aushänge im Schaukasten, WhatsApp-Gruppen und Amtsblatt erreichten jeweils nur einen Teil der Bevölkerung.',
      solution:
        'Einführung der Plattform **DorfFunk** aus dem Projekt [Digitale Dörfer](https://www.digitale-doerfer.de/) des Fraunhofer IESE.\n\n1. Auftakt in jedem Ortsbezirk mit Vereinen und Kirchengemeinden\n2. „Digitallotsen“ aus der Nachbarschaft helfen beim Einstieg\n3. Redaktion durch die Ortsverwaltungen, moderiert nach gemeinsamer Netiquette',
      results: '- **2.400 aktive Konten** in sieben Ortsbezirken\n- 35 Vereine veröffentlichen selbst\n- Die Nachbarschaftshilfe vermittelt rund 60 Fahrten im Monat',
      lessonsLearned:
        '- Ohne Menschen vor Ort, die einladen, bleibt jede App leer\n- **Ältere Menschen** erreicht man über Schulungen im Gemeindehaus, nicht über Flyer',
      maturity: 'ROLLOUT',
      costOneOff: 12_000,
      costYearly: 4_800,
      fundingProgramme: 'Digitale Dörfer Rheinland-Pfalz (Land Rheinland-Pfalz)',
      fundingUrl: 'https://www.digitale-doerfer.de/',
      partners: ['Fraunhofer IESE', 'Ortsbeiräte der Ortsbezirke'],
      topicSlugs: ['buergerbeteiligung', 'wirtschaft-tourismus'],
      tags: ['Dorf-App', 'DorfFunk', 'Ehrenamt', 'ländlicher Raum'],
      links: [{ label: 'Digitale Dörfer', url: 'https://www.digitale-doerfer.de/' }],
      visibility: 'PUBLIC',
    },
  },

  // Mainz
  {
    author: officerOf('mainz'),
    target: 'PUBLISHED',
    input: {
      title: 'Online-Terminvergabe im Bürgerbüro',
      summary:
        'Termine für Ausweis, Meldebescheinigung und Führerschein bucht man rund um die Uhr online. Die Wartezeit vor Ort sank von durchschnittlich 70 auf unter 10 Minuten; spontane Besuche bleiben am Vormittag möglich.',
      problem:
        'Lange Schlangen vor dem Bürgerbüro, vor allem montags und vor den Ferien. Beschäftigte konnten den Andrang **nicht planen**, Bürgerinnen und Bürger nahmen Urlaub für Behördengänge.',
      solution:
        '- Terminbuchung über das Serviceportal der Stadt, mit Erinnerung per E-Mail\n- **Dienstleistungsbezogene Zeitfenster** (ein Reisepass braucht länger als eine Meldebescheinigung)\n- Aufrufsystem im Wartebereich, das Termine und Spontanbesuche mischt\n- Telefonische Buchung für Menschen ohne Internetzugang',
      results: '- Wartezeit vor Ort: **unter 10 Minuten** in 9 von 10 Fällen\n- 82 % aller Vorgänge mit Termin\n- Nicht wahrgenommene Termine: 6 %, seit der Erinnerungs-E-Mail',
      lessonsLearned:
        '- Ein Kontingent für Spontanbesuche **muss bleiben**, sonst verlagert sich der Ärger ans Telefon\n- Die Auswertung der Buchungsdaten hilft bei der Personalplanung mehr als erwartet',
      maturity: 'OPERATIONAL',
      costOneOff: 24_000,
      costYearly: 9_600,
      partners: ['Bürgerservice der Stadt Mainz'],
      topicSlugs: ['verwaltungsdigitalisierung'],
      tags: ['Terminvergabe', 'Bürgerbüro', 'Serviceportal', 'OZG'],
      links: [{ label: 'Onlinezugangsgesetz (BMI)', url: 'https://www.onlinezugangsgesetz.de/' }],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('mainz'),
    target: 'PUBLISHED',
    input: {
      title: 'Open-Data-Portal der Stadt',
      summary:
        'Über 180 Datensätze – von Haushaltsdaten bis zu Baumstandorten – stehen maschinenlesbar unter offener Lizenz bereit und werden automatisch an GovData und das Landesportal gemeldet.',
      problem:
        'Anfragen nach Daten wurden einzeln per E-Mail beantwortet, oft mit PDF-Tabellen. Ämter wussten nicht, **welche Daten es überhaupt gibt**.',
      solution:
        'Aufbau eines Portals auf Basis von [CKAN](https://ckan.org/) mit Metadaten nach **DCAT-AP.de**.\n\n1. Dateninventur in allen Dezernaten\n2. Datenverantwortliche je Amt, Freigabe durch die Dienststellenleitung\n3. Harvesting durch [GovData](https://www.govdata.de/) und das Landesportal',
      results: '- **183 Datensätze**, davon 40 mit automatischer Aktualisierung\n- Drei Apps aus der Zivilgesellschaft nutzen die Daten\n- Weniger Einzelanfragen an die Statistikstelle',
      lessonsLearned:
        '- Mit Datensätzen beginnen, die **oft angefragt** werden, nicht mit denen, die leicht sind\n- Eine Lizenz für alles (Datenlizenz Deutschland Namensnennung 2.0) spart Diskussionen',
      maturity: 'OPERATIONAL',
      costOneOff: 40_000,
      costYearly: 12_000,
      partners: ['Hochschule Mainz', 'Code for Mainz'],
      topicSlugs: ['open-data'],
      tags: ['Open Data', 'CKAN', 'DCAT-AP.de', 'Transparenz'],
      links: [
        { label: 'GovData', url: 'https://www.govdata.de/' },
        { label: 'Offene Daten Rheinland-Pfalz', url: 'https://daten.rlp.de/' },
      ],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('mainz'),
    target: 'DRAFT',
    input: {
      title: 'KI-Assistenz für die Posteingangsbearbeitung',
      summary: 'Idee: Eingehende E-Mails und Briefe werden von einem Sprachmodell vorsortiert und dem zuständigen Amt vorgeschlagen.',
      problem: 'Die zentrale Poststelle leitet täglich rund 900 Eingänge weiter; ein Teil landet zunächst im falschen Amt.',
      solution: 'Noch offen: **Betrieb im eigenen Rechenzentrum** oder bei einem kommunalen IT-Dienstleister. Erste Gespräche laufen.',
      maturity: 'IDEA',
      topicSlugs: ['ki-verwaltung'],
      tags: ['KI', 'Posteingang'],
      visibility: 'NETWORK',
    },
  },

  // Trier
  {
    author: officerOf('trier'),
    target: 'PUBLISHED',
    input: {
      title: 'Smart Parking: Parkplatzsensoren in der Altstadt',
      summary:
        '320 Bodensensoren zeigen freie Stellplätze rund um die Porta Nigra in Echtzeit – in einer App, auf Anzeigetafeln und als offene Daten. Der Parksuchverkehr in der Altstadt ging messbar zurück.',
      problem:
        'Bis zu **30 % des Verkehrs** in der Altstadt war Parksuchverkehr, mit Lärm und Abgasen mitten im Welterbe-Bereich.',
      solution:
        '- Magnetfeld-Bodensensoren auf Kurzzeit- und Behindertenparkplätzen\n- Übertragung über LoRaWAN, Auswertung in der städtischen Datenplattform\n- **Dynamische Anzeigetafeln** an den Zufahrten und Daten für Navigationsanbieter',
      results: '- Parksuchverkehr in der Kernzone **um ein Fünftel** gesunken (Zählung vorher/nachher)\n- Behindertenparkplätze deutlich seltener fremdbelegt gemeldet',
      lessonsLearned:
        '- Sensoren im Kopfsteinpflaster brauchen einen eigenen Einbau-Standard\n- Die Akzeptanz stieg, als die Daten **auch in gängigen Navi-Apps** auftauchten',
      maturity: 'PILOT',
      costOneOff: 145_000,
      costYearly: 9_500,
      fundingProgramme: 'Sofortprogramm Saubere Luft (Bund), Förderquote 70 %',
      partners: ['Stadtwerke Trier', 'Universität Trier'],
      topicSlugs: ['mobilitaet', 'smart-city'],
      tags: ['Parken', 'Sensorik', 'LoRaWAN', 'Verkehr'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('trier'),
    target: 'PUBLISHED',
    input: {
      title: 'E-Akte in der Kernverwaltung',
      summary:
        'Schrittweise Einführung der elektronischen Akte in 14 Ämtern: Posteingang wird gescannt, Vorgänge laufen digital, Papierakten werden nur noch revisionssicher archiviert.',
      problem: 'Akten wanderten per Hauspost zwischen drei Standorten; Vertretungen und **mobiles Arbeiten** scheiterten an Papier.',
      solution:
        '1. Organisationsuntersuchung und **Aktenplan** vor der Technik\n2. Zentrales Scanzentrum für den Posteingang\n3. Einführung amtsweise, mit Multiplikatorinnen in jedem Amt\n4. Schnittstellen zu den Fachverfahren (Gewerbe, Bauaufsicht)',
      results: '- 14 von 21 Ämtern arbeiten vollständig digital\n- Durchlaufzeit interner Mitzeichnungen **halbiert**\n- 1.200 laufende Meter Registratur aufgelöst',
      lessonsLearned:
        '- Die E-Akte ist ein **Organisationsprojekt**, kein IT-Projekt\n- Personalrat und Datenschutz von Anfang an im Lenkungskreis\n- Scanqualität und Indexierung entscheiden über die Akzeptanz',
      maturity: 'ROLLOUT',
      costOneOff: 480_000,
      costYearly: 65_000,
      partners: ['Kommunaler IT-Dienstleister', 'Personalrat der Stadtverwaltung'],
      topicSlugs: ['verwaltungsdigitalisierung', 'it-sicherheit'],
      tags: ['E-Akte', 'DMS', 'Scanzentrum'],
      links: [],
      visibility: 'NETWORK',
    },
  },
  {
    author: officerOf('trier'),
    target: 'IN_REVIEW',
    input: {
      title: 'Digitale Stadtführung mit Augmented Reality',
      summary: 'Eine Web-App zeigt an zwölf Stationen der Römerstadt, wie die Bauten in der Antike aussahen – auf dem eigenen Smartphone, ohne Installation.',
      problem: 'Besucherinnen und Besucher sehen heute nur Ruinen; Führungen gibt es nicht zu jeder Zeit und nicht in jeder Sprache.',
      solution: '- Web-App mit **3D-Rekonstruktionen**, in fünf Sprachen\n- QR-Codes an den Stationen, Inhalte auch offline nutzbar',
      results: 'Pilotbetrieb seit Frühjahr: rund 9.000 Aufrufe im Monat.',
      lessonsLearned: 'Rechte an Rekonstruktionen früh klären – wissenschaftliche Vorlagen sind nicht automatisch frei nutzbar.',
      maturity: 'PILOT',
      costOneOff: 75_000,
      costYearly: 6_000,
      partners: ['Trier Tourismus und Marketing GmbH', 'Rheinisches Landesmuseum Trier'],
      topicSlugs: ['wirtschaft-tourismus'],
      tags: ['Tourismus', 'Augmented Reality', 'Kulturerbe'],
      visibility: 'PUBLIC',
    },
  },

  // Landau
  {
    author: officerOf('landau'),
    target: 'PUBLISHED',
    input: {
      title: 'Digitale Schule: Tablet-Ausleihe für Grundschulen',
      summary:
        'Alle elf Grundschulen leihen Klassensätze von iPads aus einem zentral verwalteten Pool. Der Schulträger übernimmt Geräteverwaltung, Reparatur und Jugendschutzfilter, die Schulen die Pädagogik.',
      problem:
        'Einzelne Schulen hatten Geräte aus Spenden, andere keine. Lehrkräfte mussten sich **selbst um Updates** kümmern; vieles lag ungenutzt im Schrank.',
      solution:
        '- **Zentraler Gerätepool** (420 Tablets) mit Mobile-Device-Management\n- Ausleihe per Online-Kalender, Lieferung in Transportkoffern mit Ladefunktion\n- Zwei IT-Betreuer des Schulträgers, feste Sprechstunden an jeder Schule\n- Fortbildungen mit dem Medienkompetenzzentrum',
      results: '- Auslastung des Pools: **78 %** der Unterrichtswochen\n- Reparaturzeit unter drei Schultagen\n- Alle Schulen haben ein Medienkonzept beschlossen',
      lessonsLearned:
        '- Das WLAN in den Schulen zuerst – sonst frustrieren Tablets mehr, als sie helfen\n- **Klassensätze** statt 1:1-Ausstattung ist für Grundschulen wirtschaftlicher\n- Die Ausleihe muss so einfach sein wie eine Raumbuchung',
      maturity: 'OPERATIONAL',
      costOneOff: 210_000,
      costYearly: 38_000,
      fundingProgramme: 'DigitalPakt Schule (Bund und Land Rheinland-Pfalz)',
      fundingUrl: 'https://www.digitalpakt-schule.de/',
      partners: ['Medienkompetenzzentrum Südpfalz', 'Pädagogisches Landesinstitut Rheinland-Pfalz'],
      topicSlugs: ['bildung'],
      tags: ['Schule', 'Tablets', 'MDM', 'DigitalPakt'],
      links: [{ label: 'DigitalPakt Schule', url: 'https://www.digitalpakt-schule.de/' }],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('landau'),
    target: 'PUBLISHED',
    input: {
      title: 'Chatbot im Rathaus',
      summary:
        'Der Chatbot „Lando“ beantwortet auf der Website rund um die Uhr Fragen zu Öffnungszeiten, Müllabfuhr, Ausweisen und Anträgen und leitet zu den richtigen Online-Diensten weiter.',
      problem: 'Das Bürgertelefon beantwortete zu **zwei Dritteln Standardfragen**; komplexe Anliegen warteten in der Schleife.',
      solution:
        '- Wissensbasis aus den Leistungsbeschreibungen des Landes, ergänzt um lokale Inhalte\n- Antworten **nur aus geprüften Texten**, mit Link zur Quelle; keine freien Antworten eines Sprachmodells\n- Übergabe an das Bürgertelefon, wenn der Bot nicht weiterweiß',
      results: '- Rund **4.500 Gespräche im Monat**\n- 71 % ohne Weiterleitung beantwortet\n- Anrufe zu Standardfragen um ein Viertel zurückgegangen',
      lessonsLearned:
        '- Die Pflege der Inhalte braucht eine feste Zuständigkeit\n- Transparenz wirkt: Der Bot sagt, dass er ein Bot ist und **was er nicht kann**',
      maturity: 'PILOT',
      costOneOff: 30_000,
      costYearly: 14_000,
      partners: ['Hochschule Kaiserslautern, Campus Zweibrücken'],
      topicSlugs: ['ki-verwaltung', 'verwaltungsdigitalisierung'],
      tags: ['Chatbot', 'KI', 'Bürgerservice'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('landau'),
    target: 'CHANGES_REQUESTED',
    reviewComment:
      'Vielen Dank für das Praxisbeispiel! Bitte ergänzen Sie noch die Kosten (einmalig und jährlich) und nennen Sie die eingesetzte Beteiligungssoftware. Der Abschnitt „Ergebnisse“ ist noch leer – gibt es schon Zahlen zur Beteiligung?',
    input: {
      title: 'Online-Beteiligung zum Klimaschutzkonzept',
      summary: 'Bürgerinnen und Bürger kommentierten den Entwurf des Klimaschutzkonzepts online und schlugen Maßnahmen auf einer Karte vor.',
      problem: 'Zu den Präsenzveranstaltungen kamen vor allem die immer Gleichen; **junge Menschen und Familien** fehlten.',
      solution: '- Online-Kommentierung Absatz für Absatz\n- Kartenfunktion für Vorschläge (Radwege, Photovoltaik, Begrünung)',
      maturity: 'OPERATIONAL',
      partners: ['Klimaschutzmanagement der Stadt Landau'],
      topicSlugs: ['buergerbeteiligung', 'klima-umwelt'],
      tags: ['Beteiligung', 'Klimaschutz'],
      visibility: 'PUBLIC',
    },
  },

  // Speyer (the council information system is shared with Landau)
  {
    author: officerOf('speyer'),
    target: 'PUBLISHED',
    input: {
      title: 'Digitale Bauanträge',
      summary:
        'Bauanträge, Pläne und Nachforderungen laufen vollständig digital zwischen Bauherrschaft, Entwurfsverfasser, Bauaufsicht und beteiligten Stellen. Keine Papiersätze mehr in fünffacher Ausfertigung.',
      problem:
        'Ein Bauantrag bedeutete bis zu **fünf Papiersätze**, Versand an Fachstellen per Post und Wochen an Liegezeiten zwischen den Beteiligten.',
      solution:
        '1. Antragstellung über die EfA-Leistung „Digitale Baugenehmigung“\n2. Digitale Sternbeteiligung der Fachstellen (Denkmalschutz, Brandschutz, Tiefbau)\n3. Prüfung am großen Bildschirm mit **digitalen Prüfvermerken** in den Plänen',
      results: '- Bearbeitungszeit einfacher Verfahren von 11 auf **7 Wochen**\n- 64 % der Anträge gehen digital ein\n- Deutlich weniger Rückfragen zu fehlenden Unterlagen',
      lessonsLearned:
        '- Große Monitore und eine gute Plananzeige sind Pflicht, sonst drucken alle wieder aus\n- Die Architektenkammer als Partnerin gewinnen: **Entwurfsverfasser** tragen die Umstellung',
      maturity: 'ROLLOUT',
      costOneOff: 85_000,
      costYearly: 16_000,
      fundingProgramme: 'OZG-Umsetzung nach dem Einer-für-Alle-Prinzip',
      fundingUrl: 'https://www.onlinezugangsgesetz.de/',
      partners: ['Architektenkammer Rheinland-Pfalz', 'Kreisverwaltung Rhein-Pfalz-Kreis'],
      topicSlugs: ['verwaltungsdigitalisierung'],
      tags: ['Bauantrag', 'OZG', 'EfA', 'Bauaufsicht'],
      links: [{ label: 'Onlinezugangsgesetz', url: 'https://www.onlinezugangsgesetz.de/' }],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('speyer'),
    target: 'PUBLISHED',
    coOwners: ['landau'],
    input: {
      title: 'Ratsinformationssystem mit papierloser Gremienarbeit',
      summary:
        'Speyer und Landau haben ihr Ratsinformationssystem gemeinsam ausgeschrieben. Ratsmitglieder arbeiten mit Tablets, Sitzungsunterlagen und Beschlüsse sind für die Öffentlichkeit durchsuchbar.',
      problem: 'Jede Sitzung bedeutete tausende Seiten Papier und Boten. Bürgerinnen und Bürger fanden **Beschlüsse kaum wieder**.',
      solution:
        '- **Gemeinsame Ausschreibung** zweier Städte, ein Rahmenvertrag\n- App für Ratsmitglieder mit Anmerkungen und Offline-Modus\n- Öffentlicher Bereich mit Volltextsuche und Livestream-Verknüpfung',
      results: '- Rund **250.000 Seiten Papier** weniger im Jahr (beide Städte)\n- 96 % der Ratsmitglieder arbeiten digital\n- Lizenzkosten durch die gemeinsame Vergabe um ein Drittel niedriger',
      lessonsLearned:
        '- Eine **interkommunale Vergabe** lohnt sich schon ab zwei Partnern\n- Schulungen in kleinen Gruppen, vor der ersten Sitzung, nicht danach',
      maturity: 'OPERATIONAL',
      costOneOff: 60_000,
      costYearly: 22_000,
      partners: ['Stadt Landau in der Pfalz'],
      topicSlugs: ['buergerbeteiligung', 'verwaltungsdigitalisierung'],
      tags: ['Ratsinformationssystem', 'Gremienarbeit', 'interkommunal'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('speyer'),
    target: 'DRAFT',
    input: {
      title: 'Telemedizin-Sprechstunde im Seniorenzentrum',
      summary: 'Entwurf: Hausärztinnen halten eine Videosprechstunde im Seniorenzentrum, Pflegekräfte unterstützen vor Ort.',
      problem: 'Hausbesuche werden seltener, Fahrten zur Praxis sind für viele Bewohnerinnen und Bewohner beschwerlich.',
      maturity: 'IDEA',
      topicSlugs: ['gesundheit-pflege'],
      tags: ['Telemedizin', 'Pflege'],
      visibility: 'PUBLIC',
    },
  },

  // Zweibrücken
  {
    author: officerOf('zweibruecken'),
    target: 'PUBLISHED',
    input: {
      title: 'Glasfaserausbau-Koordination mit digitalem Baustellenatlas',
      summary:
        'Ein gemeinsamer digitaler Baustellenatlas bündelt die Planungen von drei Telekommunikationsunternehmen, Stadtwerken und Tiefbauamt. Straßen werden nur einmal geöffnet, Mitverlegung ist die Regel.',
      problem:
        'Drei Anbieter bauten parallel Glasfaser aus – teils in **derselben Straße im Abstand weniger Monate**. Beschwerden und Schäden an frisch sanierten Gehwegen häuften sich.',
      solution:
        '- Digitaler Baustellenatlas (GIS) mit allen geplanten Maßnahmen der nächsten zwei Jahre\n- Monatliche **Koordinierungsrunde** aller Netzbetreiber\n- Verbindliche Mitverlegung von Leerrohren bei städtischen Tiefbaumaßnahmen\n- Aufbruchgenehmigungen digital über den Atlas',
      results: '- **38 % weniger Aufbrüche** im zweiten Jahr\n- 9 km Leerrohr mitverlegt, ohne eigene Baukosten\n- Gigabit-Versorgung der Haushalte von 41 % auf 73 % gestiegen',
      lessonsLearned:
        '- Die Netzbetreiber machen mit, wenn sie **selbst Zeit sparen**\n- Eine Person im Rathaus, die den Überblick hat, ist wichtiger als das Werkzeug',
      maturity: 'ROLLOUT',
      costOneOff: 35_000,
      costYearly: 8_000,
      fundingProgramme: 'Gigabitförderung des Bundes, Beratungsleistungen',
      partners: ['Stadtwerke Zweibrücken', 'Breitband-Kompetenzzentrum Rheinland-Pfalz'],
      topicSlugs: ['infrastruktur'],
      tags: ['Glasfaser', 'Breitband', 'GIS', 'Tiefbau'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('zweibruecken'),
    target: 'PUBLISHED',
    input: {
      title: 'Notfallvorsorge: IT-Sicherheitskonzept nach BSI IT-Grundschutz',
      summary:
        'Nach einem Cyberangriff auf eine Nachbarkommune hat Zweibrücken ein IT-Sicherheitskonzept nach BSI-Standard aufgebaut, mit Notfallhandbuch, Offline-Backups und jährlicher Übung.',
      problem: 'Es gab kein aktuelles Notfallhandbuch, Backups lagen im selben Netz, und **niemand wusste**, wer im Ernstfall entscheidet.',
      solution:
        '1. Informationssicherheitsbeauftragte benannt (halbe Stelle)\n2. Vorgehen nach dem **Weg in die Basis-Absicherung** des [BSI](https://www.bsi.bund.de/)\n3. Offline-Backups mit monatlichem Wiederherstellungstest\n4. Planspiel „Verwaltung ohne IT“ mit dem Verwaltungsvorstand',
      results: '- Notfallhandbuch mit Meldeketten und Kontaktlisten (auch auf Papier)\n- Wiederherstellung der Kernverfahren in unter 48 Stunden geübt\n- **Phishing-Klickrate** nach Schulungen von 14 % auf 3 %',
      lessonsLearned:
        '- Das Planspiel hat mehr bewirkt als jedes Konzeptpapier\n- Auf Papier ausgedruckte Telefonlisten sind **kein Anachronismus**',
      maturity: 'OPERATIONAL',
      costOneOff: 45_000,
      costYearly: 30_000,
      partners: ['Landesbeauftragter für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz'],
      topicSlugs: ['it-sicherheit'],
      tags: ['BSI', 'IT-Grundschutz', 'Notfallvorsorge', 'Backup'],
      links: [{ label: 'BSI IT-Grundschutz', url: 'https://www.bsi.bund.de/' }],
      visibility: 'NETWORK',
    },
  },
  {
    author: officerOf('zweibruecken'),
    target: 'IN_REVIEW',
    input: {
      title: 'Digitale Pflegeplatzbörse',
      summary: 'Freie Kurzzeit- und Tagespflegeplätze der Region werden tagesaktuell online angezeigt; Angehörige und Sozialdienste sparen Telefonate.',
      problem: 'Angehörige telefonierten bis zu zwanzig Einrichtungen ab, um einen Kurzzeitpflegeplatz zu finden.',
      solution: '- Einrichtungen melden freie Plätze per Web-Formular oder Schnittstelle\n- **Öffentliche Übersicht** mit Filter nach Pflegeart und Entfernung',
      results: 'Pilot mit 14 Einrichtungen seit drei Monaten.',
      lessonsLearned: 'Die Meldung muss in zwei Minuten erledigt sein, sonst ist die Börse nach einer Woche veraltet.',
      maturity: 'PILOT',
      costOneOff: 18_000,
      costYearly: 3_600,
      partners: ['Pflegestützpunkt Zweibrücken'],
      topicSlugs: ['gesundheit-pflege'],
      tags: ['Pflege', 'Kurzzeitpflege'],
      visibility: 'PUBLIC',
    },
  },

  // Bad Dürkheim
  {
    author: officerOf('bad-duerkheim'),
    target: 'PUBLISHED',
    input: {
      title: 'Digitale Bürgerbeteiligung: Beteiligungsportal der Kreisstadt',
      summary:
        'Ein Beteiligungsportal bündelt Umfragen, Planungsbeteiligung und Bürgerhaushalt. Jede Beteiligung endet mit einer öffentlichen Rückmeldung, was aus den Vorschlägen geworden ist.',
      problem: 'Beteiligungen liefen über verstreute Formulare; Teilnehmende erfuhren **nie, was aus ihren Beiträgen wurde**.',
      solution:
        '- Ein Portal für alle Verfahren, mit einem Konto oder anonym\n- **Rechenschaftsseite** zu jedem Verfahren: angenommen, geprüft, abgelehnt – mit Begründung\n- Begleitung durch das Jugendparlament und Sprechstunden in der Stadtbücherei',
      results: '- 11 Verfahren in zwei Jahren, im Schnitt **640 Teilnehmende**\n- Der Anteil unter 30-Jähriger verdreifacht\n- Zwei Vorschläge aus dem Bürgerhaushalt sind umgesetzt',
      lessonsLearned:
        '- Die Rückmeldung am Ende ist wichtiger als die Technik am Anfang\n- Beteiligung braucht ein **Budget für Öffentlichkeitsarbeit**, nicht nur für Lizenzen',
      maturity: 'OPERATIONAL',
      costOneOff: 15_000,
      costYearly: 7_200,
      partners: ['Jugendparlament Bad Dürkheim', 'Stadtbücherei Bad Dürkheim'],
      topicSlugs: ['buergerbeteiligung'],
      tags: ['Beteiligung', 'Bürgerhaushalt', 'Jugend'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('bad-duerkheim'),
    target: 'PUBLISHED',
    input: {
      title: 'Energiemonitoring kommunaler Gebäude',
      summary:
        'Digitale Zähler in 26 städtischen Gebäuden erfassen Strom, Wärme und Wasser im Viertelstundentakt. Auffälligkeiten wie Heizung am Wochenende fallen sofort auf – 14 % weniger Wärmeverbrauch.',
      problem: 'Verbräuche wurden einmal im Jahr von Hand abgelesen; **Fehler in der Heizungssteuerung** blieben monatelang unentdeckt.',
      solution:
        '- Nachrüstung von Funkzählern, Anbindung über LoRaWAN und die Gebäudeleittechnik\n- Energiemanagement-Software mit Wochenberichten an die Hausmeister\n- **Grenzwert-Alarme** bei ungewöhnlichen Verbräuchen',
      results: '- Wärmeverbrauch **minus 14 %** im ersten Jahr (witterungsbereinigt)\n- Zwei Wasserschäden früh erkannt\n- Daten für den Energiebericht auf Knopfdruck',
      lessonsLearned:
        '- Hausmeisterinnen und Hausmeister sind die wichtigsten Nutzer – Berichte müssen für sie lesbar sein\n- Mit den größten Verbrauchern anfangen: Schulen und Hallenbad',
      maturity: 'OPERATIONAL',
      costOneOff: 52_000,
      costYearly: 6_500,
      fundingProgramme: 'Kommunalrichtlinie der Nationalen Klimaschutzinitiative (NKI)',
      fundingUrl: 'https://www.klimaschutz.de/',
      partners: ['Energieagentur Rheinland-Pfalz'],
      topicSlugs: ['klima-umwelt', 'smart-city'],
      tags: ['Energie', 'Gebäude', 'Monitoring', 'Klimaschutz'],
      links: [{ label: 'Nationale Klimaschutzinitiative', url: 'https://www.klimaschutz.de/' }],
      visibility: 'PUBLIC',
    },
  },
  {
    author: officerOf('bad-duerkheim'),
    target: 'PUBLISHED',
    input: {
      title: 'Digitale Besucherlenkung beim Wurstmarkt',
      summary:
        'Zum Wurstmarkt zeigen Zählsensoren und Parkplatzdaten die Auslastung von Festplatz, Parkflächen und Shuttle-Bussen auf einer Website und an Anzeigetafeln an den Ortseingängen.',
      problem: 'Am Wochenende staute sich der Anreiseverkehr bis auf die Autobahn, während Park-and-Ride-Plätze **halb leer** blieben.',
      solution:
        '- Anonyme Personenzählung an den Zugängen des Festgeländes (keine Kameras mit Bildspeicherung)\n- Auslastung der Parkflächen über Schranken und Zählschleifen\n- Empfehlungen auf Anzeigetafeln und auf der Festwebsite',
      results: '- Park-and-Ride-Auslastung von 45 % auf **80 %**\n- Rückstaus auf der Zufahrt deutlich kürzer\n- Die Sensorik wird inzwischen bei weiteren Festen genutzt',
      lessonsLearned:
        '- Mit Polizei und Ordnungsamt gemeinsam testen, **vor** dem Fest\n- Datenschutz transparent erklären, dann fragt niemand nach Kameras',
      maturity: 'PILOT',
      costOneOff: 28_000,
      costYearly: 3_000,
      partners: ['Polizeiinspektion Bad Dürkheim', 'Verkehrsverbund Rhein-Neckar'],
      topicSlugs: ['wirtschaft-tourismus', 'mobilitaet'],
      tags: ['Besucherlenkung', 'Veranstaltungen', 'Verkehr'],
      links: [],
      visibility: 'PUBLIC',
    },
  },
];

/**
 * Deterministic German text about kommunale Digitalisierung for the benchmark data set. The
 * machine has no internet, so sentences are built from word lists. Words appear in several
 * inflected and derived forms (digitalisiert, digitalisierte, Digitalisierung; Glasfaser,
 * Glasfasernetz, Glasfaseranschlüsse) so that German stemming matters to search.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same data set. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Index 0..n-1 with Zipf-like weights (exponent s): index 0 is the most frequent. */
  zipf(n: number, s = 1.1): number {
    // Inverse-CDF on a cached table per (n, s).
    const key = `${n}:${s}`;
    let cdf = zipfTables.get(key);
    if (!cdf) {
      const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
      const sum = weights.reduce((a, b) => a + b, 0);
      let acc = 0;
      cdf = weights.map((w) => (acc += w / sum));
      zipfTables.set(key, cdf);
    }
    const u = this.next();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `k` distinct indexes below `n`, Zipf-weighted. */
  distinctZipf(n: number, k: number, s = 1.1): number[] {
    const out = new Set<number>();
    for (let guard = 0; out.size < Math.min(k, n) && guard < 50; guard++) out.add(this.zipf(n, s));
    return [...out];
  }
}

const zipfTables = new Map<string, number[]>();

const BODIES = [
  'Die Verbandsgemeinde', 'Unsere Stadtverwaltung', 'Die Ortsgemeinde', 'Der Landkreis', 'Die Kreisverwaltung',
  'Das Bürgerbüro', 'Die Gemeindeverwaltung', 'Der Eigenbetrieb', 'Die Stadtwerke', 'Das Ordnungsamt',
  'Die Digitalisierungsstelle', 'Das Rathaus', 'Der Ortsgemeinderat', 'Die Kämmerei', 'Das Bauamt',
];

const ADJ_TITLE = [
  'Digitale', 'Digitalisierte', 'Vernetzte', 'Offene', 'Gemeinsame', 'Interkommunale', 'Barrierefreie',
  'Papierlose', 'Automatisierte', 'Mobile', 'Nachhaltige', 'Smarte',
];

/** Nouns of titles; several share a stem with inflected forms used in the body text. */
const NOUN_TITLE = [
  'Bürgerbeteiligung im Ortsgemeinderat', 'Antragsverfahren für Gewerbeanmeldungen', 'Bauantragsverfahren',
  'Ratsarbeit', 'Terminvergabe im Bürgerbüro', 'Glasfaserversorgung der Ortsteile', 'Straßenbeleuchtung',
  'Parkraumbewirtschaftung', 'Schulverwaltung', 'Hundesteuer-Anmeldung', 'Mängelmelder', 'E-Akte',
  'Wohngeldanträge', 'Kita-Platzvergabe', 'Abfallkalender', 'Hochwasserfrühwarnung', 'Feuerwehr-Alarmierung',
  'Friedhofsverwaltung', 'Vereinsförderung', 'Bürgerhaushalt', 'Sitzungsdienst', 'Rechnungsbearbeitung',
  'Personalgewinnung', 'Open-Data-Plattform', 'Sensorik für Bodenfeuchte', 'Ladeinfrastruktur',
  'Quartiersvernetzung', 'Telemedizin in der Landarztpraxis', 'Chatbot für Bürgeranfragen', 'WLAN in der Innenstadt',
];

const PLACES = [
  'in der Verbandsgemeinde', 'im ländlichen Raum', 'in der Westpfalz', 'im Landkreis', 'in kleinen Gemeinden',
  'in der Kreisstadt', 'in der Ortsgemeinde', 'im Ortsgemeinderat', 'im Stadtrat', 'über Gemeindegrenzen hinweg',
];

const VERB_PHRASES = [
  'digitalisiert', 'hat digitalisiert', 'digitalisierte im vergangenen Jahr', 'will digitalisieren',
  'führt ein', 'führte schrittweise ein', 'erprobt', 'erprobte gemeinsam mit Nachbarkommunen', 'baut aus',
  'baute konsequent aus', 'vernetzt', 'vereinfacht', 'vereinfachte spürbar', 'automatisiert', 'automatisierte',
  'beteiligt die Bürgerinnen und Bürger an', 'beteiligte Bürgerinnen und Bürger frühzeitig an', 'stellt bereit',
];

const OBJECTS = [
  'die Antragsverfahren', 'digitalisierte Antragsverfahren', 'den Antragsprozess', 'die Bauanträge',
  'das Onlinezugangsgesetz (OZG)', 'die Umsetzung des Onlinezugangsgesetzes', 'OZG-Leistungen',
  'das Glasfasernetz', 'den Glasfaserausbau', 'Glasfaseranschlüsse für Schulen', 'die Glasfaser bis ins Haus',
  'eine Smart-City-Plattform', 'die Smart City Strategie', 'Sensoren im Stadtgebiet', 'ein LoRaWAN-Netz',
  'die Bürgerbeteiligung', 'digitale Bürgerbeteiligungen', 'Beteiligungsverfahren', 'das Ratsinformationssystem',
  'die elektronische Akte', 'die E-Rechnung', 'das Servicekonto', 'die BundID-Anbindung', 'das Bürgerportal',
  'offene Daten', 'ein Open-Data-Portal', 'die Datenplattform', 'Verkehrsdaten', 'digitale Parkleitsysteme',
  'den Mängelmelder', 'die Terminbuchung', 'Videosprechstunden', 'die Schul-IT', 'digitale Klassenzimmer',
  'einen KI-gestützten Chatbot', 'die Informationssicherheit', 'das Notfallmanagement', 'Hochwasserpegel',
];

const PROBLEMS = [
  'Bisher mussten Anträge ausgedruckt, unterschrieben und persönlich im Rathaus abgegeben werden.',
  'Die Bearbeitungszeiten lagen bei mehreren Wochen, weil Unterlagen zwischen Ämtern per Post verschickt wurden.',
  'Viele Ortsteile waren nur mit wenigen Megabit angebunden, Homeoffice und Schulunterricht litten darunter.',
  'Die Beteiligung an Ratssitzungen war gering, jüngere Menschen erreichten wir kaum.',
  'Die Verwaltung verfügte über keine gemeinsame Datengrundlage, jede Abteilung pflegte eigene Listen.',
  'Fachkräfte fehlen, und die Zahl der Vorgänge wächst jedes Jahr.',
  'Bürgerinnen und Bürger erwarten Verwaltungsleistungen rund um die Uhr und ohne Wartezeiten.',
  'Die Umsetzung des Onlinezugangsgesetzes überforderte kleine Gemeinden ohne eigene IT-Abteilung.',
  'Starkregenereignisse trafen die Gemeinde unvorbereitet, Messdaten lagen nicht in Echtzeit vor.',
  'Die Parkplatzsuche verursachte in der Innenstadt viel Verkehr und Ärger.',
];

const SOLUTIONS = [
  'Gemeinsam mit dem kommunalen IT-Dienstleister wurde ein Online-Antrag mit Servicekonto-Anbindung umgesetzt.',
  'Wir haben die Prozesse zunächst modelliert, vereinfacht und erst danach digitalisiert.',
  'Eine interkommunale Arbeitsgruppe wählte eine Lösung aus, die mehrere Verbandsgemeinden nachnutzen.',
  'Der Glasfaserausbau erfolgte im geförderten Verfahren, ergänzt durch eigenwirtschaftlichen Ausbau.',
  'Sensoren messen Pegelstände und Bodenfeuchte und melden Werte über ein LoRaWAN-Netz an die Datenplattform.',
  'Die Bürgerbeteiligung läuft über eine Plattform, auf der Vorschläge kommentiert und bewertet werden können.',
  'Ein Chatbot beantwortet häufige Fragen und leitet komplexe Anliegen an die zuständige Stelle weiter.',
  'Die Sitzungsunterlagen stehen den Ratsmitgliedern digital auf Tablets zur Verfügung.',
  'Mitarbeitende wurden in Workshops geschult und als Digitallotsen für ihre Abteilungen gewonnen.',
  'Die Daten werden als offene Daten unter einer freien Lizenz veröffentlicht.',
];

const RESULTS = [
  'Die Bearbeitungszeit sank von durchschnittlich drei Wochen auf vier Tage.',
  'Mehr als die Hälfte der Anträge geht inzwischen digital ein.',
  'Über 2.000 Haushalte erhielten einen Glasfaseranschluss.',
  'Die Zahl der Beteiligten an der Bürgerbeteiligung hat sich verdreifacht.',
  'Die Lösung wird inzwischen von zwölf Kommunen nachgenutzt.',
  'Papier- und Portokosten sanken um rund 40 Prozent.',
  'Die Warnzeiten bei Hochwasser verlängerten sich um mehrere Stunden.',
  'Die Zufriedenheit der Bürgerinnen und Bürger stieg deutlich.',
];

const LESSONS = [
  'Früh die Personalvertretung und den Datenschutz einbinden.',
  'Nicht den Papierprozess digitalisieren, sondern den Prozess neu denken.',
  'Interkommunale Zusammenarbeit spart Geld und Nerven.',
  'Ein klarer Zeitplan und eine verantwortliche Person sind entscheidend.',
  'Fördermittel rechtzeitig beantragen, die Verfahren dauern.',
  'Kleine Pilotprojekte schaffen Akzeptanz für größere Vorhaben.',
  'Die Kommunikation mit den Bürgerinnen und Bürgern darf nicht zu kurz kommen.',
];

export const TAGS = [
  'OZG', 'Onlinezugangsgesetz', 'Glasfaser', 'Smart City', 'LoRaWAN', 'Open Data', 'E-Akte', 'Bürgerbeteiligung',
  'Chatbot', 'KI', 'Servicekonto', 'Ratsinformationssystem', 'Förderung', 'Nachnutzung', 'Sensorik', 'Datenschutz',
];

const FUNDING = [
  'Modellprojekte Smart Cities (BMWSB)', 'Bundesförderprogramm Breitband', 'Digitalpakt Schule', 'LEADER',
  'Landesprogramm Digitale Dörfer', 'EFRE', null, null, null,
];

const PARTNERS = ['Hochschule Kaiserslautern', 'Fraunhofer IESE', 'KommWis', 'Zweckverband Digitale Region', 'Landesbetrieb Daten und Information'];

const EVENT_KINDS = [
  'Netzwerktreffen', 'Workshop', 'Webinar', 'Fachtag', 'Erfahrungsaustausch', 'Online-Sprechstunde', 'Barcamp',
  'Infoveranstaltung', 'Schulung', 'Praxisforum',
];

const EVENT_TOPICS = [
  'Digitalisierung der Verwaltung', 'Onlinezugangsgesetz', 'Glasfaserausbau', 'Smart City', 'Bürgerbeteiligung',
  'Open Data', 'KI in der Verwaltung', 'Informationssicherheit', 'E-Akte', 'Digitale Schule',
];

/** A sentence: body, verb phrase, object, optional place. */
function sentence(rng: Rng): string {
  const place = rng.next() < 0.4 ? ` ${rng.pick(PLACES)}` : '';
  return `${rng.pick(BODIES)} ${rng.pick(VERB_PHRASES)} ${rng.pick(OBJECTS)}${place}.`;
}

function paragraph(rng: Rng, fixed: readonly string[], count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(i % 2 === 0 ? rng.pick(fixed) : sentence(rng));
  return parts.join(' ');
}

export interface CaseStudyText {
  title: string;
  summary: string;
  problem: string;
  solution: string;
  results: string;
  lessonsLearned: string;
  tags: string[];
  fundingProgramme: string | null;
  partners: string[];
}

/** Titles only in an inflected form ("digitalisierte"), for the stemming probe of the search scenario. */
export const STEMMING_PROBE = { title: 'Digitalisierte Friedhofsverwaltung mit Grabstellenkataster', query: 'Digitalisierung Friedhofsverwaltung' };

export function caseStudyText(rng: Rng, probe = false): CaseStudyText {
  const title = probe ? STEMMING_PROBE.title : `${rng.pick(ADJ_TITLE)} ${rng.pick(NOUN_TITLE)}${rng.next() < 0.5 ? ` ${rng.pick(PLACES)}` : ''}`;
  let summary = `${sentence(rng)} ${sentence(rng)} ${rng.pick(RESULTS)}`;
  if (summary.length > 300) summary = `${summary.slice(0, 296).replace(/\s+\S*$/, '')} …`;
  const tags = [...new Set([rng.pick(TAGS), rng.pick(TAGS)])].slice(0, 1 + rng.int(2));
  return {
    title,
    summary,
    problem: paragraph(rng, PROBLEMS, 3 + rng.int(3)),
    solution: paragraph(rng, SOLUTIONS, 4 + rng.int(4)),
    results: paragraph(rng, RESULTS, 2 + rng.int(3)),
    lessonsLearned: `- ${rng.pick(LESSONS)}\n- ${rng.pick(LESSONS)}\n- ${rng.pick(LESSONS)}`,
    tags,
    fundingProgramme: rng.pick(FUNDING),
    partners: rng.next() < 0.3 ? [rng.pick(PARTNERS)] : [],
  };
}

export interface EventText {
  title: string;
  description: string;
  location: string;
}

export function eventText(rng: Rng, town: string): EventText {
  return {
    title: `${rng.pick(EVENT_KINDS)} ${rng.pick(EVENT_TOPICS)}`,
    description: `${sentence(rng)} ${sentence(rng)} ${rng.pick(SOLUTIONS)}\n\nAnmeldung über die Plattform.`,
    location: `Rathaus ${town}, Sitzungssaal`,
  };
}

const FIRST = ['Anna', 'Lena', 'Julia', 'Sabine', 'Petra', 'Claudia', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus', 'Jan', 'Katharina', 'Lukas', 'Sophie', 'Felix', 'Jonas', 'Miriam', 'Ayşe', 'Mehmet'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger'];

/** First and last names as SQL array literals, for set-based user generation. */
export const NAME_ARRAYS = { first: FIRST, last: LAST };

/** A URL slug from a German title: umlauts spelled out, lower case, dashes. */
export function slugify(text: string): string {
  return (
    text
      .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
      .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
      .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70) || 'x'
  );
}

import type { Frequency } from '@ikone/notifications';
import type { ReuseStatus } from '@ikone/knowledge';
import type { ReportReason } from '@ikone/moderation';
import type { ApplyCommand } from '@ikone/membership';
import { DemoPlace, memberOf, officerOf } from '../demo-network';

/** What people in the demo network follow: a topic (by slug) or a member place. */
export interface DemoSubscription {
  email: string;
  topicSlug?: string;
  place?: DemoPlace;
  frequency: Frequency;
}

export const DEMO_SUBSCRIPTIONS: readonly DemoSubscription[] = [
  { email: memberOf('mainz'), topicSlug: 'open-data', frequency: 'IMMEDIATE' },
  { email: memberOf('mainz'), place: 'trier', frequency: 'DAILY' },
  { email: memberOf('trier'), topicSlug: 'smart-city', frequency: 'WEEKLY' },
  { email: memberOf('trier'), topicSlug: 'mobilitaet', frequency: 'IMMEDIATE' },
  { email: memberOf('landau'), topicSlug: 'bildung', frequency: 'DAILY' },
  { email: memberOf('speyer'), topicSlug: 'verwaltungsdigitalisierung', frequency: 'WEEKLY' },
  { email: memberOf('speyer'), place: 'kaiserslautern', frequency: 'IMMEDIATE' },
  { email: memberOf('zweibruecken'), topicSlug: 'infrastruktur', frequency: 'DAILY' },
  { email: memberOf('zweibruecken'), topicSlug: 'it-sicherheit', frequency: 'IMMEDIATE' },
  { email: memberOf('bad-duerkheim'), topicSlug: 'klima-umwelt', frequency: 'WEEKLY' },
  { email: memberOf('bad-duerkheim'), topicSlug: 'buergerbeteiligung', frequency: 'DAILY' },
  { email: officerOf('mainz'), topicSlug: 'bildung', frequency: 'IMMEDIATE' },
  { email: officerOf('zweibruecken'), topicSlug: 'smart-city', frequency: 'DAILY' },
  { email: officerOf('landau'), place: 'mainz', frequency: 'WEEKLY' },
];

/** Nachnutzung: an officer asks to reuse a published case study; the owners' officer moves it on. */
export interface DemoReuse {
  /** Officer of the requesting municipality. */
  requester: string;
  caseStudyTitle: string;
  message: string;
  /** The owners' answer, step by step (empty: the request stays REQUESTED). */
  steps: { by: string; status: Exclude<ReuseStatus, 'REQUESTED'> }[];
}

export const DEMO_REUSE: readonly DemoReuse[] = [
  {
    requester: officerOf('mainz'),
    caseStudyTitle: 'Digitale Schule: Tablet-Ausleihe für Grundschulen',
    message:
      'Liebe Kolleginnen und Kollegen in Landau, unsere Grundschulen suchen genau so ein Poolmodell. Können wir Ihre Leistungsbeschreibung für das MDM und die Ausleihregeln übernehmen? Gern auch ein Termin mit unserem Schulamt.',
    steps: [
      { by: officerOf('landau'), status: 'IN_TALKS' },
      { by: officerOf('landau'), status: 'ADOPTED' },
    ],
  },
  {
    requester: officerOf('zweibruecken'),
    caseStudyTitle: 'LoRaWAN-Sensorik für Pegelstände an der Lauter',
    message:
      'Der Hornbach macht uns bei Starkregen ähnliche Sorgen. Wir würden gern Ihre Sensorstandorte und die Alarmregeln für das Einsatzleitsystem kennenlernen.',
    steps: [],
  },
];

export interface DemoReport {
  reporter: string;
  caseStudyTitle: string;
  reason: ReportReason;
  note: string;
}

export const DEMO_REPORT: DemoReport = {
  reporter: memberOf('bad-duerkheim'),
  caseStudyTitle: 'Smart Parking: Parkplatzsensoren in der Altstadt',
  reason: 'INCORRECT',
  note: 'Die jährlichen Kosten wirken veraltet: In der Ratsvorlage aus diesem Jahr stehen für Wartung und Datenübertragung rund 18.000 € statt 9.500 €. Bitte prüfen.',
};

/** A body the directory lacks applies for membership and waits for the coordinators (SPEC §7, journey 1). */
export const DEMO_APPLICATION: ApplyCommand = {
  name: 'Verbandsgemeinde Otterbach-Otterberg',
  kind: 'VERBANDSGEMEINDE',
  state: 'RP',
  applicantName: 'Stefan Keller',
  applicantEmail: 'digital@otterbach-otterberg.example',
  motivation:
    'Wir sind Nachbarn von Kaiserslautern und starten gerade mit der Digitalisierung unserer 14 Ortsgemeinden. Besonders interessieren uns Dorf-Apps, digitale Ratsarbeit und die gemeinsame Beschaffung. Gern bringen wir unsere Erfahrungen mit der Online-Beteiligung im Ortsgemeinderat ein.',
  locale: 'de',
};

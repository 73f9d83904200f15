import type { EventInput } from '@ikone/knowledge';
import { COORDINATOR_EMAIL, memberOf, officerOf } from '../demo-network';

/** Events of the demo network, placed relative to the clock so there are always upcoming and past ones. */
export interface DemoEvent {
  /** Email of the organiser: an officer (the coordinator then reviews) or the coordinator (publishes at once). */
  author: string;
  /** Emails of the people who register, in this order (beyond the capacity they are waitlisted). */
  registrants: string[];
  input: Required<Pick<EventInput, 'title' | 'description' | 'startsAt' | 'endsAt' | 'format' | 'visibility' | 'topicSlugs'>> &
    Omit<EventInput, 'municipalityId' | 'topicIds'>;
}

/** The instant `days` days from `now` at hh:mm on the Europe/Berlin wall clock. */
export function berlinTime(now: Date, days: number, hour: number, minute = 0): Date {
  const day = new Date(now.getTime() + days * 86_400_000);
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(day)
    .split('-')
    .map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  // The offset of Berlin at about that instant (+1 h or +2 h), read back from Intl.
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(asUtc))
    .find((p) => p.type === 'timeZoneName')!
    .value.match(/GMT([+-]\d+)?/)![1];
  return new Date(asUtc - Number(offset ?? 0) * 3_600_000);
}

export function demoEvents(now: Date): DemoEvent[] {
  const at = (days: number, hour: number, minute = 0) => berlinTime(now, days, hour, minute);
  return [
    {
      author: COORDINATOR_EMAIL,
      // Five seats for seven people: two end up on the waitlist.
      registrants: [
        officerOf('mainz'),
        officerOf('trier'),
        officerOf('landau'),
        officerOf('speyer'),
        officerOf('zweibruecken'),
        memberOf('mainz'),
        memberOf('speyer'),
      ],
      input: {
        title: 'Netzwerktreffen Kaiserslautern: Digitale Verwaltung im Praxistest',
        description:
          'Das Netzwerktreffen der Mitgliedskommunen – diesmal im kleinen Kreis als **Werkstatt**.\n\n' +
          '- Kurzvorträge: Online-Terminvergabe (Mainz), E-Akte (Trier)\n' +
          '- Arbeitsgruppen zu Ihren aktuellen Vorhaben\n' +
          '- Mittagsimbiss und Zeit für Austausch\n\n' +
          'Die Plätze sind bewusst begrenzt. Bitte melden Sie sich ab, wenn Sie nicht kommen können – dann rückt jemand von der Warteliste nach.',
        startsAt: at(21, 10),
        endsAt: at(21, 15),
        format: 'ON_SITE',
        location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1, 67657 Kaiserslautern, Raum 1210',
        capacity: 5,
        registrationDeadline: at(18, 12),
        visibility: 'NETWORK',
        topicSlugs: ['verwaltungsdigitalisierung'],
      },
    },
    {
      author: officerOf('mainz'),
      registrants: [memberOf('mainz'), memberOf('trier'), officerOf('bad-duerkheim')],
      input: {
        title: 'Webinar: Open Data mit CKAN – vom Datensatz zum Portal',
        description:
          'Mainz zeigt in 90 Minuten, wie das städtische **Open-Data-Portal** entstanden ist: Dateninventur, Lizenzen, Metadaten nach DCAT-AP.de und die Meldung an [GovData](https://www.govdata.de/).\n\n' +
          'Mit Fragerunde. Der Zugangslink erscheint nach der Anmeldung.',
        startsAt: at(9, 14),
        endsAt: at(9, 15, 30),
        format: 'ONLINE',
        onlineUrl: 'https://konferenz.mainz.example/open-data-webinar',
        visibility: 'PUBLIC',
        topicSlugs: ['open-data'],
      },
    },
    {
      author: officerOf('trier'),
      registrants: [officerOf('zweibruecken'), memberOf('zweibruecken'), memberOf('landau')],
      input: {
        title: 'Smart-City-Werkstatt: LoRaWAN in der Praxis',
        description:
          'Sensorik für Parken, Pegel und Energie: Trier, Kaiserslautern und Bad Dürkheim berichten aus dem Betrieb ihrer **LoRaWAN-Netze**.\n\n' +
          '1. Netzplanung und Gateways\n2. Sensoren im Alltag – was hält, was nicht\n3. Daten offen bereitstellen\n\n' +
          'Vor Ort in Trier oder online zugeschaltet.',
        startsAt: at(35, 13),
        endsAt: at(35, 17),
        format: 'HYBRID',
        location: 'Rathaus Trier, Am Augustinerhof, 54290 Trier, Großer Sitzungssaal',
        onlineUrl: 'https://konferenz.trier.example/smart-city-werkstatt',
        capacity: 40,
        registrationDeadline: at(33, 12),
        visibility: 'PUBLIC',
        topicSlugs: ['smart-city', 'mobilitaet'],
      },
    },
    {
      author: COORDINATOR_EMAIL,
      registrants: [],
      input: {
        title: 'Netzwerktreffen Kaiserslautern: Erfahrungsaustausch OZG-Umsetzung',
        description:
          'Rückblick: Sieben Kommunen tauschten sich über die Umsetzung des Onlinezugangsgesetzes aus. Die Folien stehen im Mitgliederbereich.\n\n' +
          '- Einer-für-Alle-Leistungen: was wirklich nachnutzbar ist\n- Bezahlfunktionen und Servicekonten',
        startsAt: at(-42, 10),
        endsAt: at(-42, 16),
        format: 'ON_SITE',
        location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1, 67657 Kaiserslautern',
        capacity: 30,
        visibility: 'NETWORK',
        topicSlugs: ['verwaltungsdigitalisierung'],
      },
    },
    {
      author: officerOf('zweibruecken'),
      registrants: [],
      input: {
        title: 'Online-Sprechstunde IT-Sicherheit: Notfallhandbuch in sechs Wochen',
        description:
          'Zweibrücken stellte sein **Notfallhandbuch** vor und beantwortete Fragen zur Basis-Absicherung nach BSI IT-Grundschutz.',
        startsAt: at(-12, 11),
        endsAt: at(-12, 12),
        format: 'ONLINE',
        onlineUrl: 'https://konferenz.zweibruecken.example/it-sicherheit',
        visibility: 'NETWORK',
        topicSlugs: ['it-sicherheit'],
      },
    },
  ];
}

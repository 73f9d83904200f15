import type { PartnerApplyDetails, PartnerKind } from '@ikone/membership';
import { COORDINATOR_EMAIL, KAISERSLAUTERN_OFFICER } from '../demo-network';
import type { DemoCaseStudy } from './case-studies.content';

/**
 * The newer parts of the network in the demo: partner organisations (ADR 0024), funding
 * programmes with deadlines (ADR 0025), a contact role with a deputy (ADR 0026) and a software
 * case study with a publiccode.yml on Open CoDE (ADR 0027). The organisations and programmes are
 * real; people, addresses and the software project are invented.
 */

export interface DemoPartner {
  /** Applies like a real organisation; the coordinator approves it and fills its profile. */
  apply: PartnerApplyDetails & { kind: PartnerKind };
  applicantName: string;
  applicantEmail: string;
  motivation: string;
  description: string;
  contactEmail: string;
  topicSlugs: string[];
}

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    apply: { name: 'Hochschule Kaiserslautern', kind: 'UNIVERSITY', state: 'RP', website: 'https://www.hs-kl.de/' },
    applicantName: 'Prof. Dr. Eva Lange',
    applicantEmail: 'transfer@hs-kl.example',
    motivation: 'Wir begleiten Kommunen der Region mit Abschlussarbeiten und Reallaboren und möchten Ergebnisse im Netzwerk teilen.',
    description:
      'Die **Hochschule Kaiserslautern** begleitet Kommunen mit Reallaboren, Abschlussarbeiten und Weiterbildungen zu Sensorik, offenen Daten und digitaler Verwaltung.',
    contactEmail: 'transfer@hs-kl.example',
    topicSlugs: ['smart-city', 'open-data'],
  },
  {
    apply: { name: 'Fraunhofer IESE', kind: 'RESEARCH', state: 'RP', website: 'https://www.iese.fraunhofer.de/' },
    applicantName: 'Dr. Martin Roth',
    applicantEmail: 'kommunen@iese.example',
    motivation: 'Aus dem Projekt Digitale Dörfer kennen wir viele Kommunen in Rheinland-Pfalz; das Netzwerk hilft, Erfahrungen weiterzugeben.',
    description:
      'Das **Fraunhofer-Institut für Experimentelles Software Engineering** in Kaiserslautern entwickelt mit Kommunen digitale Dienste für den ländlichen Raum, etwa die Plattform der Digitalen Dörfer.',
    contactEmail: 'kommunen@iese.example',
    topicSlugs: ['verwaltungsdigitalisierung'],
  },
  {
    apply: { name: 'Code for Kaiserslautern', kind: 'CIVIC', state: 'RP', website: null },
    applicantName: 'Nina Vogel',
    applicantEmail: 'hallo@codefor-kl.example',
    motivation: 'Wir sind Ehrenamtliche, die mit offenen Daten der Stadt kleine Anwendungen bauen.',
    description: 'Eine ehrenamtliche Gruppe, die aus **offenen Daten** der Stadt Karten und kleine Anwendungen baut. Treffen einmal im Monat in der Stadtbibliothek.',
    contactEmail: 'hallo@codefor-kl.example',
    topicSlugs: ['open-data', 'buergerbeteiligung'],
  },
];

export interface DemoFundingProgramme {
  name: string;
  provider: string;
  url: string;
  /** Days from the seed's clock to the deadline. */
  deadlineInDays: number;
  topicSlugs: string[];
}

/** One deadline within 30 days (the reminders' window, ADR 0025), one later. */
export const DEMO_FUNDING_PROGRAMMES: readonly DemoFundingProgramme[] = [
  {
    name: 'Digitale Dörfer Rheinland-Pfalz',
    provider: 'Ministerium des Innern und für Sport Rheinland-Pfalz',
    url: 'https://www.digitale-doerfer.de/',
    deadlineInDays: 18,
    topicSlugs: ['verwaltungsdigitalisierung'],
  },
  {
    name: 'Modellprojekte Smart Cities',
    provider: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) / KfW',
    url: 'https://www.smart-city-dialog.de/',
    deadlineInDays: 75,
    topicSlugs: ['smart-city'],
  },
];

export const DEMO_CONTACT_ROLE = { name: 'Digitalbeauftragte/r', holder: KAISERSLAUTERN_OFFICER, deputy: COORDINATOR_EMAIL };

const PUBLICCODE_YML = `publiccodeYmlVersion: "0.4"
name: Mängelmelder Kaiserslautern
url: https://gitlab.opencode.de/stadt-kaiserslautern/maengelmelder.git
platforms:
  - web
  - android
  - ios
developmentStatus: stable
softwareType: standalone/web
description:
  de:
    shortDescription: Schäden im Stadtgebiet mit Foto und Standort melden
    longDescription: >
      Bürgerinnen und Bürger melden Schlaglöcher, defekte Laternen und wilden Müll mit Foto und
      Standort. Die Meldung landet beim zuständigen Fachbereich, der Status ist öffentlich sichtbar.
    features:
      - Meldung mit Foto und Kartenpunkt
      - Öffentliche Statusanzeige
legal:
  license: EUPL-1.2
maintenance:
  type: internal
  contacts:
    - name: Markus Lehmann
      email: digital@kaiserslautern.example
localisation:
  localisationReady: true
  availableLanguages:
    - de
`;

/** The software case study; partner, programme and contact role are filled in by the seed from their ids. */
export const DEMO_SOFTWARE_CASE_STUDY: DemoCaseStudy & { partnerName: string; fundingProgrammeName: string } = {
  author: KAISERSLAUTERN_OFFICER,
  target: 'PUBLISHED',
  partnerName: 'Hochschule Kaiserslautern',
  fundingProgrammeName: 'Modellprojekte Smart Cities',
  input: {
    title: 'Mängelmelder als offene Software auf Open CoDE',
    summary:
      'Ein Mängelmelder für Schlaglöcher, Laternen und wilden Müll, als Open Source auf Open CoDE veröffentlicht. Andere Kommunen betreiben ihn mit eigener Gestaltung nach.',
    problem: 'Meldungen kamen per Telefon, E-Mail und Zettel; niemand sah, was schon gemeldet und was erledigt war.',
    solution:
      'Die Stadt hat mit der **Hochschule Kaiserslautern** einen Mängelmelder entwickelt und den Quellcode unter der EUPL auf [Open CoDE](https://gitlab.opencode.de/) veröffentlicht. Meldungen gehen direkt an den zuständigen Fachbereich.',
    results: '- rund 2.400 Meldungen im ersten Jahr\n- 60 % davon innerhalb einer Woche erledigt',
    lessonsLearned: '- Die **publiccode.yml** gleich zu Beginn pflegen: so finden andere Kommunen die Software\n- Den Betrieb vor der Veröffentlichung klären',
    maturity: 'OPERATIONAL',
    costOneOff: 42_000,
    costYearly: 6_000,
    topicSlugs: ['verwaltungsdigitalisierung', 'smart-city'],
    tags: ['Open Source', 'Open CoDE', 'Bürgerbeteiligung'],
    repositoryUrl: 'https://gitlab.opencode.de/stadt-kaiserslautern/maengelmelder',
    publiccodeYml: PUBLICCODE_YML,
    visibility: 'PUBLIC',
  },
};

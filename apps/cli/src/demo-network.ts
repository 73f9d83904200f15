import type { Role } from '@ikone/membership';

/**
 * The demo network: Kaiserslautern coordinates, six Rhineland-Palatinate municipalities take
 * part (AGS as in data/gemeinden-de-2021.csv). Addresses use the reserved `.example` domain so
 * no demo email can reach a real person.
 */
export const DEMO_PASSWORD = 'Netzwerk-Demo-2025';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
}

export interface DemoMunicipality {
  ags: string;
  accounts: DemoAccount[];
}

/** The places of the demo network, as the content files name them. */
export type DemoPlace = 'kaiserslautern' | 'mainz' | 'trier' | 'landau' | 'speyer' | 'zweibruecken' | 'bad-duerkheim';

/** AGS of each place (the municipality is looked up by it, its slug is whatever the directory gives). */
export const DEMO_AGS: Record<DemoPlace, string> = {
  kaiserslautern: '07312000',
  mainz: '07315000',
  trier: '07211000',
  landau: '07313000',
  speyer: '07318000',
  zweibruecken: '07320000',
  'bad-duerkheim': '07332002',
};

export const COORDINATOR_EMAIL = 'koordination@kaiserslautern.example';
/** Kaiserslautern's digital officer: holds its contact role "Digitalbeauftragte/r" (ADR 0026). */
export const KAISERSLAUTERN_OFFICER = 'digital@kaiserslautern.example';

/** The digital officer (OFFICER) of a member place. */
export const officerOf = (place: Exclude<DemoPlace, 'kaiserslautern'>): string => `digital@${place}.example`;
/** The colleague (MEMBER) of a member place. */
export const memberOf = (place: Exclude<DemoPlace, 'kaiserslautern'>): string => `team@${place}.example`;

export const DEMO_COORDINATION: DemoMunicipality = {
  ags: DEMO_AGS.kaiserslautern,
  accounts: [
    { email: COORDINATOR_EMAIL, displayName: 'Koordinierungsstelle Kaiserslautern', role: 'COORDINATOR' },
    { email: KAISERSLAUTERN_OFFICER, displayName: 'Markus Lehmann', role: 'OFFICER' },
  ],
};

function member(place: Exclude<DemoPlace, 'kaiserslautern'>, officer: string, colleague: string): DemoMunicipality {
  return {
    ags: DEMO_AGS[place],
    accounts: [
      { email: officerOf(place), displayName: officer, role: 'OFFICER' },
      { email: memberOf(place), displayName: colleague, role: 'MEMBER' },
    ],
  };
}

export const DEMO_MEMBERS: readonly DemoMunicipality[] = [
  member('mainz', 'Anna Becker', 'Jonas Weber'),
  member('trier', 'Miriam Schäfer', 'Lukas Hoffmann'),
  member('landau', 'Sabine Krämer', 'Felix Schneider'),
  member('speyer', 'Thomas Wagner', 'Lea Zimmermann'),
  member('zweibruecken', 'Katrin Braun', 'David Klein'),
  member('bad-duerkheim', 'Julia Schmitt', 'Paul Neumann'),
];

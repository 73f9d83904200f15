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

export const DEMO_COORDINATION: DemoMunicipality = {
  ags: '07312000',
  accounts: [{ email: 'koordination@kaiserslautern.example', displayName: 'Koordinierungsstelle Kaiserslautern', role: 'COORDINATOR' }],
};

function member(ags: string, domain: string, officer: string, colleague: string): DemoMunicipality {
  return {
    ags,
    accounts: [
      { email: `digital@${domain}.example`, displayName: officer, role: 'OFFICER' },
      { email: `team@${domain}.example`, displayName: colleague, role: 'MEMBER' },
    ],
  };
}

export const DEMO_MEMBERS: readonly DemoMunicipality[] = [
  member('07315000', 'mainz', 'Anna Becker', 'Jonas Weber'),
  member('07211000', 'trier', 'Miriam Schäfer', 'Lukas Hoffmann'),
  member('07313000', 'landau', 'Sabine Krämer', 'Felix Schneider'),
  member('07318000', 'speyer', 'Thomas Wagner', 'Lea Zimmermann'),
  member('07320000', 'zweibruecken', 'Katrin Braun', 'David Klein'),
  member('07332002', 'bad-duerkheim', 'Julia Schmitt', 'Paul Neumann'),
];

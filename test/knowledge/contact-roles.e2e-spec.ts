import { randomUUID } from 'node:crypto';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway } from '../support/gateway';
import { snapshot, WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, OK, row, runCell, UNAUTH } from '../support/matrix';
import type { Person } from '../support/matrix';

let cast: Cast;
const unique = () => randomUUID().slice(0, 8);

const CREATE = `mutation($i: CreateContactRoleInput!) { createContactRole(input: $i) { id name municipality { id } holder { id displayName } deputy { id } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateContactRoleInput!) { updateContactRole(id: $id, input: $i) { id name holder { id } deputy { id } } }`;
const DELETE = `mutation($id: ID!) { deleteContactRole(id: $id) { id name } }`;
const ROLES_OF = `query($s: String!) { municipality(slug: $s) { contactRoles { id name holder { id displayName } deputy { id displayName } } } }`;
const STUDY = `query($s: String!) { caseStudy(slug: $s) { contact { id displayName } contactRole { id name municipality { name } holder { id } } } }`;

type RoleRead = { id: string; name: string; holder: { id: string; displayName: string } | null; deputy: { id: string; displayName: string } | null };
const base = { summary: 'Ein Praxisbeispiel.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };

/** A role of A (held by A's officer, with a new member of A as deputy), made by a coordinator. */
async function roleOfA(): Promise<{ id: string; name: string; deputy: Person }> {
  const deputy = await cast.another('member');
  const name = `Digitalbeauftragte/r ${unique()}`;
  const d = await cast.read<{ createContactRole: { id: string } }>(CREATE, {
    i: { name, holderId: cast.people.officerA.id, deputyId: deputy.id, municipalityId: cast.a.id },
  });
  return { id: d.createContactRole.id, name, deputy };
}
const rolesOfA = async (): Promise<RoleRead[]> => (await cast.read<{ municipality: { contactRoles: RoleRead[] } }>(ROLES_OF, { s: cast.a.slug })).municipality.contactRoles;

/** Only the municipality's officers and coordinators manage its roles (ADR 0026). */
const ROWS = [
  row<{ createContactRole: { id: string; name: string; municipality: { id: string } } }, { name: string }>({
    name: 'createContactRole (own municipality)', document: CREATE,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: async (role) => {
      const name = `Rolle ${unique()}`;
      // Officers of B and S name A's officer (not of their municipality): refused before that is checked.
      const municipalityId = role === 'coordinator' || role === 'officerB' || role === 'officerS' ? cast.a.id : undefined;
      return { variables: { i: { name, holderId: cast.people.officerA.id, ...(municipalityId ? { municipalityId } : {}) } }, state: { name } };
    },
    then: async (d, { name }) => {
      expect(d.createContactRole).toMatchObject({ name, municipality: { id: cast.a.id } });
      expect((await rolesOfA()).map((r) => r.name)).toContain(name);
    },
  }),
  row<{ updateContactRole: { id: string; name: string } }, { id: string; name: string }>({
    name: 'updateContactRole', document: UPDATE,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const role = await roleOfA();
      const name = `Umbenannt ${unique()}`;
      return { variables: { id: role.id, i: { name, deputyId: null } }, state: { id: role.id, name } };
    },
    then: async (d, { id, name }) => {
      expect(d.updateContactRole).toMatchObject({ id, name });
      expect((await rolesOfA()).find((r) => r.id === id)).toMatchObject({ name, deputy: null });
    },
  }),
  row<{ deleteContactRole: { id: string } }, { id: string }>({
    name: 'deleteContactRole', document: DELETE,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: async () => {
      const role = await roleOfA();
      return { variables: { id: role.id }, state: { id: role.id } };
    },
    then: async (d, { id }) => {
      expect(d.deleteContactRole.id).toBe(id);
      expect((await rolesOfA()).map((r) => r.id)).not.toContain(id);
    },
  }),
  row<{ deleteContactRole: { id: string } }, void>({
    name: 'deleteContactRole (unknown id)', document: DELETE,
    answers: [UNAUTH, FORBID, HIDDEN, HIDDEN, HIDDEN, HIDDEN, UNAUTH],
    setup: async () => ({ variables: { id: randomUUID() }, state: undefined }),
  }),
  row<{ municipality: { contactRoles: RoleRead[] } }, { id: string }>({
    name: 'Municipality.contactRoles', document: ROLES_OF,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const role = await roleOfA();
      return { variables: { s: cast.a.slug }, state: { id: role.id } };
    },
    then: (d, { id }) => expect(d.municipality.contactRoles.map((r) => r.id)).toContain(id),
  }),
];

describe('contact roles', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07312000', '07315000');
  });
  afterAll(() => cast.gw.close());

  describe('authorization matrix', () => {
    it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
  });

  it('an officer creates, renames, reassigns and deletes a role; the case study naming it keeps a contact', async () => {
    const officer = cast.people.officerA;
    const colleague = await cast.another('member');
    const created = await cast.read<{ createContactRole: { id: string; holder: { id: string; displayName: string }; deputy: { id: string } } }>(
      CREATE, { i: { name: '  Digitalbeauftragte/r  ', holderId: officer.id, deputyId: colleague.id } }, 'officerA',
    );
    const roleId = created.createContactRole.id;
    expect(created.createContactRole).toMatchObject({ holder: { id: officer.id, displayName: officer.displayName }, deputy: { id: colleague.id } });
    expect((await rolesOfA()).find((r) => r.id === roleId)?.name).toBe('Digitalbeauftragte/r');

    // A case study names the role: pages show the role and the person who holds it.
    const study = (await cast.read<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`, { i: { ...base, title: `Rolle als Kontakt ${unique()}`, contactRoleId: roleId } }, 'officerA',
    )).createCaseStudy;
    const shown = await cast.read<{ caseStudy: { contact: { id: string }; contactRole: { name: string; municipality: { name: string }; holder: { id: string } } } }>(STUDY, { s: study.slug }, 'officerA');
    expect(shown.caseStudy).toEqual({
      contact: { id: officer.id, displayName: officer.displayName },
      contactRole: { id: roleId, name: 'Digitalbeauftragte/r', municipality: { name: cast.a.name }, holder: { id: officer.id } },
    });

    // Holder and deputy swap: the case study's contact follows the role.
    await cast.read(UPDATE, { id: roleId, i: { name: 'Digitalbeauftragte', holderId: colleague.id, deputyId: officer.id } }, 'officerA');
    const after = await cast.read<{ caseStudy: { contact: { id: string } } }>(STUDY, { s: study.slug }, 'officerA');
    expect(after.caseStudy.contact.id).toBe(colleague.id);

    // Naming a person again clears the role.
    await cast.read(`mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id } }`, { id: study.id, i: { contactId: officer.id } }, 'officerA');
    expect((await cast.read<{ caseStudy: { contactRole: null; contact: { id: string } } }>(STUDY, { s: study.slug }, 'officerA')).caseStudy).toMatchObject({ contactRole: null, contact: { id: officer.id } });
    await cast.read(`mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id } }`, { id: study.id, i: { contactRoleId: roleId } }, 'officerA');

    // Deleting the role leaves its holder as the contact.
    await cast.read(DELETE, { id: roleId }, 'officerA');
    expect((await cast.read<{ caseStudy: unknown }>(STUDY, { s: study.slug }, 'officerA')).caseStudy).toEqual({ contact: { id: colleague.id, displayName: colleague.displayName }, contactRole: null });
  });

  describe('bad input', () => {
    let foreignMember: Person;
    let otherRoleId: string;
    beforeAll(async () => {
      foreignMember = await cast.another('officerB');
      otherRoleId = (await cast.read<{ createContactRole: { id: string } }>(CREATE, { i: { name: `Rolle von B ${unique()}`, holderId: cast.people.officerB.id } }, 'officerB')).createContactRole.id;
      await cast.read(CREATE, { i: { name: 'Datenschutz', holderId: cast.people.officerA.id } }, 'officerA');
    });
    const cases: Array<[string, () => Record<string, unknown>, string, string]> = [
      ['an empty name', () => ({ name: '', holderId: cast.people.officerA.id }), 'BAD_USER_INPUT', 'input.name'],
      ['a blank name', () => ({ name: '   ', holderId: cast.people.officerA.id }), 'BAD_USER_INPUT', 'input.name'],
      ['a name over 100 characters', () => ({ name: 'x'.repeat(101), holderId: cast.people.officerA.id }), 'BAD_USER_INPUT', 'input.name'],
      ['a holder id that is no uuid', () => ({ name: 'Rolle', holderId: 'kein-uuid' }), 'BAD_USER_INPUT', 'input.holderId'],
      ['an unknown holder', () => ({ name: 'Rolle', holderId: randomUUID() }), 'BAD_USER_INPUT', 'input.holderId'],
      ['a holder of another municipality', () => ({ name: 'Rolle', holderId: foreignMember.id }), 'BAD_USER_INPUT', 'input.holderId'],
      ['a disabled holder', () => ({ name: 'Rolle', holderId: cast.people.disabled.id }), 'BAD_USER_INPUT', 'input.holderId'],
      ['the holder as deputy', () => ({ name: 'Rolle', holderId: cast.people.officerA.id, deputyId: cast.people.officerA.id }), 'BAD_USER_INPUT', 'input.deputyId'],
      ['a name the municipality already has (any case)', () => ({ name: 'DATENSCHUTZ', holderId: cast.people.officerA.id }), 'CONFLICT', 'input.name'],
    ];
    it.each(cases)('createContactRole with %s → %s naming %s, nothing stored', async (_what, input, code, field) => {
      const before = await snapshot(cast.gw.db, ['contact_role', 'audit_entry']);
      const res = await cast.gw.gql(CREATE, { i: input() }, cast.people.officerA.token);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(res.errors![0].extensions).toMatchObject({ field });
      expect(await snapshot(cast.gw.db, ['contact_role', 'audit_entry'])).toEqual(before);
    });

    it.each([
      ['a role of another municipality', () => ({ contactRoleId: otherRoleId }), 'input.contactRoleId'],
      ['an unknown role', () => ({ contactRoleId: randomUUID() }), 'input.contactRoleId'],
      ['a person and a role at once', () => ({ contactRoleId: otherRoleId, contactId: cast.people.officerA.id }), 'input.contactRoleId'],
      ['a role id that is no uuid', () => ({ contactRoleId: 'rolle-1' }), 'input.contactRoleId'],
    ])('createCaseStudy with %s → BAD_USER_INPUT naming %s', async (_what, extra, field) => {
      const before = await snapshot(cast.gw.db, ['case_study']);
      const res = await cast.gw.gql(`mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`, { i: { ...base, title: `Falsch ${unique()}`, ...extra() } }, cast.people.officerA.token);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions).toMatchObject({ field });
      expect(await snapshot(cast.gw.db, ['case_study'])).toEqual(before);
    });

    it('updateContactRole refuses a malformed id as BAD_USER_INPUT naming it', async () => {
      const res = await cast.gw.gql(UPDATE, { id: 'kein-uuid', i: { name: 'x' } }, cast.people.officerA.token);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions).toMatchObject({ field: 'id' });
    });

    it('updateContactRole refuses a rename onto another role of the municipality as CONFLICT', async () => {
      const role = await roleOfA();
      const res = await cast.gw.gql(UPDATE, { id: role.id, i: { name: 'datenschutz' } }, cast.people.officerA.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    });
  });

  it('lists the roles beside each municipality of a list', async () => {
    const other = await makeMunicipality(cast.gw.app, '07211000');
    const officer = await makeUser(cast.gw.app, { role: 'OFFICER', municipality: other });
    await cast.gw.gql(CREATE, { i: { name: 'Digitalbeauftragte/r', holderId: officer.user.id } }, officer.token);
    const res = await cast.gw.gql<{ municipalities: { edges: Array<{ node: { slug: string; contactRoles: Array<{ name: string }> } }> } }>(
      `{ municipalities(first: 20) { edges { node { slug contactRoles { name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.municipalities.edges.find((e) => e.node.slug === other.slug)?.node.contactRoles).toEqual([{ name: 'Digitalbeauftragte/r' }]);
  });
});

import { UserService } from '@ikone/membership';
import { startTestGateway, TestGateway } from '../support/gateway';
import { makeMunicipality, makeUser } from '../support/factories';

interface ContactsData {
  municipality: { contacts: Array<{ displayName: string; email: string | null }> };
}

const QUERY = `query($slug: String!) { municipality(slug: $slug) { contacts { displayName email } } }`;

/** A municipality page names its active digital officers; only signed-in people see their email. */
describe('Municipality.contacts', () => {
  let gw: TestGateway;
  let slug: string;
  let officerEmail: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const kl = await makeMunicipality(gw.app, '07312000');
    const mainz = await makeMunicipality(gw.app, '07315000');
    slug = kl.slug;
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Anna Amtsleitung' });
    officerEmail = officer.email;
    const disabled = await makeUser(gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Bernd Ehemals' });
    await makeUser(gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Carla Mitglied' });
    await makeUser(gw.app, { role: 'OFFICER', municipality: mainz, displayName: 'Dora Mainz' });
    const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const res = await gw.gql(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: disabled.user.id }, coordinator.token);
    expect(res.errors).toBeUndefined();
  });

  afterAll(async () => {
    await gw.close();
  });

  it('lists only the ACTIVE officers of the municipality, without email for anonymous visitors', async () => {
    const res = await gw.gql<ContactsData>(QUERY, { slug });
    expect(res.errors).toBeUndefined();
    expect(res.data?.municipality.contacts).toEqual([{ displayName: 'Anna Amtsleitung', email: null }]);
  });

  it('shows the email to a signed-in member of another municipality', async () => {
    const mainzMember = await makeUser(gw.app, { role: 'MEMBER', municipality: await makeMunicipality(gw.app, '07315000') });
    const res = await gw.gql<ContactsData>(QUERY, { slug }, mainzMember.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.municipality.contacts).toEqual([{ displayName: 'Anna Amtsleitung', email: officerEmail }]);
  });

  it('batches the contacts of a whole page into one query', async () => {
    const users = gw.app.get(UserService);
    const original = users.officersOf.bind(users);
    let calls = 0;
    users.officersOf = (ids) => {
      calls += 1;
      return original(ids);
    };
    const res = await gw.gql<{ municipalities: { edges: Array<{ node: { slug: string; contacts: Array<{ displayName: string }> } }> } }>(
      `{ municipalities(first: 10) { edges { node { slug contacts { displayName } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const bySlug = Object.fromEntries(res.data!.municipalities.edges.map((e) => [e.node.slug, e.node.contacts.map((c) => c.displayName)]));
    expect(bySlug[slug]).toEqual(['Anna Amtsleitung']);
    expect(Object.values(bySlug)).toContainEqual(['Dora Mainz']);
    users.officersOf = original;
    expect(calls).toBe(1);
  });
});

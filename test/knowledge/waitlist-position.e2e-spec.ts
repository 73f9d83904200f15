import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const REGISTER = `mutation($id: ID!) { registerForEvent(id: $id) { id status waitlistPosition } }`;
const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status waitlistPosition } }`;
const MINE = `query($id: ID!) { event(id: $id) { myRegistration { status waitlistPosition } } }`;

/** A waitlisted person learns their place on the waiting list, and it moves as people ahead leave. */
describe('Registration.waitlistPosition', () => {
  let gw: TestGateway;
  let eventId: string;
  const people: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway();
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const created = await gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: 'Sprechstunde Open Data',
          startsAt: '2030-04-02T08:00:00.000Z',
          endsAt: '2030-04-02T09:00:00.000Z',
          format: 'ONLINE',
          onlineUrl: 'https://konferenz.example.de/sprechstunde',
          topicSlugs: ['open-data'],
          capacity: 1,
          visibility: 'NETWORK',
        },
      },
      officer.token,
    );
    expect(created.errors).toBeUndefined();
    eventId = created.data!.createEvent.id;
    expect((await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: eventId }, officer.token)).errors).toBeUndefined();
    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectType } }`, { id: eventId }, coordinator.token)).errors).toBeUndefined();
    for (let i = 0; i < 4; i += 1) people.push((await makeUser(gw.app, { role: 'MEMBER', municipality: kl })).token);
  });

  afterAll(async () => {
    await gw.close();
  });

  const mine = async (token: string) => (await gw.gql<{ event: { myRegistration: { status: string; waitlistPosition: number | null } } }>(MINE, { id: eventId }, token)).data?.event.myRegistration;

  it('numbers the waiting list in the order seats are given, and moves it up', async () => {
    const results = [];
    for (const token of people) {
      const res = await gw.gql<{ registerForEvent: { status: string; waitlistPosition: number | null } }>(REGISTER, { id: eventId }, token);
      expect(res.errors).toBeUndefined();
      results.push(res.data!.registerForEvent);
    }
    expect(results).toEqual([
      expect.objectContaining({ status: 'REGISTERED', waitlistPosition: null }),
      expect.objectContaining({ status: 'WAITLISTED', waitlistPosition: 1 }),
      expect.objectContaining({ status: 'WAITLISTED', waitlistPosition: 2 }),
      expect.objectContaining({ status: 'WAITLISTED', waitlistPosition: 3 }),
    ]);

    // The second on the list leaves: the third becomes second.
    const left = await gw.gql<{ cancelRegistration: { status: string; waitlistPosition: number | null } }>(CANCEL, { id: eventId }, people[2]);
    expect(left.data?.cancelRegistration).toMatchObject({ status: 'CANCELLED', waitlistPosition: null });
    expect(await mine(people[3])).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });

    // The seat frees: the first on the list moves up, the last is now next.
    expect((await gw.gql(CANCEL, { id: eventId }, people[0])).errors).toBeUndefined();
    expect(await mine(people[1])).toEqual({ status: 'REGISTERED', waitlistPosition: null });
    expect(await mine(people[3])).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
  });
});

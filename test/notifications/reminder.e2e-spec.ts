import type { INestApplicationContext } from '@nestjs/common';
import { makeMunicipality, makeUser } from '../support/factories';
import type { TestGateway } from '../support/gateway';
import { MailPlatform, startMailPlatform } from './mail-platform';
import { SmtpSink, waitFor } from './smtp-sink';
// The reminder processor lives in the notifications library; the test reaches it through the app.
import { EventReminderProcessor } from '../../apps/notifier/src/index';

/**
 * Notices the notifier writes on its own schedule or for membership: the 24 h reminder
 * (journey 4, last step) and new applications shown to coordinators in the app (journey 1).
 */
describe('event reminders and application notices', () => {
  let platform: MailPlatform;
  let gw: TestGateway;
  let notifier: INestApplicationContext;
  let sink: SmtpSink;

  beforeAll(async () => {
    platform = await startMailPlatform();
    ({ gw, notifier, sink } = platform);
  }, 60_000);
  afterAll(() => platform?.close());

  it('reminds registrants (not the waiting list) once, and again after the start moves', async () => {
    const kl = await makeMunicipality(gw.app, '07312000');
    const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const seat = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'sitzplatz@example.org' });
    const waiting = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'warteliste@example.org' });
    const startsAt = new Date(Date.now() + 20 * 3600_000);
    const created = await gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: 'Netzwerktreffen Kaiserslautern', description: 'Austausch', startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(), format: 'ON_SITE', location: 'Rathaus Kaiserslautern',
          capacity: 1, visibility: 'NETWORK', topicSlugs: ['smart-city'], municipalityId: kl.id,
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator);
    for (const person of [seat, waiting]) {
      expect((await gw.gql(`mutation($id: ID!) { registerForEvent(id: $id) { status } }`, { id }, person.token)).errors).toBeUndefined();
    }

    const reminders = notifier.get(EventReminderProcessor);
    expect(await reminders.handle()).toBe(1);
    expect(await reminders.handle()).toBe(0); // decided once

    const subjects = async (address: string) => Promise.all(sink.to(address).map(async (m) => (await m.parsed()).subject ?? ''));
    await waitFor('the reminder email', async () => (await subjects('sitzplatz@example.org')).some((s) => s.startsWith('Erinnerung')), 20_000);
    const [{ n }] = await gw.db.query(`select count(*)::int as n from notification where kind = 'EVENT_REMINDER' and subject_id = $1`, [id]);
    expect(n).toBe(1);
    expect((await subjects('warteliste@example.org')).filter((s) => s.startsWith('Erinnerung'))).toEqual([]);

    // Moved by a day: due again tomorrow, not now.
    const moved = new Date(startsAt.getTime() + 24 * 3600_000);
    await gw.gql(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`, {
      id, i: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3600_000).toISOString() },
    }, coordinator);
    expect(await reminders.handle()).toBe(0);
    expect(await reminders.handle(new Date(moved.getTime() - 23 * 3600_000))).toBe(1);
  });

  it('shows a new membership application to every coordinator in the app, with a link to it', async () => {
    const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const applied = await gw.gql<{ applyForMembership: { id: string } }>(
      `mutation { applyForMembership(input: { name: "Otterbach-Otterberg", kind: VERBANDSGEMEINDE, state: "RP", applicantName: "Olga Otter", applicantEmail: "olga@otterbach-otterberg.example", motivation: "Austausch zur Bürgerbeteiligung" }) { id } }`,
    );
    expect(applied.errors).toBeUndefined();
    const notice = await waitFor('the application notice', async () => {
      const res = await gw.gql<{ notifications: { edges: { node: { kind: string; title: string; link: string } }[] } }>(
        `{ notifications(first: 10) { edges { node { kind title link } } } }`,
        {},
        coordinator.token,
      );
      return res.data?.notifications.edges.find((e) => e.node.kind === 'MEMBERSHIP_APPLICATION')?.node;
    }, 20_000);
    expect(notice).toMatchObject({ title: 'Otterbach-Otterberg', link: expect.stringContaining(`/koordination/antraege/${applied.data!.applyForMembership.id}`) });
  });
});

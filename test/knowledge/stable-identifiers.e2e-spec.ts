import ICAL from 'ical.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MunicipalityEntity } from '@ikone/membership';
import { loadConfig } from '@ikone/platform';
import { createGateway } from '../../apps/gateway/src/main';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

/**
 * Identifiers people and calendars keep (ADR 0018): an event's iCal UID does not follow the
 * platform's address, a case study's slug is its title's and old slugs keep finding the item.
 */
describe('stable identifiers', () => {
  let gw: TestGateway;
  let kaiserslautern: MunicipalityEntity;
  let coordinator: string;

  beforeAll(async () => {
    gw = await startTestGateway({ PUBLIC_URL: 'http://127.0.0.1:39111' });
    kaiserslautern = await makeMunicipality(gw.app, '07312000');
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
  }, 60_000);
  afterAll(() => gw.close());

  /** A second gateway on the same database, as after a move to another port. */
  async function movedGateway(publicUrl: string): Promise<{ url: string; app: NestFastifyApplication }> {
    const app = await createGateway(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, PUBLIC_URL: publicUrl, MIGRATE_ON_START: 'false' }),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, app };
  }

  const vevents = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  };

  it('serves an event with the same UID and SEQUENCE whatever PUBLIC_URL the gateway has now', async () => {
    const created = await gw.gql<{ createEvent: { id: string; icalUid: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id icalUid } }`,
      {
        i: {
          title: 'Netzwerktreffen Kaiserslautern', description: 'Austausch', startsAt: '2031-03-04T13:00:00.000Z', endsAt: '2031-03-04T16:00:00.000Z',
          format: 'ON_SITE', location: 'Rathaus', visibility: 'PUBLIC', topicSlugs: ['open-data'], municipalityId: kaiserslautern.id,
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const { id, icalUid } = created.data!.createEvent;
    expect(icalUid).toBe(`${id}@127.0.0.1:39111`);
    expect((await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();

    const moved = await movedGateway('http://127.0.0.1:39112');
    try {
      for (const base of [gw.url, moved.url]) {
        const [single] = vevents(await (await fetch(`${base}/events/${id}.ics`)).text());
        expect({ uid: single.uid, sequence: single.sequence }).toEqual({ uid: `${id}@127.0.0.1:39111`, sequence: 0 });
        const inFeed = vevents(await (await fetch(`${base}/calendar.ics`)).text()).find((e) => e.summary === 'Netzwerktreffen Kaiserslautern');
        expect(inFeed?.uid).toBe(`${id}@127.0.0.1:39111`);
        const api = (await (
          await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `query($id: ID!) { event(id: $id) { icalUid } }`, variables: { id } }),
          })
        ).json()) as { data: { event: { icalUid: string } } };
        expect(api.data.event.icalUid).toBe(`${id}@127.0.0.1:39111`);
      }
      // The links still follow the address: only the identifier stays.
      const [there] = vevents(await (await fetch(`${moved.url}/events/${id}.ics`)).text());
      expect(there.component.getFirstPropertyValue('url')).toBe(`http://127.0.0.1:39112/veranstaltungen/${id}`);
    } finally {
      await moved.app.close();
    }
  });
});

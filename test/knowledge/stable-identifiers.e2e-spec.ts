import ICAL from 'ical.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MunicipalityEntity } from '@ikone/membership';
import { loadConfig } from '@ikone/platform';
import { createGateway } from '../../apps/gateway/src/index';
import { createWebServer, WebServer } from '../../apps/web/src/index';
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
  let web: WebServer;
  let webUrl: string;

  beforeAll(async () => {
    gw = await startTestGateway({ PUBLIC_URL: 'http://127.0.0.1:39111' });
    kaiserslautern = await makeMunicipality(gw.app, '07312000');
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    web = await createWebServer(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, GATEWAY_URL: gw.url }));
    await web.app.listen({ port: 0, host: '127.0.0.1' });
    const address = web.app.server.address();
    webUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);
  afterAll(async () => {
    await web?.close();
    await gw?.close();
  });

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

  const practice = {
    summary: 'Ortsgemeinderäte beteiligen Bürgerinnen und Bürger online.',
    maturity: 'PILOT',
    topicSlugs: ['buergerbeteiligung'],
    visibility: 'PUBLIC',
  };
  const TITLE = 'Digitale Bürgerbeteiligung im Ortsgemeinderat';

  /** Created and (as a coordinator's own submission) published at once. */
  async function publishedCaseStudy(title: string, extra: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
    const created = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { ...practice, title, municipalityId: kaiserslautern.id, ...extra } },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createCaseStudy;
    expect((await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();
    return created.data!.createCaseStudy;
  }

  const retitle = async (id: string, title: string) => {
    const res = await gw.gql<{ updateCaseStudy: { slug: string } }>(
      `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { slug } }`,
      { id, i: { title } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.updateCaseStudy.slug;
  };

  const bySlug = async (slug: string, token?: string) =>
    (await gw.gql<{ caseStudy: { id: string; slug: string; title: string } }>(`query($s: String!) { caseStudy(slug: $s) { id slug title } }`, { s: slug }, token))
      .data?.caseStudy ?? null;

  it('gives a case study its title as slug, with -2 only when that is taken', async () => {
    const first = await publishedCaseStudy(TITLE);
    const second = await publishedCaseStudy(TITLE);
    expect(first.slug).toBe('digitale-buergerbeteiligung-im-ortsgemeinderat');
    expect(second.slug).toBe('digitale-buergerbeteiligung-im-ortsgemeinderat-2');
    // Named alike at the same moment: still one slug each, no error.
    const together = await Promise.all([1, 2, 3].map(() => publishedCaseStudy('Netzwerktreffen der Digitalbeauftragten')));
    expect(together.map((c) => c.slug).sort()).toEqual([
      'netzwerktreffen-der-digitalbeauftragten', 'netzwerktreffen-der-digitalbeauftragten-2', 'netzwerktreffen-der-digitalbeauftragten-3',
    ]);
  });

  it('moves a retitled case study to its new slug; the old address answers 301 to it and is never given to another', async () => {
    const item = await publishedCaseStudy('Offene Ratsinformation in Otterberg');
    expect(item.slug).toBe('offene-ratsinformation-in-otterberg');
    // An edit that leaves the title's slug as it is keeps the address.
    expect(await retitle(item.id, 'Offene Ratsinformation in Otterberg!')).toBe('offene-ratsinformation-in-otterberg');
    expect(await retitle(item.id, 'Offenes Ratsinformationssystem in Otterberg')).toBe('offenes-ratsinformationssystem-in-otterberg');

    expect(await bySlug('offene-ratsinformation-in-otterberg')).toEqual({
      id: item.id, slug: 'offenes-ratsinformationssystem-in-otterberg', title: 'Offenes Ratsinformationssystem in Otterberg',
    });
    const old = await fetch(`${webUrl}/praxisbeispiele/offene-ratsinformation-in-otterberg`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/praxisbeispiele/offenes-ratsinformationssystem-in-otterberg');
    const current = await fetch(`${webUrl}/praxisbeispiele/offenes-ratsinformationssystem-in-otterberg`, { redirect: 'manual' });
    expect(current.status).toBe(200);
    expect(await current.text()).toMatch(/<h1[^>]*>Offenes Ratsinformationssystem in Otterberg<\/h1>/);

    // Another case study with the old title does not take the old address.
    const other = await publishedCaseStudy('Offene Ratsinformation in Otterberg');
    expect(other.slug).toBe('offene-ratsinformation-in-otterberg-2');
    expect((await bySlug('offene-ratsinformation-in-otterberg'))?.id).toBe(item.id);
    // Back to the old title: back to its own old address.
    expect(await retitle(item.id, 'Offene Ratsinformation in Otterberg')).toBe('offene-ratsinformation-in-otterberg');
    expect((await bySlug('offenes-ratsinformationssystem-in-otterberg'))?.slug).toBe('offene-ratsinformation-in-otterberg');
  });

  it('keeps existing slugs with their random suffix until the title changes, and old slugs follow visibility', async () => {
    const legacy = await publishedCaseStudy('Ortsgemeinderat digital', { visibility: 'NETWORK' });
    // As the platform wrote slugs before ADR 0018.
    await gw.db.query(`update case_study set slug = 'ortsgemeinderat-digital-e31bb6' where id = $1`, [legacy.id]);
    await gw.db.query(`update case_study_slug set slug = 'ortsgemeinderat-digital-e31bb6' where case_study_id = $1`, [legacy.id]);
    const edited = await gw.gql<{ updateCaseStudy: { slug: string } }>(
      `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { slug } }`,
      { id: legacy.id, i: { summary: 'Neu zusammengefasst.' } },
      coordinator,
    );
    expect(edited.data?.updateCaseStudy.slug).toBe('ortsgemeinderat-digital-e31bb6');
    expect(await retitle(legacy.id, 'Ortsgemeinderat papierlos')).toBe('ortsgemeinderat-papierlos');
    expect((await bySlug('ortsgemeinderat-digital-e31bb6', coordinator))?.slug).toBe('ortsgemeinderat-papierlos');
    // A network-only item stays hidden from anonymous readers under every address.
    expect(await bySlug('ortsgemeinderat-digital-e31bb6')).toBeNull();
    expect((await fetch(`${webUrl}/praxisbeispiele/ortsgemeinderat-digital-e31bb6`, { redirect: 'manual' })).status).toBe(404);
  });

  // Last: a second gateway in this process takes over passport's shared strategy, so tokens stop working here after it closes.
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

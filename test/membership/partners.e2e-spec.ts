import { randomUUID } from 'node:crypto';
import { PartnerService, TokenCodec } from '@ikone/membership';
import { makePartner, TEST_PASSWORD } from '../support/factories';
import { startTestGateway } from '../support/gateway';
import { snapshot, WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, codes, FORBID, HIDDEN, OK, row, runCell, UNAUTH } from '../support/matrix';

/**
 * Partner organisations from science, business and civil society (ADR 0024): applying and the
 * decision, the profile kept by partner officers, case studies and events naming partners, the
 * statistics, and every new operation × every role. Following a partner: test/notifications/partner-followers.
 */
const unique = () => randomUUID().slice(0, 8);
let cast: Cast;

const APPLY = `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id status municipalityName } }`;
const PARTNER = `query($s: String!) { partner(slug: $s) { id slug name kind description website contactEmail status viewerCanEdit topics { slug } officers { displayName } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdatePartnerProfileInput!) { updatePartnerProfile(id: $id, input: $i) { name description website } }`;
const INVITE = `mutation($i: InvitePartnerPersonInput!) { invitePartnerPerson(input: $i) { id email role partnerRole partner { slug } } }`;
const SUSPEND = `mutation($id: ID!) { suspendPartner(id: $id, reason: "Beitrag offen") { status } }`;
const REINSTATE = `mutation($id: ID!) { reinstatePartner(id: $id) { status } }`;
const CREATE_CS = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`;
const base = { summary: 'Ein Reallabor mit der Hochschule.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };

const partnerOf = async () => makePartner(cast.gw.app, cast.people.coordinator.actor, { name: `Hochschule ${unique()}` });
const profile = async (slug: string) => (await cast.read<{ partner: { name: string; description: string; status: string } }>(PARTNER, { s: slug })).partner;

describe('partner organisations', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07312000', '07111000', '07211000');
  });
  afterAll(() => cast.gw.close());

  it('goes from application to a partner officer who keeps the profile and invites a colleague', async () => {
    const applied = await cast.gw.gql<{ applyForMembership: { id: string; status: string } }>(APPLY, {
      i: {
        partner: { name: 'Rheinland-Pfälzische Technische Universität', kind: 'UNIVERSITY', state: 'RP', website: 'https://rptu.example.de' },
        applicantName: 'Paula Professor',
        applicantEmail: 'paula@rptu.example.de',
        motivation: 'Wir begleiten Kommunen wissenschaftlich.',
      },
    });
    expect(applied.errors).toBeUndefined();
    const id = applied.data!.applyForMembership.id;
    // Not public before the decision; the coordinators see it among the applications.
    expect(codes(await cast.gw.gql(PARTNER, { s: 'rheinland-pfaelzische-technische-universitaet' }))).toEqual([HIDDEN]);
    const queue = await cast.read<{ membershipApplications: { edges: Array<{ node: { id: string; partnerKind: string; partner: { status: string } } }> } }>(
      `{ membershipApplications(status: APPLIED) { edges { node { id partnerKind partner { status } } } } }`,
    );
    expect(queue.membershipApplications.edges.map((e) => e.node)).toContainEqual({ id, partnerKind: 'UNIVERSITY', partner: { status: 'APPLIED' } });

    const decided = await cast.read<{ decideMembershipApplication: { status: string; partner: { status: string; slug: string } } }>(
      `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { status partner { status slug } } }`, { id },
    );
    expect(decided.decideMembershipApplication).toEqual({ status: 'APPROVED', partner: { status: 'ACTIVE', slug: 'rheinland-pfaelzische-technische-universitaet' } });
    const [invitation] = await cast.gw.db.query(`select id, role, partner_role from invitation where email = 'paula@rptu.example.de'`);
    expect(invitation).toMatchObject({ role: 'MEMBER', partner_role: 'OFFICER' });

    const accepted = await cast.gw.gql<{ acceptInvitation: { accessToken: string; user: unknown } }>(
      `mutation($t: String!) { acceptInvitation(token: $t, displayName: "Paula Professor", password: "${TEST_PASSWORD}") { accessToken user { role partnerRole municipality { slug } partner { slug } } } }`,
      { t: cast.gw.app.get(TokenCodec).encode('invitation', invitation.id) },
    );
    expect(accepted.data?.acceptInvitation.user).toEqual({
      role: 'MEMBER', partnerRole: 'OFFICER', municipality: null, partner: { slug: 'rheinland-pfaelzische-technische-universitaet' },
    });
    const officer = accepted.data!.acceptInvitation.accessToken;

    const [topic] = await cast.gw.db.query(`select id from topic where slug = 'buergerbeteiligung'`);
    const { data: partnerData } = await cast.gw.gql<{ partner: { id: string; viewerCanEdit: boolean } }>(PARTNER, { s: 'rheinland-pfaelzische-technische-universitaet' }, officer);
    expect(partnerData?.partner.viewerCanEdit).toBe(true);
    const updated = await cast.gw.gql(UPDATE, {
      id: partnerData!.partner.id,
      i: { description: 'Wir bieten **Reallabore** an.', contactEmail: 'kommunen@rptu.example.de', topicIds: [topic.id] },
    }, officer);
    expect(updated.errors).toBeUndefined();
    const shown = await cast.gw.gql<{ partner: Record<string, unknown> }>(PARTNER, { s: 'rheinland-pfaelzische-technische-universitaet' });
    expect(shown.data?.partner).toMatchObject({
      description: 'Wir bieten **Reallabore** an.', contactEmail: null, viewerCanEdit: false, topics: [{ slug: 'buergerbeteiligung' }],
      officers: [{ displayName: 'Paula Professor' }],
    });
    const listed = await cast.gw.gql<{ partners: { edges: Array<{ node: { slug: string } }> } }>(`{ partners(first: 50) { edges { node { slug } } } }`);
    expect(listed.data?.partners.edges.map((e) => e.node.slug)).toContain('rheinland-pfaelzische-technische-universitaet');

    const invited = await cast.gw.gql<{ invitePartnerPerson: unknown }>(INVITE, { i: { partnerId: partnerData!.partner.id, email: 'kollege@rptu.example.de' } }, officer);
    expect(invited.data?.invitePartnerPerson).toMatchObject({ role: 'MEMBER', partnerRole: 'MEMBER', partner: { slug: 'rheinland-pfaelzische-technische-universitaet' } });
    // Officers of a partner invite members only; a second officer is the coordination's decision.
    const asOfficer = await cast.gw.gql(INVITE, { i: { partnerId: partnerData!.partner.id, email: 'chefin@rptu.example.de', partnerRole: 'OFFICER' } }, officer);
    expect(codes(asOfficer)).toEqual([FORBID]);
    // A partner officer keeps the profile, not content: writing case studies is refused by role.
    expect(codes(await cast.gw.gql(CREATE_CS, { i: { ...base, title: 'Nicht erlaubt' } }, officer))).toEqual([FORBID]);
  });

  it('links case studies and events to partners, lists them on the partner, and counts them in the statistics', async () => {
    const { partner } = await partnerOf();
    const { partner: other } = await partnerOf();
    await cast.gw.app.get(PartnerService).suspend(cast.people.coordinator.actor, other.id, 'ruht');
    const bad = await cast.gw.gql(CREATE_CS, { i: { ...base, title: `Mit ruhendem Partner ${unique()}`, partnerIds: [other.id] } }, cast.people.officerA.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partnerIds' });

    const from = new Date(Date.now() - 60_000).toISOString();
    const created = await cast.gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      CREATE_CS, { i: { ...base, title: `Reallabor ${unique()}`, partnerIds: [partner.id], partners: ['Ingenieurbüro Muster'] } }, cast.people.officerA.token,
    );
    expect(created.errors).toBeUndefined();
    const study = created.data!.createCaseStudy;
    await cast.read(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id }, 'officerA');
    await cast.read(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: study.id });

    const detail = await cast.gw.gql<{ caseStudy: { partners: string[]; partnerOrganisations: Array<{ slug: string }> } }>(
      `query($s: String!) { caseStudy(slug: $s) { partners partnerOrganisations { slug } } }`, { s: study.slug },
    );
    expect(detail.data?.caseStudy).toEqual({ partners: ['Ingenieurbüro Muster'], partnerOrganisations: [{ slug: partner.slug }] });
    const practices = await cast.gw.gql<{ caseStudies: { edges: Array<{ node: { slug: string } }> } }>(
      `query($p: [String!]) { caseStudies(filter: { partnerSlugs: $p }) { edges { node { slug } } } }`, { p: [partner.slug] },
    );
    expect(practices.data?.caseStudies.edges.map((e) => e.node.slug)).toEqual([study.slug]);

    const starts = new Date(Date.now() + 7 * 86_400_000);
    const event = await cast.gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      { i: { title: `Werkstatt ${unique()}`, startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3_600_000).toISOString(), format: 'ONLINE', onlineUrl: 'https://meet.example.de/x', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'], partnerIds: [partner.id] } },
      cast.people.officerA.token,
    );
    expect(event.errors).toBeUndefined();
    await cast.read(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: event.data!.createEvent.id }, 'officerA');
    await cast.read(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: event.data!.createEvent.id });
    const events = await cast.gw.gql<{ events: { edges: Array<{ node: { id: string; partnerOrganisations: Array<{ slug: string }> } }> } }>(
      `query($p: [String!]) { events(filter: { partnerSlugs: $p }) { edges { node { id partnerOrganisations { slug } } } } }`, { p: [partner.slug] },
    );
    expect(events.data?.events.edges.map((e) => e.node)).toEqual([{ id: event.data!.createEvent.id, partnerOrganisations: [{ slug: partner.slug }] }]);

    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const stats = await cast.read<{ networkStats: Array<{ slug: string; partnerInvolvements: number }>; networkStatsTotals: { partnerInvolvements: number } }>(
      `query($f: DateTime!, $t: DateTime!) { networkStats(from: $f, to: $t) { slug partnerInvolvements } networkStatsTotals(from: $f, to: $t) { partnerInvolvements } }`,
      { f: from, t: to },
    );
    expect(stats.networkStats.find((s) => s.slug === cast.a.slug)?.partnerInvolvements).toBe(2);
    expect(stats.networkStatsTotals.partnerInvolvements).toBeGreaterThanOrEqual(2);
    const csv = await fetch(`${cast.gw.url}/stats/network.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, {
      headers: { authorization: `Bearer ${cast.people.coordinator.token}` },
    });
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/;Partnerbeteiligungen$/);
    expect(text.split('\r\n').find((l) => l.startsWith(`${cast.a.name};`))).toMatch(/;2$/);
  });

  const ROWS = [
    row<{ partners: { edges: Array<{ node: { slug: string } }> } }, string>({
      name: 'partners', document: `{ partners(first: 100) { edges { node { slug } } } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
      setup: async () => ({ state: (await partnerOf()).partner.slug }),
      then: (d, slug) => expect(d.partners.edges.map((e) => e.node.slug)).toContain(slug),
    }),
    row<{ partner: { slug: string } }, string>({
      name: 'partner (APPLIED)', document: PARTNER, answers: [HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK, UNAUTH],
      setup: async () => {
        const slug = `Institut ${unique()}`;
        await cast.gw.gql(APPLY, { i: { partner: { name: slug, kind: 'RESEARCH', state: 'RP' }, applicantName: 'I', applicantEmail: `i-${unique()}@example.org`, motivation: 'M' } }, undefined);
        const [{ slug: s }] = await cast.gw.db.query(`select slug from partner_organisation where name = $1`, [slug]);
        return { variables: { s }, state: s };
      },
      then: (d, s) => expect(d.partner.slug).toBe(s),
    }),
    row<{ updatePartnerProfile: { description: string } }, string>({
      name: 'updatePartnerProfile', document: UPDATE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
      setup: async () => {
        const { partner } = await partnerOf();
        return { variables: { id: partner.id, i: { description: 'Von der Koordinierungsstelle' } }, state: partner.slug };
      },
      then: async (d, slug) => {
        expect(d.updatePartnerProfile.description).toBe('Von der Koordinierungsstelle');
        expect((await profile(slug)).description).toBe('Von der Koordinierungsstelle');
      },
    }),
    row<{ invitePartnerPerson: { email: string; partnerRole: string } }, string>({
      name: 'invitePartnerPerson', document: INVITE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
      setup: async () => {
        const { partner } = await partnerOf();
        const email = `p-${unique()}@example.org`;
        return { variables: { i: { partnerId: partner.id, email, partnerRole: 'OFFICER' } }, state: email };
      },
      then: async (d, email) => {
        expect(d.invitePartnerPerson).toMatchObject({ email, partnerRole: 'OFFICER' });
        const [stored] = await cast.gw.db.query(`select partner_role from invitation where email = $1`, [email]);
        expect(stored.partner_role).toBe('OFFICER');
      },
    }),
    row<{ suspendPartner: { status: string } }, string>({
      name: 'suspendPartner', document: SUSPEND, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
      setup: async () => {
        const { partner } = await partnerOf();
        return { variables: { id: partner.id }, state: partner.slug };
      },
      then: async (d, slug) => {
        expect(d.suspendPartner.status).toBe('SUSPENDED');
        expect((await profile(slug)).status).toBe('SUSPENDED');
      },
    }),
    row<{ reinstatePartner: { status: string } }, string>({
      name: 'reinstatePartner', document: REINSTATE, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
      setup: async () => {
        const { partner } = await partnerOf();
        await cast.gw.app.get(PartnerService).suspend(cast.people.coordinator.actor, partner.id, 'ruht');
        return { variables: { id: partner.id }, state: partner.slug };
      },
      then: async (d, slug) => {
        expect(d.reinstatePartner.status).toBe('ACTIVE');
        expect((await profile(slug)).status).toBe('ACTIVE');
      },
    }),
  ];

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));

  describe('partner people', () => {
    const refusedFor = async (token: string, document: string, variables: Record<string, unknown>, code: string) => {
      const before = await snapshot(cast.gw.db, WRITABLE_TABLES);
      expect(codes(await cast.gw.gql(document, variables, token))).toEqual([code]);
      expect(await snapshot(cast.gw.db, WRITABLE_TABLES)).toEqual(before);
    };

    it('a partner officer edits only their own partner, and not while it is suspended', async () => {
      const mine = await partnerOf();
      const other = await partnerOf();
      await refusedFor(mine.officer.token, UPDATE, { id: other.partner.id, i: { description: 'Fremd' } }, FORBID);
      await refusedFor(mine.officer.token, INVITE, { i: { partnerId: other.partner.id, email: `x-${unique()}@example.org` } }, FORBID);
      await cast.gw.app.get(PartnerService).suspend(cast.people.coordinator.actor, mine.partner.id, 'ruht');
      await refusedFor(mine.officer.token, UPDATE, { id: mine.partner.id, i: { description: 'Ruhend' } }, FORBID);
      await refusedFor(mine.officer.token, SUSPEND, { id: other.partner.id }, FORBID);
    });

    it('a partner officer cannot edit case studies of any municipality', async () => {
      const { officer } = await partnerOf();
      const created = await cast.gw.gql<{ createCaseStudy: { id: string } }>(CREATE_CS, { i: { ...base, title: `Von A ${unique()}` } }, cast.people.officerA.token);
      await refusedFor(officer.token, `mutation($id: ID!) { updateCaseStudy(id: $id, input: { title: "Übernommen" }) { id } }`, { id: created.data!.createCaseStudy.id }, FORBID);
    });

    it('a member of a partner does not manage it', async () => {
      const { partner, officer } = await partnerOf();
      const email = `m-${unique()}@example.org`;
      const invited = await cast.gw.gql<{ invitePartnerPerson: { id: string } }>(INVITE, { i: { partnerId: partner.id, email } }, officer.token);
      const accepted = await cast.gw.gql<{ acceptInvitation: { accessToken: string } }>(
        `mutation($t: String!) { acceptInvitation(token: $t, displayName: "Max Mitglied", password: "${TEST_PASSWORD}") { accessToken } }`,
        { t: cast.gw.app.get(TokenCodec).encode('invitation', invited.data!.invitePartnerPerson.id) },
      );
      const member = accepted.data!.acceptInvitation.accessToken;
      await refusedFor(member, UPDATE, { id: partner.id, i: { description: 'Mitglied' } }, FORBID);
      await refusedFor(member, INVITE, { i: { partnerId: partner.id, email: `y-${unique()}@example.org` } }, FORBID);
    });

    it('refuses an unknown or applied partner as if it did not exist', async () => {
      const { officer } = await partnerOf();
      await refusedFor(officer.token, UPDATE, { id: randomUUID(), i: { description: 'x' } }, HIDDEN);
    });
  });

  describe('bad input names the field', () => {
    const partnerApplication = (partner: Record<string, unknown>) => ({
      i: { partner: { name: 'Verein Digitales Dorf', kind: 'CIVIC', state: 'RP', ...partner }, applicantName: 'V', applicantEmail: `v-${unique()}@example.org`, motivation: 'M' },
    });
    it.each([
      ['empty name', APPLY, () => partnerApplication({ name: '' }), 'input.partner.name'],
      ['unknown state', APPLY, () => partnerApplication({ state: 'XX' }), 'input.partner.state'],
      ['website without protocol', APPLY, () => partnerApplication({ website: 'verein.example.de' }), 'input.partner.website'],
      ['profile: contact not an email', UPDATE, async () => ({ id: (await partnerOf()).partner.id, i: { contactEmail: 'keine-adresse' } }), 'input.contactEmail'],
      ['profile: unknown topic', UPDATE, async () => ({ id: (await partnerOf()).partner.id, i: { topicIds: [randomUUID()] } }), 'input.topicIds'],
      ['profile: empty name', UPDATE, async () => ({ id: (await partnerOf()).partner.id, i: { name: '' } }), 'input.name'],
      ['invite: not an email', INVITE, async () => ({ i: { partnerId: (await partnerOf()).partner.id, email: 'x' } }), 'input.email'],
    ])('%s', async (_name, document, variables, field) => {
      const res = await cast.gw.gql(document, await variables(), cast.people.coordinator.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });
});

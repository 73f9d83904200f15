import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@ikone/platform';
import { createTestDatabase } from '@ikone/platform/testing';
import { Actor, MembershipApplicationService, MunicipalityService, PartnerService, ProvisioningService } from '@ikone/membership';
import { CaseStudyService, ContactRoleService, EventService, FundingProgrammeService, RegistrationService, ReuseService, ReviewService } from '@ikone/knowledge';
import { SubscriptionService } from '@ikone/notifications';
import { ReportService } from '@ikone/moderation';
import { memoryIo } from './cli-io';
import { withCliContext } from './cli.module';
import { SeedResult, seedCommand } from './commands/seed.command';
import { startCommand } from './commands/start.command';
import { COORDINATOR_EMAIL, DEMO_AGS, DEMO_PASSWORD, KAISERSLAUTERN_OFFICER, memberOf } from './demo-network';

/** The tables the demo touches; a repeated seed must leave every one of them as it was. */
const TABLES = [
  'app_user', 'municipality', 'case_study', 'case_study_topic', 'case_study_co_owner', 'content_revision', 'review_decision',
  'event', 'registration', 'subscription', 'reuse_request', 'report', 'membership_application', 'audit_entry', 'outbox_event',
  'partner_organisation', 'partner_topic', 'case_study_partner', 'funding_programme', 'contact_role', 'invitation',
];

describe('seed --demo: a living network a newcomer can look at', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: Client;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let config: AppConfig;
  let first: SeedResult;

  const count = async (table: string): Promise<number> =>
    Number((await sql.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n);

  /** Acts as a demo person, as a signed-in session of theirs would. */
  const actorFor = (email: string): Promise<Actor> =>
    withCliContext(config, async (app) => {
      const user = (await app.get(ProvisioningService).findUserByEmail(email))!;
      return { id: user.id, role: user.role, municipalityId: user.municipalityId, displayName: user.displayName, email: user.email, locale: user.locale, sessionId: 'test' };
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'ikone-demo-'));
    env = { NODE_ENV: 'test', DATABASE_URL: db.url, IKONE_DATA_DIR: dataDir, PORT: '0' };
    config = loadConfig(env);
    first = await seedCommand(config, memoryIo(), { demo: true });
  });

  afterAll(async () => {
    await sql.end();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists at least 12 published case studies over at least 5 topics and 6 municipalities, public ones to anonymous visitors too', async () => {
    await withCliContext(config, async (app) => {
      const service = app.get(CaseStudyService);
      const member = await actorFor(memberOf('trier'));
      const forMember = await service.list(member, {}, { first: 100 });
      const forAnonymous = await service.list(null, {}, { first: 100 });
      expect(forMember.totalCount).toBeGreaterThanOrEqual(12);
      expect(forAnonymous.totalCount).toBeGreaterThanOrEqual(10);
      expect(forAnonymous.totalCount).toBeLessThan(forMember.totalCount); // a few are for the network only
      const topics = await service.topicsFor(forMember.items.map((c) => c.id));
      expect(new Set([...topics.values()].flat().map((t) => t.slug)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(forMember.items.map((c) => c.municipalityId)).size).toBeGreaterThanOrEqual(6);
      expect(new Set(forMember.items.map((c) => c.maturity)).size).toBeGreaterThanOrEqual(3);

      const tablets = await service.list(null, { search: 'Tablet-Ausleihe' }, { first: 5 });
      const detail = await service.bySlug(null, tablets.items[0].slug);
      expect(detail.summary.length).toBeLessThanOrEqual(300);
      expect(detail.problem).toMatch(/\*\*/);
      expect(detail.fundingUrl).toBe('https://www.digitalpakt-schule.de/');
      expect(detail.costOneOff).toBeGreaterThan(0);
    });
  });

  it('has two case studies waiting for review, one sent back with the coordinator\'s comment, and two drafts', async () => {
    const coordinator = await actorFor(COORDINATOR_EMAIL);
    await withCliContext(config, async (ctx) => {
      const queue = await ctx.get(ReviewService).queue(coordinator, { first: 20 });
      expect(queue.items.filter((i) => i.subjectType === 'CaseStudy')).toHaveLength(2);
      const sentBack = await ctx.get(CaseStudyService).list(coordinator, { status: ['CHANGES_REQUESTED'] }, { first: 10 });
      expect(sentBack.items).toHaveLength(1);
      const decisions = await ctx.get(ReviewService).decisions(coordinator, { ownerIds: [] }, sentBack.items[0].id);
      expect(decisions.at(-1)).toMatchObject({ decision: 'CHANGES_REQUESTED', comment: expect.stringMatching(/Kosten/) });
      expect((await ctx.get(CaseStudyService).list(coordinator, { status: ['DRAFT'] }, { first: 10 })).totalCount).toBe(2);
    });
  });

  it('has a full Netzwerktreffen with a waitlist, an online webinar, a hybrid workshop and two past events', async () => {
    const coordinator = await actorFor(COORDINATOR_EMAIL);
    await withCliContext(config, async (app) => {
      const events = app.get(EventService);
      const upcoming = (await events.list(coordinator, {}, { first: 20 })).items;
      expect(upcoming.map((e) => e.format).sort()).toEqual(['HYBRID', 'ONLINE', 'ON_SITE']);
      const meeting = upcoming.find((e) => e.format === 'ON_SITE')!;
      expect(meeting.title).toMatch(/Netzwerktreffen/);
      expect(meeting).toMatchObject({ capacity: 5, registeredCount: 5, waitlistCount: 2 });
      const registrations = await app.get(RegistrationService).list(coordinator, meeting.id, { first: 20 });
      expect(registrations.items.map((r) => r.status)).toEqual([...Array(5).fill('REGISTERED'), 'WAITLISTED', 'WAITLISTED']);
      expect(upcoming.find((e) => e.format === 'ONLINE')!.onlineUrl).toMatch(/^https:\/\//);

      const past = await events.list(coordinator, { from: new Date(0), to: new Date() }, { first: 20 });
      expect(past.items).toHaveLength(2);
      expect(past.items.every((e) => e.status === 'PUBLISHED')).toBe(true);
    });
  });

  it('shows Mainz reusing a practice of Landau, an open reuse request, an open report and a pending application', async () => {
    const coordinator = await actorFor(COORDINATOR_EMAIL);
    await withCliContext(config, async (app) => {
      const [mainz, landau] = await app.get(MunicipalityService).byAgs([DEMO_AGS.mainz, DEMO_AGS.landau]).then((ms) =>
        [DEMO_AGS.mainz, DEMO_AGS.landau].map((ags) => ms.find((m) => m.ags === ags)!),
      );
      const tablets = (await app.get(CaseStudyService).list(null, { search: 'Tablet-Ausleihe' }, { first: 5 })).items[0];
      expect(tablets.municipalityId).toBe(landau.id);
      expect((await app.get(ReuseService).adoptersFor([tablets.id])).get(tablets.id)).toEqual([mainz.id]);
      expect((await sql.query(`select status from reuse_request order by status`)).rows.map((r) => r.status)).toEqual(['ADOPTED', 'REQUESTED']);

      const reports = await app.get(ReportService).list(coordinator, 'OPEN', { first: 10 });
      expect(reports.items).toEqual([expect.objectContaining({ reason: 'INCORRECT', note: expect.stringMatching(/Kosten/) })]);

      const applications = await app.get(MembershipApplicationService).list(coordinator, 'APPLIED', { first: 10 });
      expect(applications.items).toEqual([
        expect.objectContaining({ municipalityName: 'Verbandsgemeinde Otterbach-Otterberg', kind: 'VERBANDSGEMEINDE', ags: null }),
      ]);
    });
  });

  it('shows partner organisations, funding deadlines, a contact role with a deputy and software on Open CoDE', async () => {
    const member = await actorFor(memberOf('mainz'));
    await withCliContext(config, async (app) => {
      const partners = (await app.get(PartnerService).list(null, {}, { first: 20 })).items;
      expect(partners.map((p) => [p.name, p.kind, p.status]).sort()).toEqual([
        ['Code for Kaiserslautern', 'CIVIC', 'ACTIVE'],
        ['Fraunhofer IESE', 'RESEARCH', 'ACTIVE'],
        ['Hochschule Kaiserslautern', 'UNIVERSITY', 'ACTIVE'],
      ]);
      expect(partners.every((p) => p.description.length > 0)).toBe(true);

      const today = new Date();
      const inDays = (d: number) => new Date(today.getTime() + d * 86_400_000).toISOString().slice(0, 10);
      const programmes = await app.get(FundingProgrammeService).list();
      expect(programmes.filter((p) => p.deadline && p.deadline >= inDays(0) && p.deadline <= inDays(30))).toHaveLength(1);
      expect(programmes.filter((p) => p.deadline && p.deadline > inDays(30))).toHaveLength(1);

      const software = (await app.get(CaseStudyService).list(member, { search: 'Mängelmelder' }, { first: 5 })).items[0];
      const detail = await app.get(CaseStudyService).bySlug(null, software.slug);
      expect(detail).toMatchObject({ status: 'PUBLISHED', repositoryUrl: expect.stringMatching(/^https:\/\/gitlab\.opencode\.de\//) });
      expect(detail.publiccodeYml).toMatch(/^publiccodeYmlVersion/);
      expect(programmes.find((p) => p.id === detail.fundingProgrammeId)?.name).toBe('Modellprojekte Smart Cities');
      const named = await sql.query(`select p.name from case_study_partner cp join partner_organisation p on p.id = cp.partner_id where cp.case_study_id = $1`, [detail.id]);
      expect(named.rows).toEqual([{ name: 'Hochschule Kaiserslautern' }]);

      const [role] = await app.get(ContactRoleService).byIds([detail.contactRoleId!]);
      const [holder, deputy] = await Promise.all([KAISERSLAUTERN_OFFICER, COORDINATOR_EMAIL].map((e) => app.get(ProvisioningService).findUserByEmail(e)));
      expect(role).toMatchObject({ name: 'Digitalbeauftragte/r', holderId: holder!.id, deputyId: deputy!.id, municipalityId: detail.municipalityId });
    });
  });

  it('lets members follow topics and places with every frequency, and leaves the notices to the notifier', async () => {
    const actor = await actorFor(memberOf('speyer'));
    await withCliContext(config, async (app) => {
      expect(await app.get(SubscriptionService).mine(actor)).toHaveLength(2);
    });
    expect((await sql.query(`select distinct frequency from subscription order by 1`)).rows.map((r) => r.frequency)).toEqual([
      'DAILY', 'IMMEDIATE', 'WEEKLY',
    ]);
    // One first-publication event per published item waits in the outbox for the notifier.
    const published = await count(`case_study where status = 'PUBLISHED'`);
    expect(await count(`outbox_event where type = 'knowledge.case-study-published'`)).toBe(published);
    expect(await count(`outbox_event where type = 'knowledge.event-published'`)).toBe(5);
  });

  it('creates nothing on a second run and says so', async () => {
    expect(Object.values(first.content!).every((t) => t.created > 0 && t.present === 0)).toBe(true);
    const before = await Promise.all(TABLES.map(count));
    const io = memoryIo();
    const second = await seedCommand(config, io, { demo: true });
    expect(Object.values(second.content!).every((t) => t.created === 0)).toBe(true);
    expect(await Promise.all(TABLES.map(count))).toEqual(before);
    const output = io.lines.join('\n');
    expect(output).toMatch(/Praxisbeispiele \/ case studies: \d+ vorhanden \/ already present/);
    expect(output).toMatch(/nichts geändert/);
  });

  describe('npm start', () => {
    const stubs = () => {
      const file = join(dataDir, 'idle.js');
      writeFileSync(file, `const t = setInterval(() => {}, 1000); process.on('SIGTERM', () => clearInterval(t));`);
      return [{ name: 'gateway', script: file }];
    };

    it('seeds the demo network into a database without users and prints the logins; IKONE_DEMO=false keeps it empty', async () => {
      for (const demo of ['true', 'false']) {
        const fresh = await createTestDatabase();
        const freshEnv = { ...env, DATABASE_URL: fresh.url, IKONE_DEMO: demo };
        const io = memoryIo();
        const running = await startCommand(loadConfig(freshEnv), io, freshEnv, { children: stubs(), healthWarningMs: 60_000 });
        await running.stop(0);
        const client = new Client({ connectionString: fresh.url });
        await client.connect();
        const users = Number((await client.query(`select count(*) as n from app_user`)).rows[0].n);
        const studies = Number((await client.query(`select count(*) as n from case_study`)).rows[0].n);
        await client.end();
        await fresh.drop();
        if (demo === 'true') {
          expect(users).toBe(14);
          expect(studies).toBeGreaterThanOrEqual(14);
          expect(io.lines.join('\n')).toContain(DEMO_PASSWORD);
        } else {
          expect([users, studies]).toEqual([0, 0]);
        }
      }
    });

    it('does not seed a database that has users', async () => {
      const io = memoryIo();
      const running = await startCommand(config, io, env, { children: stubs() });
      await running.stop(0);
      expect(io.lines.join('\n')).not.toMatch(/Demo-Netzwerk wird angelegt/);
    });

    it('refuses IKONE_DEMO=true in production', () => {
      expect(() =>
        loadConfig({ NODE_ENV: 'production', IKONE_DEMO: 'true', PUBLIC_URL: 'https://ikone.example', JWT_SECRET: 'x'.repeat(32), TOKEN_SECRET: 'y'.repeat(32) }),
      ).toThrow(/IKONE_DEMO/);
    });
  });
});

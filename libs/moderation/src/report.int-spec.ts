import { ServiceContext, startServiceContext } from '@ikone/platform/testing';
import { MembershipModule, MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser, MadeUser } from '@ikone/membership/testing';
import { CaseStudyService, KnowledgeModule } from '@ikone/knowledge';
import { makeCaseStudy, makeEvent } from '@ikone/knowledge/testing';
import { ModerationModule } from './moderation.module';
import { ReportService } from './report.service';

/** Moderation on real PostgreSQL: members report content, coordinators dismiss or archive. */
describe('moderation services', () => {
  let ctx: ServiceContext;
  let coordinator: MadeUser;
  let officer: MadeUser;
  let municipality: MunicipalityEntity;

  const member = () => makeUser(ctx.app, { role: 'MEMBER', municipality });
  const published = () => makeCaseStudy(ctx.app, officer.actor, { status: 'PUBLISHED', reviewer: coordinator.actor });
  const auditOf = async (subjectId: string): Promise<string[]> =>
    ((await ctx.db.query(`select action from audit_entry where subject_id = $1 order by id`, [subjectId])) as Array<{ action: string }>).map((r) => r.action);

  beforeAll(async () => {
    ctx = await startServiceContext([MembershipModule, KnowledgeModule, ModerationModule]);
    coordinator = await makeUser(ctx.app, { role: 'COORDINATOR' });
    municipality = await makeMunicipality(ctx.app, { ags: '07312000' });
    officer = await makeUser(ctx.app, { role: 'OFFICER', municipality });
  });
  afterAll(() => ctx.close());

  it('a report reaches the coordinators, once per person and item, and the reporter cannot see the queue', async () => {
    const reports = ctx.app.get(ReportService);
    const item = await published();
    const reporter = await member();

    const filed = await reports.report(reporter.actor, item.id, 'INCORRECT', '  Die Kosten stimmen nicht.  ');

    expect(filed).toMatchObject({ status: 'OPEN', subjectType: 'CaseStudy', subjectId: item.id, note: 'Die Kosten stimmen nicht.', reporterId: reporter.user.id });
    expect((await reports.list(coordinator.actor, 'OPEN', { first: 50 })).items.map((r) => r.id)).toContain(filed.id);
    await expect(reports.report(reporter.actor, item.id, 'SPAM', null)).rejects.toMatchObject({ reason: 'ALREADY_REPORTED' });
    await expect(reports.list(reporter.actor, 'OPEN', { first: 50 })).rejects.toMatchObject({ reason: 'FORBIDDEN' });
    expect(await auditOf(item.id)).toContain('report.filed');
    const [event] = (await ctx.db.query(`select payload from outbox_event where type = 'moderation.report-filed' and payload->>'reportId' = $1`, [filed.id])) as Array<{
      payload: unknown;
    }>;
    expect(event.payload).toEqual({ reportId: filed.id });
  });

  it('dismissing closes the report and leaves the content published', async () => {
    const reports = ctx.app.get(ReportService);
    const item = await published();
    const filed = await reports.report((await member()).actor, item.id, 'OFFENSIVE', null);

    const dismissed = await reports.resolve(coordinator.actor, filed.id, 'DISMISS', 'Sachlich in Ordnung.');

    expect(dismissed).toMatchObject({ status: 'DISMISSED', resolution: 'Sachlich in Ordnung.', resolvedBy: coordinator.user.id });
    expect((await ctx.app.get(CaseStudyService).byId(null, item.id)).status).toBe('PUBLISHED');
    expect((await reports.list(coordinator.actor, 'OPEN', { first: 50 })).items.map((r) => r.id)).not.toContain(filed.id);
    await expect(reports.resolve(coordinator.actor, filed.id, 'ARCHIVE', null)).rejects.toMatchObject({ reason: 'REPORT_CLOSED' });
    expect(await auditOf(item.id)).toContain('report.dismissed');
  });

  it('archiving takes the content off the lists, settles every open report on it and tells the owners', async () => {
    const reports = ctx.app.get(ReportService);
    const item = await published();
    const first = await reports.report((await member()).actor, item.id, 'SPAM', 'Werbung');
    const second = await reports.report((await member()).actor, item.id, 'SPAM', null);

    const archived = await reports.resolve(coordinator.actor, first.id, 'ARCHIVE', null);

    expect(archived).toMatchObject({ status: 'RESOLVED', resolution: 'Meldung (SPAM): Werbung' });
    const open = (await reports.list(coordinator.actor, 'OPEN', { first: 50 })).items.map((r) => r.id);
    expect(open).not.toContain(second.id);
    expect((await ctx.app.get(CaseStudyService).byId(null, item.id)).status).toBe('ARCHIVED');
    const listed = await ctx.app.get(CaseStudyService).list(null, {}, { first: 100 });
    expect(listed.items.map((c) => c.id)).not.toContain(item.id);
    expect(await auditOf(item.id)).toEqual(expect.arrayContaining(['content.archived', 'report.resolved-archived']));
    const [told] = (await ctx.db.query(
      `select payload from outbox_event where type = 'knowledge.content-reviewed' and payload->>'subjectId' = $1 and payload->>'decision' = 'ARCHIVED'`,
      [item.id],
    )) as Array<{ payload: Record<string, unknown> }>;
    expect(told.payload).toMatchObject({ subjectType: 'CaseStudy', comment: 'Meldung (SPAM): Werbung' });
  });

  it('events can be reported and archived the same way', async () => {
    const reports = ctx.app.get(ReportService);
    const event = await makeEvent(ctx.app, officer.actor, { reviewer: coordinator.actor });
    const filed = await reports.report((await member()).actor, event.id, 'OTHER', 'Termin doppelt');
    expect(filed.subjectType).toBe('Event');
    await reports.resolve(coordinator.actor, filed.id, 'ARCHIVE', 'Doppelt eingetragen');
    expect(await auditOf(event.id)).toEqual(expect.arrayContaining(['content.archived', 'report.resolved-archived']));
  });

  it('nobody can report what they cannot read: a draft is not found', async () => {
    const draft = await makeCaseStudy(ctx.app, officer.actor);
    await expect(ctx.app.get(ReportService).report((await member()).actor, draft.id, 'SPAM', null)).rejects.toMatchObject({ reason: 'SUBJECT_NOT_FOUND' });
    const [{ n }] = (await ctx.db.query(`select count(*)::int as n from report where subject_id = $1`, [draft.id])) as [{ n: number }];
    expect(n).toBe(0);
  });
});

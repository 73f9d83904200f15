import { ServiceContext, startServiceContext } from '@ikone/platform/testing';
import { MembershipModule, MunicipalityEntity, MunicipalityService } from '@ikone/membership';
import { makeMunicipality, makeUser, MadeUser } from '@ikone/membership/testing';
import { CaseStudyService } from './case-studies/case-study.service';
import { RegistrationService } from './events/registration.service';
import { EventService } from './events/event.service';
import { KnowledgeModule } from './knowledge.module';
import { ReviewService } from './review/review.service';
import { makeCaseStudy, makeEvent, makeTopic } from './testing/factories';

/** Knowledge services on real PostgreSQL: the review lifecycle, live edits, registrations. */
describe('knowledge services', () => {
  let ctx: ServiceContext;
  let coordinator: MadeUser;
  let officer: MadeUser;
  let kaiserslautern: MunicipalityEntity;

  /** The audit actions written about a subject, oldest first: what the coordination office reads in the log. */
  const auditOf = async (subjectId: string): Promise<string[]> =>
    ((await ctx.db.query(`select action from audit_entry where subject_id = $1 order by id`, [subjectId])) as Array<{ action: string }>).map((r) => r.action);
  /** Outbox events that name a subject, oldest first: what the notifier will tell people. */
  const eventsAbout = async (id: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> =>
    ctx.db.query(`select type, payload from outbox_event where payload::text like '%' || $1 || '%' order by id`, [id]);

  beforeAll(async () => {
    ctx = await startServiceContext([MembershipModule, KnowledgeModule]);
    coordinator = await makeUser(ctx.app, { role: 'COORDINATOR' });
    kaiserslautern = await makeMunicipality(ctx.app, { ags: '07312000' });
    officer = await makeUser(ctx.app, { role: 'OFFICER', municipality: kaiserslautern });
  });
  afterAll(() => ctx.close());

  describe('case-study review', () => {
    it('submitting puts a draft in the review queue, still hidden from the public', async () => {
      const draft = await makeCaseStudy(ctx.app, officer.actor);
      const submitted = await ctx.app.get(CaseStudyService).submit(officer.actor, draft.id);

      expect(submitted.status).toBe('IN_REVIEW');
      const queue = await ctx.app.get(ReviewService).queue(coordinator.actor, { first: 50 });
      expect(queue.items.map((i) => i.id)).toContain(draft.id);
      await expect(ctx.app.get(CaseStudyService).byId(null, draft.id)).rejects.toMatchObject({ reason: 'CASE_STUDY_NOT_FOUND' });
      expect(await auditOf(draft.id)).toEqual(['case-study.created', 'case-study.submitted']);
    });

    it('approving publishes it for everyone, writes the audit entry and tells the owners through the outbox', async () => {
      const item = await makeCaseStudy(ctx.app, officer.actor, { status: 'IN_REVIEW', title: 'Digitale Bauakte' });
      await ctx.app.get(ReviewService).approve(coordinator.actor, item.id, 'Sehr gut beschrieben.');

      const seen = await ctx.app.get(CaseStudyService).byId(null, item.id);
      expect(seen).toMatchObject({ title: 'Digitale Bauakte', status: 'PUBLISHED' });
      expect(seen.publishedAt).toBeInstanceOf(Date);
      expect(await auditOf(item.id)).toContain('content.approved');
      expect(await eventsAbout(item.id)).toEqual([
        { type: 'knowledge.case-study-published', payload: { caseStudyId: item.id } },
        {
          type: 'knowledge.content-reviewed',
          payload: { subjectType: 'CaseStudy', subjectId: item.id, decision: 'APPROVED', comment: 'Sehr gut beschrieben.' },
        },
      ]);
      const queue = await ctx.app.get(ReviewService).queue(coordinator.actor, { first: 50 });
      expect(queue.items.map((i) => i.id)).not.toContain(item.id);
    });

    it('requesting changes needs a comment, sends it back to the owners, and the next edit opens a new revision', async () => {
      const review = ctx.app.get(ReviewService);
      const service = ctx.app.get(CaseStudyService);
      const item = await makeCaseStudy(ctx.app, officer.actor, { status: 'IN_REVIEW' });
      await expect(review.requestChanges(coordinator.actor, item.id, '  ')).rejects.toMatchObject({ reason: 'COMMENT_REQUIRED' });
      expect((await service.byId(officer.actor, item.id)).status).toBe('IN_REVIEW');

      await review.requestChanges(coordinator.actor, item.id, 'Bitte Kosten nennen.');
      const sentBack = await service.byId(officer.actor, item.id);
      expect(sentBack.status).toBe('CHANGES_REQUESTED');
      expect(await auditOf(item.id)).toContain('content.changes-requested');
      expect((await eventsAbout(item.id)).at(-1)).toEqual({
        type: 'knowledge.content-reviewed',
        payload: { subjectType: 'CaseStudy', subjectId: item.id, decision: 'CHANGES_REQUESTED', comment: 'Bitte Kosten nennen.' },
      });
      const decisions = await review.decisions(officer.actor, { ownerIds: [officer.actor.municipalityId!] }, item.id);
      expect(decisions.map((d) => [d.decision, d.comment])).toEqual([['SUBMITTED', null], ['CHANGES_REQUESTED', 'Bitte Kosten nennen.']]);

      const edited = await service.update(officer.actor, item.id, { costOneOff: 12_000 });
      const editedAgain = await service.update(officer.actor, item.id, { costYearly: 800 });
      expect([edited.revision, editedAgain.revision]).toEqual([sentBack.revision + 1, sentBack.revision + 1]);
      expect((await service.submit(officer.actor, item.id)).status).toBe('IN_REVIEW');
    });

    it('rejecting turns it down for good: it cannot be submitted again', async () => {
      const service = ctx.app.get(CaseStudyService);
      const item = await makeCaseStudy(ctx.app, officer.actor, { status: 'IN_REVIEW' });
      await ctx.app.get(ReviewService).reject(coordinator.actor, item.id, 'Kein Bezug zur Verwaltung.');

      expect((await service.byId(officer.actor, item.id)).status).toBe('REJECTED');
      await expect(service.submit(officer.actor, item.id)).rejects.toMatchObject({ reason: 'INVALID_TRANSITION' });
      await expect(service.byId(null, item.id)).rejects.toMatchObject({ reason: 'CASE_STUDY_NOT_FOUND' });
      expect(await auditOf(item.id)).toContain('content.rejected');
      expect((await eventsAbout(item.id)).map((e) => e.payload.decision)).toEqual(['REJECTED']);
    });

    it('only a coordinator decides: an officer approving is refused and nothing changes', async () => {
      const item = await makeCaseStudy(ctx.app, officer.actor, { status: 'IN_REVIEW' });
      // approve() checks the role before it returns its promise, so it throws rather than rejects.
      await expect(async () => ctx.app.get(ReviewService).approve(officer.actor, item.id)).rejects.toMatchObject({ reason: 'FORBIDDEN' });
      expect((await ctx.app.get(CaseStudyService).byId(officer.actor, item.id)).status).toBe('IN_REVIEW');
      expect(await eventsAbout(item.id)).toEqual([]);
    });
  });

  it('editing a published case study keeps it live under a new revision, without announcing it again', async () => {
    const service = ctx.app.get(CaseStudyService);
    const item = await makeCaseStudy(ctx.app, officer.actor, { status: 'PUBLISHED', reviewer: coordinator.actor });
    const before = await eventsAbout(item.id);

    const edited = await service.update(officer.actor, item.id, { summary: 'Jetzt auch mit Online-Bezahlung.' });

    expect(edited).toMatchObject({ status: 'PUBLISHED', revision: item.revision + 1 });
    expect((await service.byId(null, item.id)).summary).toBe('Jetzt auch mit Online-Bezahlung.');
    expect(await auditOf(item.id)).toContain('content.edited-live');
    const revisions = await ctx.app.get(ReviewService).revisions(officer.actor, { ownerIds: [officer.actor.municipalityId!] }, item.id);
    expect(revisions.map((r) => r.revision)).toEqual([item.revision + 1, item.revision]);
    expect(revisions[0].snapshot).toMatchObject({ summary: 'Jetzt auch mit Online-Bezahlung.' });
    expect(await eventsAbout(item.id)).toEqual(before);
  });

  it('an officer of a suspended municipality can no longer write; reinstated, they can again', async () => {
    const municipality = await makeMunicipality(ctx.app, { ags: '07315000' });
    const mainz = await makeUser(ctx.app, { role: 'OFFICER', municipality });
    const own = await makeCaseStudy(ctx.app, mainz.actor);
    await ctx.app.get(MunicipalityService).suspend(coordinator.actor, municipality.id, 'Beitrag offen');

    await expect(makeCaseStudy(ctx.app, mainz.actor)).rejects.toMatchObject({ reason: 'FORBIDDEN' });
    await expect(ctx.app.get(CaseStudyService).update(mainz.actor, own.id, { title: 'Geändert' })).rejects.toMatchObject({ reason: 'FORBIDDEN' });
    expect((await ctx.app.get(CaseStudyService).byId(mainz.actor, own.id)).title).toBe(own.title);

    await ctx.app.get(MunicipalityService).reinstate(coordinator.actor, municipality.id);
    expect((await makeCaseStudy(ctx.app, mainz.actor)).municipalityId).toBe(municipality.id);
  });

  it('content can be filed under a topic a coordinator created', async () => {
    const topic = await makeTopic(ctx.app, coordinator.actor, { nameDe: 'Smart City' });
    const item = await makeCaseStudy(ctx.app, officer.actor, { topicSlugs: [topic.slug], status: 'PUBLISHED', reviewer: coordinator.actor });
    const listed = await ctx.app.get(CaseStudyService).list(null, { topicSlugs: [topic.slug] }, { first: 10 });
    expect(listed.items.map((c) => c.id)).toEqual([item.id]);
  });

  describe('registration', () => {
    /** A member of the officer's municipality. */
    const member = () => makeUser(ctx.app, { role: 'MEMBER', municipality: kaiserslautern });
    it('fills the seats, waitlists the rest, and moves the first on the waitlist up when a seat is freed', async () => {
      const registrations = ctx.app.get(RegistrationService);
      const event = await makeEvent(ctx.app, officer.actor, { capacity: 2, reviewer: coordinator.actor });
      const [anna, ben, cleo, dora] = [await member(), await member(), await member(), await member()];

      expect((await registrations.register(anna.actor, event.id)).status).toBe('REGISTERED');
      expect((await registrations.register(ben.actor, event.id)).status).toBe('REGISTERED');
      expect((await registrations.register(cleo.actor, event.id)).status).toBe('WAITLISTED');
      expect((await registrations.register(dora.actor, event.id)).status).toBe('WAITLISTED');
      expect(await ctx.app.get(EventService).byId(anna.actor, event.id)).toMatchObject({ registeredCount: 2, waitlistCount: 2 });
      await expect(registrations.register(cleo.actor, event.id)).rejects.toMatchObject({ reason: 'ALREADY_REGISTERED' });

      await registrations.cancel(ben.actor, event.id);

      const own = await registrations.ownFor(cleo.actor, [event.id]);
      expect(own.get(event.id)?.status).toBe('REGISTERED');
      expect((await registrations.ownFor(dora.actor, [event.id])).get(event.id)?.status).toBe('WAITLISTED');
      expect(await ctx.app.get(EventService).byId(anna.actor, event.id)).toMatchObject({ registeredCount: 2, waitlistCount: 1 });
      const promoted = (await eventsAbout(event.id)).filter((e) => e.type === 'knowledge.waitlist-promoted');
      expect(promoted.map((e) => e.payload.userId)).toEqual([cleo.user.id]);
      expect(await auditOf(event.id)).toContain('event.waitlist-promoted');
    });

    it('takes no registrations for an event not yet published', async () => {
      const draft = await makeEvent(ctx.app, officer.actor, { status: 'DRAFT' });
      const someone = await member();
      await expect(ctx.app.get(RegistrationService).register(someone.actor, draft.id)).rejects.toMatchObject({ reason: expect.stringMatching(/NOT_FOUND|CLOSED/) });
    });
  });
});

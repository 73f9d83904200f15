import { jest } from '@jest/globals';
import { ServiceContext, startServiceContext } from '@ikone/platform/testing';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { MembershipModule } from '../membership.module';
import { actorOf, FACTORY_PASSWORD, makeMunicipality, makeUser, MadeUser } from '../testing/factories';
import { AuthService } from './auth.service';
import { InvitationService } from './invitation.service';
import { MembershipApplicationService } from './membership-application.service';
import { MunicipalityService } from './municipality.service';
import { TokenCodec } from './token-codec';
import { UserService } from './user.service';

const DAY_MS = 86_400_000;
/** Only Date is faked: PostgreSQL connections keep their real timers. */
const REAL_TIMERS = ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] as const;

/** Membership services on real PostgreSQL: applications, invitations, suspension, disabling. */
describe('membership services', () => {
  let ctx: ServiceContext;
  let coordinator: MadeUser;
  let ip = 0;
  /** A client address of its own per application, so the per-address limit never trips. */
  const nextIp = () => `192.0.2.${(ip += 1)}`;

  const outbox = async (type: string): Promise<Array<Record<string, string | null>>> =>
    ((await ctx.db.query(`select payload from outbox_event where type = $1 order by id`, [type])) as Array<{ payload: Record<string, string | null> }>).map(
      (r) => r.payload,
    );
  const tokenFor = (invitationId: string) => ctx.app.get(TokenCodec).encode('invitation', invitationId);

  beforeAll(async () => {
    ctx = await startServiceContext([MembershipModule]);
    coordinator = await makeUser(ctx.app, { role: 'COORDINATOR' });
  });
  afterAll(async () => {
    jest.useRealTimers();
    await ctx.close();
  });

  describe('applying for membership', () => {
    it('approving makes the municipality a member and its applicant, through the invitation, its first officer', async () => {
      const applications = ctx.app.get(MembershipApplicationService);
      const application = await applications.apply(
        { ags: '07211000', applicantName: 'Tanja Trier', applicantEmail: 'tanja@trier.example', motivation: 'Wir digitalisieren das Bürgerbüro.' },
        nextIp(),
      );
      expect(application.status).toBe('APPLIED');
      expect((await applications.list(coordinator.actor, 'APPLIED', { first: 10 })).items.map((a) => a.id)).toContain(application.id);
      expect(await outbox('membership.application-received')).toContainEqual({ applicationId: application.id });

      const decided = await applications.decide(coordinator.actor, application.id, true, null);

      expect(decided.status).toBe('APPROVED');
      const municipality = await ctx.db.getRepository(MunicipalityEntity).findOneByOrFail({ id: application.municipalityId! });
      expect(municipality.status).toBe('ACTIVE');
      const [told] = (await outbox('membership.application-decided')).filter((p) => p.applicationId === application.id);
      expect(told.invitationId).toEqual(expect.any(String));
      const session = await ctx.app.get(InvitationService).accept({ token: tokenFor(told.invitationId!), displayName: 'Tanja Trier', password: FACTORY_PASSWORD });
      expect(session.user).toMatchObject({ email: 'tanja@trier.example', role: 'OFFICER', municipalityId: municipality.id });
      await expect(applications.decide(coordinator.actor, application.id, false, 'doch nicht')).rejects.toMatchObject({ reason: 'APPLICATION_DECIDED' });
    });

    it('declining needs a reason and leaves the municipality free to apply again', async () => {
      const applications = ctx.app.get(MembershipApplicationService);
      const apply = () =>
        applications.apply({ ags: '07111000', applicantName: 'Karl Koblenz', applicantEmail: 'karl@koblenz.example', motivation: 'Austausch' }, nextIp());
      const application = await apply();
      await expect(apply()).rejects.toMatchObject({ reason: 'APPLICATION_PENDING' });
      await expect(applications.decide(coordinator.actor, application.id, false, ' ')).rejects.toMatchObject({ reason: 'COMMENT_REQUIRED' });

      const declined = await applications.decide(coordinator.actor, application.id, false, 'Bitte erst den Ratsbeschluss einholen.');

      expect(declined).toMatchObject({ status: 'DECLINED', decisionComment: 'Bitte erst den Ratsbeschluss einholen.' });
      expect((await apply()).status).toBe('APPLIED');
    });

    it('only coordinators decide', async () => {
      const applications = ctx.app.get(MembershipApplicationService);
      const officer = await makeUser(ctx.app, { role: 'OFFICER' });
      const application = await applications.apply(
        { ags: '07314000', applicantName: 'Lena L.', applicantEmail: 'lena@ludwigshafen.example', motivation: 'Austausch' },
        nextIp(),
      );
      await expect(applications.decide(officer.actor, application.id, true)).rejects.toMatchObject({ reason: 'FORBIDDEN' });
      expect((await applications.findById(application.id))?.status).toBe('APPLIED');
    });
  });

  describe('invitations', () => {
    it('work once: the second use of the same link is refused and makes no second account', async () => {
      const invitations = ctx.app.get(InvitationService);
      const invitation = await invitations.invite(coordinator.actor, { email: 'einmal@example.org', role: 'MEMBER', municipalityId: (await makeMunicipality(ctx.app)).id });
      const token = tokenFor(invitation.id);
      const first = await invitations.accept({ token, displayName: 'Erika Einmal', password: FACTORY_PASSWORD });
      expect(first.user.email).toBe('einmal@example.org');

      await expect(invitations.accept({ token, displayName: 'Zweiter Versuch', password: FACTORY_PASSWORD })).rejects.toMatchObject({ reason: 'TOKEN_USED' });
      await expect(invitations.openByToken(token)).rejects.toMatchObject({ reason: 'TOKEN_USED' });
      const [{ n }] = (await ctx.db.query(`select count(*)::int as n from app_user where lower(email) = 'einmal@example.org'`)) as [{ n: number }];
      expect(n).toBe(1);
    });

    it(`expire after the configured days (test clock): open on the last day, refused the day after`, async () => {
      const invitations = ctx.app.get(InvitationService);
      const ttl = ctx.config.auth.invitationTtlDays;
      const sent = Date.now();
      const invitation = await invitations.invite(coordinator.actor, { email: 'spaet@example.org', role: 'MEMBER', municipalityId: (await makeMunicipality(ctx.app)).id });
      const token = tokenFor(invitation.id);
      try {
        jest.useFakeTimers({ now: sent + (ttl - 1) * DAY_MS, doNotFake: [...REAL_TIMERS] });
        expect((await invitations.openByToken(token)).email).toBe('spaet@example.org');
        jest.setSystemTime(sent + (ttl + 1) * DAY_MS);
        await expect(invitations.openByToken(token)).rejects.toMatchObject({ reason: 'TOKEN_EXPIRED' });
        await expect(invitations.accept({ token, displayName: 'Zu Spät', password: FACTORY_PASSWORD })).rejects.toMatchObject({ reason: 'TOKEN_EXPIRED' });
      } finally {
        jest.useRealTimers();
      }
      const [{ n }] = (await ctx.db.query(`select count(*)::int as n from app_user where lower(email) = 'spaet@example.org'`)) as [{ n: number }];
      expect(n).toBe(0);
    });

    it('a new invitation to the same address replaces the open one', async () => {
      const invitations = ctx.app.get(InvitationService);
      const municipalityId = (await makeMunicipality(ctx.app)).id;
      const old = await invitations.invite(coordinator.actor, { email: 'neu@example.org', role: 'MEMBER', municipalityId });
      const fresh = await invitations.invite(coordinator.actor, { email: 'neu@example.org', role: 'MEMBER', municipalityId });
      await expect(invitations.openByToken(tokenFor(old.id))).rejects.toMatchObject({ reason: 'TOKEN_INVALID' });
      expect((await invitations.openByToken(tokenFor(fresh.id))).id).toBe(fresh.id);
    });
  });

  it("suspending a municipality takes away its officers' right to invite, until it is reinstated", async () => {
    const municipality = await makeMunicipality(ctx.app, { ags: '07319000' });
    const officer = await makeUser(ctx.app, { role: 'OFFICER', municipality });
    const invitations = ctx.app.get(InvitationService);
    const municipalities = ctx.app.get(MunicipalityService);
    await expect(municipalities.suspend(coordinator.actor, municipality.id, ' ')).rejects.toThrow();

    await municipalities.suspend(coordinator.actor, municipality.id, 'Beitrag nicht gezahlt');

    await expect(invitations.invite(officer.actor, { email: 'kollegin@worms.example', role: 'MEMBER' })).rejects.toMatchObject({ reason: 'MUNICIPALITY_NOT_ACTIVE' });
    // Still signed in: a suspension takes write rights, not the account.
    expect(await actorOf(ctx.app, officer.session.accessToken)).toMatchObject({ id: officer.user.id });
    expect(await outbox('membership.municipality-suspended')).toContainEqual({ municipalityId: municipality.id });

    await municipalities.reinstate(coordinator.actor, municipality.id);
    expect((await invitations.invite(officer.actor, { email: 'kollegin@worms.example', role: 'MEMBER' })).municipalityId).toBe(municipality.id);
  });

  it('a disabled account cannot sign in and its open session stops at once', async () => {
    const users = ctx.app.get(UserService);
    const person = await makeUser(ctx.app);
    await expect(users.disable(coordinator.actor, coordinator.user.id)).rejects.toMatchObject({ reason: 'CANNOT_DISABLE_SELF' });
    await expect(users.disable(person.actor, coordinator.user.id)).rejects.toMatchObject({ reason: 'FORBIDDEN' });

    await users.disable(coordinator.actor, person.user.id);

    expect(await actorOf(ctx.app, person.session.accessToken)).toBeNull();
    await expect(ctx.app.get(AuthService).login(person.email, FACTORY_PASSWORD, nextIp())).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    await expect(ctx.app.get(AuthService).refresh(person.session.refreshToken)).rejects.toThrow();
    const [entry] = (await ctx.db.query(`select action, actor_id from audit_entry where subject_id = $1 and action = 'user.disabled'`, [person.user.id])) as Array<{
      action: string;
      actor_id: string;
    }>;
    expect(entry).toEqual({ action: 'user.disabled', actor_id: coordinator.user.id });
  });
});

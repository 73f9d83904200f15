import { ServiceContext, startServiceContext } from '@ikone/platform/testing';
import { AuthService, FORMER_MEMBER, MembershipModule, MunicipalityEntity, ProvisioningService, UserService } from '@ikone/membership';
import { actorOf, makeMunicipality, makeUser, MadeUser } from '@ikone/membership/testing';
import { CaseStudyService, KnowledgeModule, RegistrationService } from '@ikone/knowledge';
import { makeCaseStudy, makeEvent } from '@ikone/knowledge/testing';
import { PrivacyModule } from './privacy.module';
import { PrivacyService } from './privacy.service';

/** DSGVO on real PostgreSQL: a person's data export, and deleting the account. */
describe('privacy services', () => {
  let ctx: ServiceContext;
  let coordinator: MadeUser;
  let municipality: MunicipalityEntity;

  beforeAll(async () => {
    ctx = await startServiceContext([MembershipModule, KnowledgeModule, PrivacyModule]);
    coordinator = await makeUser(ctx.app, { role: 'COORDINATOR' });
    municipality = await makeMunicipality(ctx.app, { ags: '07312000' });
  });
  afterAll(() => ctx.close());

  it("exports the person's own data, and nobody else's", async () => {
    const petra = await makeUser(ctx.app, { role: 'OFFICER', municipality, displayName: 'Petra Privat', email: 'petra@kaiserslautern.example' });
    const other = await makeUser(ctx.app, { role: 'OFFICER', municipality, displayName: 'Otto Anders' });
    const own = await makeCaseStudy(ctx.app, petra.actor, { title: 'Digitales Fundbüro', status: 'PUBLISHED', reviewer: coordinator.actor });
    await makeCaseStudy(ctx.app, other.actor, { title: 'Ottos Parkraum-App' });
    const event = await makeEvent(ctx.app, other.actor, { title: 'Netzwerktreffen Westpfalz', reviewer: coordinator.actor });
    await ctx.app.get(RegistrationService).register(petra.actor, event.id);

    const data = (await ctx.app.get(PrivacyService).export(petra.actor)) as Record<string, unknown>;

    expect(data.profil).toMatchObject({ email: 'petra@kaiserslautern.example', displayName: 'Petra Privat', role: 'OFFICER', municipality: 'Kaiserslautern' });
    expect(data.praxisbeispieleAngelegt).toEqual([expect.objectContaining({ title: 'Digitales Fundbüro', slug: own.slug, status: 'PUBLISHED' })]);
    expect(data.praxisbeispieleAlsKontakt).toEqual([{ title: 'Digitales Fundbüro', slug: own.slug, status: 'PUBLISHED' }]);
    expect(data.anmeldungen).toEqual([expect.objectContaining({ event: 'Netzwerktreffen Westpfalz', status: 'REGISTERED' })]);
    expect((data.protokoll as Array<{ action: string }>).map((p) => p.action)).toEqual(
      expect.arrayContaining(['case-study.created', 'case-study.submitted', 'event.registered']),
    );
    expect((data.sitzungen as unknown[]).length).toBe(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain('Ottos Parkraum-App');
    expect(text).not.toContain(other.email);
    await expect(ctx.app.get(PrivacyService).export(null)).rejects.toMatchObject({ reason: 'UNAUTHENTICATED' });
  });

  it('deleting erases the person, frees their seat, and keeps what they wrote under "ehemaliges Mitglied"', async () => {
    const privacy = ctx.app.get(PrivacyService);
    const registrations = ctx.app.get(RegistrationService);
    const leaving = await makeUser(ctx.app, { role: 'OFFICER', municipality, displayName: 'Lea Lässt', email: 'lea@kaiserslautern.example' });
    const colleague = await makeUser(ctx.app, { role: 'OFFICER', municipality });
    const written = await makeCaseStudy(ctx.app, leaving.actor, { title: 'Online-Hundesteuer', status: 'PUBLISHED', reviewer: coordinator.actor });
    const event = await makeEvent(ctx.app, colleague.actor, { capacity: 1, reviewer: coordinator.actor });
    await registrations.register(leaving.actor, event.id);
    const waiting = await makeUser(ctx.app, { role: 'MEMBER', municipality });
    expect((await registrations.register(waiting.actor, event.id)).status).toBe('WAITLISTED');

    await expect(privacy.deleteAccount(leaving.actor, { password: 'falsch-falsch-falsch' })).rejects.toMatchObject({ reason: 'WRONG_PASSWORD' });
    expect(await actorOf(ctx.app, leaving.session.accessToken)).not.toBeNull();

    await privacy.deleteAccount(leaving.actor, { password: leaving.password });

    // Signed out everywhere, and the address is gone: no sign-in, no account found by it.
    expect(await actorOf(ctx.app, leaving.session.accessToken)).toBeNull();
    await expect(ctx.app.get(AuthService).login(leaving.email, leaving.password, '198.51.100.7')).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect(await ctx.app.get(ProvisioningService).findUserByEmail(leaving.email)).toBeNull();
    const [account] = await ctx.app.get(UserService).byIds([leaving.user.id]);
    expect(account).toMatchObject({ status: 'DELETED', displayName: FORMER_MEMBER });
    expect(JSON.stringify(account)).not.toContain('Lea');
    expect(JSON.stringify(account)).not.toContain('lea@kaiserslautern.example');

    // The case study stays with the municipality, still public.
    const kept = await ctx.app.get(CaseStudyService).byId(null, written.id);
    expect(kept).toMatchObject({ title: 'Online-Hundesteuer', status: 'PUBLISHED', municipalityId: municipality.id });
    expect(kept.contactId).not.toBe(leaving.user.id);

    // The freed seat went to the next person on the waitlist.
    expect((await registrations.ownFor(waiting.actor, [event.id])).get(event.id)?.status).toBe('REGISTERED');

    // The audit log keeps the accountability, not the name or address.
    const labels = (await ctx.db.query(`select distinct actor_label from audit_entry where actor_id = $1`, [leaving.user.id])) as Array<{ actor_label: string }>;
    expect(labels.map((l) => l.actor_label)).toEqual([`${FORMER_MEMBER} (Kaiserslautern)`]);
    const [{ n }] = (await ctx.db.query(`select count(*)::int as n from audit_entry where details::text ilike '%lea@kaiserslautern%' or actor_label ilike '%Lässt%'`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('the last coordinator cannot delete their account', async () => {
    await expect(ctx.app.get(PrivacyService).deleteAccount(coordinator.actor, { password: coordinator.password })).rejects.toMatchObject({ reason: 'LAST_COORDINATOR' });
    expect(await actorOf(ctx.app, coordinator.session.accessToken)).not.toBeNull();
  });
});

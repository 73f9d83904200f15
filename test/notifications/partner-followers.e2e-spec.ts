import { actorOf, makeMunicipality, makePartner, makeUser } from '../support/factories';
import { startMailPlatform, MailPlatform } from './mail-platform';
import { waitFor } from './smtp-sink';
import { confirmFromEmail } from '../support/consent';

/**
 * Following a partner organisation (ADR 0024): a case study naming the partner is published;
 * its followers are told once, even when a topic subscription matches too, by the same
 * set-based fan-out as topic and municipality followers.
 */
describe('followers of a partner organisation', () => {
  let platform: MailPlatform;
  beforeAll(async () => {
    platform = await startMailPlatform();
  });
  afterAll(() => platform.close());

  it('tells a follower of the partner once, by email naming the partner', async () => {
    const { gw, sink } = platform;
    const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const kl = await makeMunicipality(gw.app, '07312000');
    const officer = await makeUser(gw.app, { role: 'OFFICER', municipality: kl });
    const { partner } = await makePartner(gw.app, await actorOf(gw.app, coordinator.token), { name: 'Fraunhofer-Testinstitut' });
    const follower = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const bystander = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const subscribe = `mutation($t: SubscriptionTargetInput!, $f: SubscriptionFrequency!) { subscribe(target: $t, frequency: $f) { id partner { slug } } }`;
    const followed = await gw.gql<{ subscribe: { partner: { slug: string } } }>(subscribe, { t: { partnerSlug: partner.slug }, f: 'IMMEDIATE' }, follower.token);
    expect(followed.data?.subscribe.partner).toEqual({ slug: partner.slug });
    expect((await gw.gql(subscribe, { t: { topicSlug: 'open-data' }, f: 'WEEKLY' }, follower.token)).errors).toBeUndefined();
    // Emails of a subscription start once the follower confirmed them (double opt-in, ADR 0023).
    await confirmFromEmail(gw, sink, follower.email);
    const mine = await gw.gql<{ mySubscriptions: Array<{ partner: { slug: string } | null }> }>(`{ mySubscriptions { partner { slug } } }`, {}, follower.token);
    expect(mine.data?.mySubscriptions.map((s) => s.partner?.slug ?? null)).toEqual([null, partner.slug]);

    const created = await gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title: 'Offene Daten mit dem Institut', summary: 'Ein Datenportal.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'], partnerIds: [partner.id] } },
      officer.token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    const sentBefore = sink.messages.length;
    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator.token)).errors).toBeUndefined();

    const message = await waitFor('the follower’s email', () => sink.messages.slice(sentBefore).find((m) => m.to.includes(follower.email)));
    const text = (await message.parsed()).text ?? '';
    expect(text).toContain('Offene Daten mit dem Institut');
    expect(text).toContain('die Partnerorganisation Fraunhofer-Testinstitut abonniert');
    // The unsubscribe link names what it ends.
    const link = /https:\/\/ikone\.test(\/unsubscribe\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(link).toBeDefined();
    const confirm = await fetch(`${gw.url}${link}`);
    expect(await confirm.text()).toContain('Ihr Abonnement der Partnerorganisation Fraunhofer-Testinstitut');
    const rows: Array<{ recipient_id: string; email_via: string }> = await gw.db.query(
      `select recipient_id, email_via from notification where subject_id = $1`, [id],
    );
    expect(rows.filter((r) => r.recipient_id === follower.user.id)).toEqual([{ recipient_id: follower.user.id, email_via: 'IMMEDIATE' }]);
    expect(rows.map((r) => r.recipient_id)).not.toContain(bystander.user.id);
  });
});

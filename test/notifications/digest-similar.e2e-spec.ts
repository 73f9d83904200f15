import { loadConfig } from '@ikone/platform';
import { digestCommand, memoryIo } from '../../apps/cli/src/index';
import { makeMunicipality, makeUser } from '../support/factories';
import type { TestGateway } from '../support/gateway';
import { MailPlatform, startMailPlatform } from './mail-platform';
import { SmtpSink, waitFor } from './smtp-sink';
import { confirmFromEmail } from '../support/consent';

/**
 * The digest section "Aus Kommunen wie Ihrer" (ADR 0026): up to three practices of comparable
 * municipalities, each with its reason, for readers who belong to a municipality; computed once
 * per run for all their municipalities.
 */
describe('digest: Aus Kommunen wie Ihrer', () => {
  let platform: MailPlatform;
  let gw: TestGateway;
  let sink: SmtpSink;

  beforeAll(async () => {
    platform = await startMailPlatform();
    ({ gw, sink } = platform);
  }, 90_000);
  afterAll(() => platform?.close());

  it('suggests practices from the same Landkreis to a reader of Bann, and nothing to a reader without a municipality', async () => {
    const coordinator = await makeUser(gw.app, { role: 'COORDINATOR' });
    const bann = await makeMunicipality(gw.app, '07335002');
    const enkenbach = await makeMunicipality(gw.app, '07335004');
    const kl = await makeMunicipality(gw.app, '07312000');
    const reader = await makeUser(gw.app, { role: 'MEMBER', municipality: bann, email: 'leserin@bann.example' });
    const partner = await makeUser(gw.app, { role: 'MEMBER', municipality: null, email: 'partner@hochschule.example' });
    for (const who of [reader, partner]) {
      const res = await gw.gql(`mutation { subscribe(target: { topicSlug: "open-data" }, frequency: DAILY) { id } }`, {}, who.token);
      expect(res.errors).toBeUndefined();
      await confirmFromEmail(gw, sink, who.email);
    }
    const publish = async (municipalityId: string, title: string, topic: string) => {
      const res = await gw.gql<{ createCaseStudy: { id: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
        { i: { title, summary: 'Kurz.', maturity: 'PILOT', visibility: 'NETWORK', topicSlugs: [topic], municipalityId } },
        coordinator.token,
      );
      await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: res.data!.createCaseStudy.id }, coordinator.token);
    };
    await publish(enkenbach.id, 'Glasfaser Enkenbach', 'infrastruktur');
    await publish(kl.id, 'Offene Haushaltsdaten Kaiserslautern', 'open-data');
    await waitFor('the DAILY notices', async () => {
      const [{ n }] = await gw.db.query(`select count(*)::int as n from notification where email_via = 'DAILY' and recipient_id = any($1::uuid[])`, [[reader.user.id, partner.user.id]]);
      return n === 2;
    }, 30_000);

    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' });
    const result = await digestCommand(config, memoryIo(), { period: 'daily', at: new Date(Date.now() + 60_000) });
    expect(result).toMatchObject({ created: 2, sent: 2, failed: 0 });

    // The last email: the first one asked for the double opt-in (ADR 0023).
    const toReader = await sink.to(reader.email).at(-1)!.parsed();
    expect(toReader.text).toMatch(/Aus Kommunen wie Ihrer\n=+\n+\* „Glasfaser Enkenbach“ \(Enkenbach-Alsenborn\) – aus dem gleichen Landkreis · ebenfalls eine Gemeinde/);
    expect(toReader.text).toContain('„Offene Haushaltsdaten Kaiserslautern“ (Kaiserslautern) – aus Rheinland-Pfalz');
    expect(toReader.html).toContain('Aus Kommunen wie Ihrer');
    const toPartner = await sink.to(partner.email).at(-1)!.parsed();
    expect(toPartner.subject).toBe('Ihre tägliche IKONE-Zusammenfassung: 1 Neuigkeit');
    expect(toPartner.text).not.toContain('Aus Kommunen wie Ihrer');
  });
});

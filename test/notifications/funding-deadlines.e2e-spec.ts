import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ikone/platform';
import { createNotifier } from '../../apps/notifier/src/index';
import { digestCommand, memoryIo } from '../../apps/cli/src/index';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { notifierIdle } from './queues';
import { coordinatorToken, mutate, publishCaseStudy } from './seed';
import { SmtpSink, waitFor } from './smtp-sink';
import { confirmFromEmail } from '../support/consent';

const DAY = 86_400_000;
const isoDay = (at: Date, days: number) => new Date(at.getTime() + days * DAY).toISOString().slice(0, 10);

/**
 * The digest's "Fristen in den nächsten 30 Tagen" (ADR 0025): programmes of the reader's
 * followed topics whose deadline lies in the 30 days from the run's time, through real SMTP.
 */
describe('funding deadlines in digests', () => {
  let gw: TestGateway;
  let notifier: INestApplicationContext;
  const sink = new SmtpSink();
  const env = () => ({ SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' });

  beforeAll(async () => {
    await sink.start();
    gw = await startTestGateway(env());
    notifier = await createNotifier(loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() }), {
      queuePrefix: `ikone-fund-${randomBytes(4).toString('hex')}`, schedules: false,
    });
  });
  afterAll(async () => {
    await notifier?.close();
    await gw?.close();
    await sink.stop();
  });

  it('lists the followed topics’ deadlines of the next 30 days from the run’s clock, soonest first, and none of the others', async () => {
    const coordinator = await coordinatorToken(gw);
    const kl = await makeMunicipality(gw.app, '07312000');
    const follows = async (slug: string, locale: 'de' | 'en' = 'de') => {
      const reader = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
      await mutate(gw, `mutation($s: String!) { subscribe(target: { topicSlug: $s }, frequency: DAILY) { id } }`, { s: slug }, reader.token);
      if (locale === 'en') await mutate(gw, `mutation { updatePreferences(input: { locale: en }) { __typename } }`, {}, reader.token);
      await confirmFromEmail(gw, sink, reader.email);
      return reader;
    };
    const mobility = await follows('mobilitaet');
    const english = await follows('mobilitaet', 'en');
    const other = await follows('bildung');
    // The run's clock: three days ahead, so "the next 30 days" are not today's.
    const at = new Date(Date.now() + 3 * DAY);
    const programme = (name: string, deadline: string | null, topicSlugs: string[]) =>
      mutate(gw, `mutation($i: FundingProgrammeInput!) { createFundingProgramme(input: $i) { id } }`,
        { i: { name, provider: 'Bund', url: `https://foerderung.example/${encodeURIComponent(name)}`, deadline, topicSlugs } }, coordinator);
    await programme('Radwege digital', isoDay(at, 20), ['mobilitaet']);
    await programme('Sauberer ÖPNV', isoDay(at, 5), ['mobilitaet', 'klima-umwelt']);
    await programme('Später als 30 Tage', isoDay(at, 45), ['mobilitaet']);
    // Past by the run's clock, though not by today's.
    await programme('Schon vorbei', isoDay(at, -2), ['mobilitaet']);
    await programme('Ohne Frist', null, ['mobilitaet']);
    await programme('Schule digital', isoDay(at, 10), ['bildung']);

    await publishCaseStudy(gw, { title: 'Mitfahrbank mit App', municipalityId: kl.id, topicSlugs: ['mobilitaet'] });
    await publishCaseStudy(gw, { title: 'Tablets für die Grundschule', municipalityId: kl.id, topicSlugs: ['bildung'] });
    await waitFor('the notifier idle', () => notifierIdle(gw.db, notifier));

    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: gw.config.databaseUrl!, IKONE_DATA_DIR: gw.dataDir, ...env() });
    const run = await digestCommand(config, memoryIo(), { period: 'daily', at });
    expect(run).toMatchObject({ created: 3, sent: 3, failed: 0 });

    // Each reader's second email: the first one asked for the double opt-in (ADR 0023).
    const mail = await sink.to(mobility.email)[1].parsed();
    expect(mail.text).toContain('Fristen in den nächsten 30 Tagen');
    const section = mail.text!.slice(mail.text!.indexOf('Fristen in den nächsten 30 Tagen'));
    const soon = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay(at, 5)}T00:00:00Z`));
    expect(section).toContain(`Sauberer ÖPNV (Bund): Antragsfrist ${soon}`);
    expect(section.indexOf('Sauberer ÖPNV')).toBeLessThan(section.indexOf('Radwege digital'));
    for (const name of ['Später als 30 Tage', 'Schon vorbei', 'Ohne Frist', 'Schule digital']) expect(mail.text).not.toContain(name);
    expect(mail.html).toContain('https://foerderung.example/Radwege%20digital');

    expect((await sink.to(english.email)[1].parsed()).text).toContain('Funding deadlines in the next 30 days');
    const otherMail = await sink.to(other.email)[1].parsed();
    expect(otherMail.text).toContain('Schule digital (Bund)');
    expect(otherMail.text).not.toContain('Radwege digital');

    // A re-run of the same period sends nothing again.
    expect(await digestCommand(config, memoryIo(), { period: 'daily', at })).toMatchObject({ created: 0, sent: 0 });
    expect(sink.to(mobility.email)).toHaveLength(2);
  });
});

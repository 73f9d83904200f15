import { randomUUID } from 'node:crypto';
import { CaseStudyService, FreshnessService } from '@ikone/knowledge';
import { loadConfig } from '@ikone/platform';
import type { AppConfig } from '@ikone/platform';
import { freshnessCommand, memoryIo } from '../../apps/cli/src/index';
import { SmtpSink } from '../notifications/smtp-sink';
import { startTestGateway } from '../support/gateway';
import { WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, nothing, OK, row, runCell, UNAUTH } from '../support/matrix';

let cast: Cast;
let config: AppConfig;
const sink = new SmtpSink();
const DAY = 86_400_000;
/** The clock of every planning run here: past the first due date of everything published today. */
const AT = new Date(Date.now() + 400 * DAY);
const READ = `query($s: String!) { caseStudy(slug: $s) { lastConfirmedAt } }`;

/** A published case study of A, asked "Läuft das noch?" by the real planning run; its link's token. */
const asked = async (): Promise<{ slug: string; token: string }> => {
  const coordinator = cast.people.coordinator.actor;
  const study = await cast.gw.app.get(CaseStudyService).create(coordinator, {
    title: `Aktuell ${randomUUID().slice(0, 6)}`, summary: 'Kurz', maturity: 'OPERATIONAL', topicSlugs: ['open-data'], visibility: 'PUBLIC', municipalityId: cast.a.id,
  });
  await cast.gw.app.get(CaseStudyService).submit(coordinator, study.id);
  await freshnessCommand(config, memoryIo(), { at: AT });
  const [check] = (await cast.gw.db.query(`select id::text as id from freshness_check where case_study_id = $1`, [study.id])) as Array<{ id: string }>;
  return { slug: study.slug, token: cast.gw.app.get(FreshnessService).token(check.id) };
};
let overdueTitle = '';

/** Answers in the order of ROLES: anonymous, member, officerA, officerB, officerS, coordinator, disabled. */
const ROWS = [
  row<{ freshnessCheck: { slug: string } }, string>({
    // The token is the credential (ADR 0028): whoever holds the link sees the question.
    name: 'freshnessCheck', document: `query($t: String!) { freshnessCheck(token: $t) { slug } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const { slug, token } = await asked();
      return { variables: { t: token }, state: slug };
    },
    then: (d, slug) => expect(d.freshnessCheck.slug).toBe(slug),
  }),
  row<{ answerFreshnessCheck: { answer: string } }, string>({
    name: 'answerFreshnessCheck', document: `mutation($t: String!) { answerFreshnessCheck(token: $t, answer: RUNNING) { answer } }`,
    answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => {
      const { slug, token } = await asked();
      return { variables: { t: token }, state: slug };
    },
    then: async (d, slug) => {
      expect(d.answerFreshnessCheck.answer).toBe('RUNNING');
      expect((await cast.read<{ caseStudy: { lastConfirmedAt: string | null } }>(READ, { s: slug })).caseStudy.lastConfirmedAt).not.toBeNull();
    },
  }),
  row<{ freshnessOverdue: { edges: Array<{ node: { title: string } }> } }>({
    name: 'freshnessOverdue', document: `{ freshnessOverdue(first: 100) { edges { node { title } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
    setup: nothing,
    then: (d) => expect(d.freshnessOverdue.edges.map((e) => e.node.title)).toContain(overdueTitle),
  }),
];

describe('authorization matrix (freshness check)', () => {
  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url, PUBLIC_URL: 'https://ikone.test' };
    cast = await Cast.assemble(await startTestGateway(env), '07312000', '07315000');
    config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: cast.gw.config.databaseUrl!, IKONE_DATA_DIR: cast.gw.dataDir, ...env });
    // One question unanswered after both reminders, for the coordinators' list.
    const coordinator = cast.people.coordinator.actor;
    overdueTitle = `Überfällig ${randomUUID().slice(0, 6)}`;
    const study = await cast.gw.app.get(CaseStudyService).create(coordinator, {
      title: overdueTitle, summary: 'Kurz', maturity: 'PILOT', topicSlugs: ['open-data'], visibility: 'PUBLIC', municipalityId: cast.a.id,
    });
    await cast.gw.app.get(CaseStudyService).submit(coordinator, study.id);
    for (const days of [28, 14, 0]) await freshnessCommand(config, memoryIo(), { at: new Date(AT.getTime() - days * DAY) });
  });
  afterAll(async () => {
    await cast.gw.close();
    await sink.stop();
  });

  it('covers every freshness operation', () => {
    expect(ROWS.map((r) => r.name).sort()).toEqual(['answerFreshnessCheck', 'freshnessCheck', 'freshnessOverdue']);
  });

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
});

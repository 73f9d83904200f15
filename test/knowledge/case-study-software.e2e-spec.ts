import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { publiccodeFixture } from '../support/publiccode';
import { snapshot } from '../support/snapshot';

const MINIMAL = publiccodeFixture('publiccode.minimal-0.4.yml');
const OPEN_CODE = publiccodeFixture('publiccode.opencode-0.5.yml');
const TABLES = ['case_study', 'content_revision', 'audit_entry', 'outbox_event'];
const base = { summary: 'Ein Postfach für Anträge.', maturity: 'OPERATIONAL', visibility: 'PUBLIC', topicSlugs: ['verwaltungsdigitalisierung'] };
const CREATE = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id revision } }`;
const SOFTWARE = `query($s: String!) { caseStudy(slug: $s) {
  repositoryUrl publiccodeYml revision
  software { name licence maintenanceType maintainers developmentStatus publiccodeYmlVersion repositoryUrl platform }
} }`;

type Read = { repositoryUrl: string | null; publiccodeYml: string | null; revision: number; software: Record<string, unknown> | null };

/** publiccode.yml through the case study mutations: stored verbatim, summarised, refused with the line, readable as the case study is. */
describe('case study software (publiccode.yml)', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let officer: string;
  let coordinator: string;
  let member: string;
  let n = 0;

  const read = async (slug: string, token?: string) => gw.gql<{ caseStudy: Read }>(SOFTWARE, { s: slug }, token);
  const make = async (extra: Record<string, unknown> = {}) => {
    const res = await gw.gql<{ createCaseStudy: { id: string; slug: string } }>(CREATE, { i: { ...base, title: `Bürgerpostfach ${++n}`, ...extra } }, officer);
    expect(res.errors).toBeUndefined();
    return res.data!.createCaseStudy;
  };
  const publish = async (id: string) => {
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer);
    await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator);
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07335034');
    officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: a })).token;
    member = (await makeUser(gw.app, { role: 'MEMBER', municipality: a })).token;
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
  });
  afterAll(() => gw.close());

  it('creates with a publiccode.yml and an Open CoDE repository; anyone who may read the case study sees the summary', async () => {
    const study = await make({ repositoryUrl: 'https://gitlab.opencode.de/kommune-musterstadt/buergerpostfach', publiccodeYml: OPEN_CODE });
    await publish(study.id);
    const { data, errors } = await read(study.slug);
    expect(errors).toBeUndefined();
    expect(data!.caseStudy).toEqual({
      repositoryUrl: 'https://gitlab.opencode.de/kommune-musterstadt/buergerpostfach',
      publiccodeYml: OPEN_CODE,
      revision: 1,
      software: {
        name: 'Bürgerpostfach', licence: 'EUPL-1.2 OR MIT', maintenanceType: 'CONTRACT', maintainers: ['Dataport AöR'], developmentStatus: 'STABLE',
        publiccodeYmlVersion: '0.5', repositoryUrl: 'https://gitlab.opencode.de/kommune-musterstadt/buergerpostfach', platform: 'OPEN_CODE',
      },
    });
  });

  it('updates a published case study: a new revision whose snapshot holds the file, and removing it clears the summary', async () => {
    const study = await make({ repositoryUrl: 'https://github.com/italia/medusa' });
    await publish(study.id);
    expect((await read(study.slug)).data!.caseStudy.software).toMatchObject({ name: null, platform: 'GITHUB', repositoryUrl: 'https://github.com/italia/medusa' });
    const updated = await gw.gql<{ updateCaseStudy: { revision: number } }>(UPDATE, { id: study.id, i: { publiccodeYml: MINIMAL } }, officer);
    expect(updated.errors).toBeUndefined();
    expect((await read(study.slug)).data!.caseStudy).toMatchObject({ revision: 2, software: { name: 'Medusa', licence: 'AGPL-3.0-or-later', maintenanceType: 'COMMUNITY', developmentStatus: 'DEVELOPMENT', maintainers: ['Francesco Rossi'] } });
    const revisions = await gw.gql<{ caseStudy: { revisions: Array<{ revision: number; snapshot: string }> } }>(
      `query($s: String!) { caseStudy(slug: $s) { revisions { revision snapshot } } }`, { s: study.slug }, officer,
    );
    const latest = revisions.data!.caseStudy.revisions.find((r) => r.revision === 2)!;
    expect(JSON.parse(latest.snapshot)).toMatchObject({ publiccodeYml: MINIMAL, repositoryUrl: 'https://github.com/italia/medusa' });
    await gw.gql(UPDATE, { id: study.id, i: { publiccodeYml: '', repositoryUrl: null } }, officer);
    expect((await read(study.slug)).data!.caseStudy).toMatchObject({ publiccodeYml: null, repositoryUrl: null, software: null });
  });

  it('shows a changed publiccode.yml among the changed fields at the next review', async () => {
    const study = await make({ publiccodeYml: MINIMAL });
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id }, officer);
    await gw.gql(`mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte die Lizenz prüfen") { subjectId } }`, { id: study.id }, coordinator);
    await gw.gql(UPDATE, { id: study.id, i: { publiccodeYml: MINIMAL.replace('AGPL-3.0-or-later', 'EUPL-1.2') } }, officer);
    await gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.id }, officer);
    const item = await gw.gql<{ reviewItem: { changedFields: string[] } }>(`query($id: ID!) { reviewItem(subjectId: $id) { changedFields } }`, { id: study.id }, coordinator);
    expect(item.data!.reviewItem.changedFields).toEqual(['publiccodeYml']);
  });

  it('keeps the software of a network-only case study from anonymous readers, like the rest of it', async () => {
    const study = await make({ visibility: 'NETWORK', publiccodeYml: MINIMAL });
    await publish(study.id);
    expect((await read(study.slug, member)).data!.caseStudy.software).toMatchObject({ name: 'Medusa' });
    expect((await read(study.slug)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  describe('refuses, naming the field and the line, and stores nothing', () => {
    let draft: { id: string; slug: string };
    beforeAll(async () => {
      draft = await make({ publiccodeYml: MINIMAL });
    });
    const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    const withoutLicence = MINIMAL.replace('  license: AGPL-3.0-or-later\n', '  mainCopyrightOwner: Stadt Musterstadt\n');
    const cases: Array<{ name: string; input: () => Record<string, unknown>; field: string; message?: RegExp }> = [
      {
        name: 'a missing legal.license',
        input: () => ({ publiccodeYml: withoutLicence }),
        field: 'input.publiccodeYml',
        message: new RegExp(`^publiccode\\.yml, Zeile ${lineOf(withoutLicence, 'legal:')}: 'legal\\.license' fehlt$`),
      },
      { name: 'a licence that is not SPDX', input: () => ({ publiccodeYml: MINIMAL.replace('AGPL-3.0-or-later', 'GPL irgendwas') }), field: 'input.publiccodeYml', message: /^publiccode\.yml, Zeile 35: 'legal\.license' ist keine SPDX-Lizenzangabe/ },
      { name: 'YAML that does not parse', input: () => ({ publiccodeYml: 'name: "Medusa\nurl: x\n' }), field: 'input.publiccodeYml', message: /^publiccode\.yml, Zeile \d: kein gültiges YAML/ },
      { name: 'a file of 64 kB', input: () => ({ publiccodeYml: MINIMAL + '#'.repeat(64 * 1024) }), field: 'input.publiccodeYml', message: /kleiner als 64 kB/ },
      { name: 'a repository over http', input: () => ({ repositoryUrl: 'http://gitlab.opencode.de/a/b' }), field: 'input.repositoryUrl' },
    ];
    it.each(cases)('$name', async (c) => {
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(UPDATE, { id: draft.id, i: c.input() }, officer);
      const ext = res.errors?.[0]?.extensions as { code: string; field: string; fields: Array<{ path: string; message: string; messageEn: string }> };
      expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', field: c.field });
      if (c.message) expect(ext.fields[0].message).toMatch(c.message);
      expect(ext.fields[0].messageEn).toMatch(/^publiccode\.yml|https/);
      expect(await snapshot(gw.db, TABLES)).toEqual(before);
    });

    it('on create too', async () => {
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(CREATE, { i: { ...base, title: 'Ohne Lizenz', publiccodeYml: withoutLicence } }, officer);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publiccodeYml' });
      expect(await snapshot(gw.db, TABLES)).toEqual(before);
    });
  });
});

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, GraphQLInputType, GraphQLObjectType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType } from 'graphql';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

/** Findings of the outside attack test (issue #8): each stays fixed. */
describe('attacks and bad input (issue #8)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const codes = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.map((e) => e.extensions?.code);

  describe('fragment chains', () => {
    const chain = (levels: number, last: string) =>
      `{ ...F0 } ` +
      Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
      ` fragment F${levels - 1} on Query { ${last} }`;

    it('refuses a 30-level doubling chain with a limit error while the gateway keeps answering', async () => {
      const attack = gw.gql(chain(30, 'topics { slug }'));
      // A generous bound: a blocked event loop would not answer this at all until the attack ends.
      const live = await fetch(`${gw.url}/health/live`, { signal: AbortSignal.timeout(15_000) });
      expect(live.status).toBe(200);
      const res = await attack;
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toMatch(/zu aufwendig/);
    });

    it('answers a 30-level doubling chain of __typename (cost 0)', async () => {
      const res = await gw.gql(chain(30, '__typename'));
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ __typename: 'Query' });
    });
  });

  describe('oversized input', () => {
    it('answers more than 50 invalid variable values with BAD_USER_INPUT only', async () => {
      const m = Array.from({ length: 150 }, (_, i) => `KEIN_WERT_${i}`);
      const res = await gw.gql(`query($m: [Maturity!]) { caseStudies(filter: { maturity: $m }) { totalCount } }`, { m });
      expect(res.errors?.length).toBeGreaterThan(50);
      expect(new Set(codes(res))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(res.errors?.at(-1)?.message).toMatch(/Zu viele ungültige Variablenwerte/);
    });

    it('answers a variable nested 20,000 levels deep with BAD_USER_INPUT', async () => {
      // Written by hand: JSON.stringify itself overflows at this depth.
      const query = JSON.stringify(`query($m: [Maturity!]) { caseStudies(filter: { maturity: $m }) { totalCount } }`);
      const body = `{"query":${query},"variables":{"m":${'['.repeat(20_000)}"x"${']'.repeat(20_000)}}}`;
      const response = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const res = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(response.status).toBe(400);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res)).not.toMatch(/call stack|Maximum/);
    });

    it('answers 6,000 nested selections with a clean limit error', async () => {
      const res = await gw.gql(`{ topics ${'{ slug '.repeat(6000)}${'}'.repeat(6001)}`);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toBe('Die Anfrage ist zu tief verschachtelt.');
      expect(JSON.stringify(res)).not.toMatch(/call stack|Maximum/);
    });
  });

  describe('anonymous applications', () => {
    let n = 0;
    const apply = (email: string, headers: Record<string, string> = {}) => {
      n += 1;
      return gw.gql(
        `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
        { i: { name: `Zweckverband Flut ${n}`, kind: 'OTHER', state: 'RP', applicantName: 'Fritz Flut', applicantEmail: email, motivation: 'Test' } },
        undefined,
        headers,
      );
    };

    it('limits applications per client address', async () => {
      const ip = { 'x-forwarded-for': '203.0.113.77' };
      const results: unknown[] = [];
      for (let i = 0; i < 15; i++) results.push(codes(await apply(`flut${i}@example.org`, ip))?.[0] ?? 'OK');
      expect(results.slice(0, 10)).toEqual(Array(10).fill('OK'));
      expect(results.slice(10)).toEqual(Array(5).fill('RATE_LIMITED'));
      // Another address may still apply.
      expect((await apply('andere@example.org', { 'x-forwarded-for': '203.0.113.78' })).errors).toBeUndefined();
    });

    it('limits applications per applicant email across addresses', async () => {
      const results: unknown[] = [];
      for (let i = 0; i < 4; i++) results.push(codes(await apply('Wiederholt@Example.org'))?.[0] ?? 'OK');
      expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    });
  });

  describe('response headers', () => {
    it('sends the unsubscribe page with a policy against framing, sniffing and foreign content', async () => {
      const res = await fetch(`${gw.url}/unsubscribe/kein-gueltiges-token`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      // Styled by the web application's stylesheet from the same address; nothing inline.
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/script-src/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('marks GraphQL answers no-store and every answer nosniff', async () => {
      const res = await fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ topics { slug } }' }) });
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const live = await fetch(`${gw.url}/health/live`);
      expect(live.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('serves /metrics in development when no METRICS_TOKEN is set', async () => {
      const res = await fetch(`${gw.url}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('ikone_gateway_');
    });
  });

  describe('NUL characters and unpaired surrogates', () => {
    const NUL = 'a\u0000b';
    const LONE = 'a\ud800b';
    const application = { name: 'Zweckverband Test', kind: 'OTHER', state: 'RP', applicantName: 'Antje', applicantEmail: 'antje@example.org', motivation: 'Mitmachen' };
    const table: Array<[string, string, Record<string, unknown>, string, 'coordinator' | null]> = [
      ['caseStudy(slug) with NUL', `query($s: String!) { caseStudy(slug: $s) { id } }`, { s: NUL }, 'slug', null],
      ['caseStudy(slug) with NUL written in the document', `{ caseStudy(slug: "x\\u0000y") { id } }`, {}, 'slug', null],
      ['municipality(slug) with NUL', `query($s: String!) { municipality(slug: $s) { id } }`, { s: NUL }, 'slug', null],
      ['login(email) with NUL', `mutation($e: String!) { login(email: $e, password: "x") { accessToken } }`, { e: NUL }, 'email', null],
      ['login(email) written in the document', `mutation { login(email: "a\\u0000@example.org", password: "x") { accessToken } }`, {}, 'email', null],
      ['applyForMembership with a lone surrogate', `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`, { i: { ...application, applicantName: LONE } }, 'input.applicantName', null],
      ['applyForMembership with a lone low surrogate', `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`, { i: { ...application, motivation: 'x\udc00' } }, 'input.motivation', null],
      ['inviteUser with a lone surrogate', `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email: `neu${LONE}@example.org`, role: 'MEMBER' } }, 'input.email', 'coordinator'],
      ['requestPasswordReset with a lone surrogate', `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: LONE }, 'email', null],
      ['confirmEmailConsent with NUL', `mutation($t: String!) { confirmEmailConsent(token: $t) }`, { t: NUL }, 'token', null],
      ['answerFreshnessCheck with NUL', `mutation($t: String!) { answerFreshnessCheck(token: $t, answer: RUNNING) { id } }`, { t: NUL }, 'token', null],
      ['caseStudies(filter) list entry with NUL', `query($f: CaseStudyFilterInput) { caseStudies(filter: $f) { totalCount } }`, { f: { topicSlugs: ['ok', NUL] } }, 'filter.topicSlugs.1', null],
    ];
    let coordinator: string;
    beforeAll(async () => {
      coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    });

    it.each(table)('%s → BAD_USER_INPUT naming the argument, nothing stored', async (_name, query, variables, field, as) => {
      const before = await snapshot(gw.db);
      const res = await gw.gql(query, variables, as ? coordinator : undefined);
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(res.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ path: field })]);
      expect(await snapshot(gw.db)).toEqual(before);
    });

    it('refuses a NUL in every string argument of every operation', async () => {
      const schema = gw.app.get(GraphQLSchemaHost).schema;
      // One value per argument type holding a NUL in every string; null where no string fits.
      const bad = (type: GraphQLInputType, depth = 0): unknown => {
        const t = getNullableType(type);
        if (isListType(t)) return [bad(t.ofType, depth)];
        if (isInputObjectType(t)) {
          if (depth > 2) return null;
          return Object.fromEntries(Object.values(t.getFields()).map((f) => [f.name, bad(f.type, depth + 1)]));
        }
        return isScalarType(t) && ['String', 'ID'].includes(t.name) ? NUL : null;
      };
      const holdsString = (type: GraphQLInputType, depth = 0): boolean => {
        const t = getNamedType(type);
        if (isInputObjectType(t)) return depth < 3 && Object.values(t.getFields()).some((f) => holdsString(f.type, depth + 1));
        return isScalarType(t) && ['String', 'ID'].includes(t.name);
      };
      const failures: string[] = [];
      let checked = 0;
      for (const [keyword, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as Array<[string, GraphQLObjectType]>) {
        for (const field of Object.values(root.getFields())) {
          for (const arg of field.args.filter((a) => holdsString(a.type))) {
            // Other arguments are declared as variables and left out: the check runs before coercion.
            const defs = field.args.map((a, i) => `$v${i}: ${a.type.toString()}`).join(', ');
            const args = field.args.map((a, i) => `${a.name}: $v${i}`).join(', ');
            const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
            const query = `${keyword}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
            const res = await gw.gql(query, { [`v${field.args.indexOf(arg)}`]: bad(arg.type) }, coordinator);
            const error = res.errors?.[0];
            checked++;
            if (error?.extensions?.code !== 'BAD_USER_INPUT' || !String(error.extensions.field ?? '').startsWith(arg.name)) {
              failures.push(`${field.name}(${arg.name}): ${JSON.stringify(error ?? res.data)}`);
            }
          }
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(40);
    });
  });

  describe('refusal before validation', () => {
    /** Operations anonymous callers may use (SPEC §4); every other one needs an account. */
    const PUBLIC = new Set(['municipalities', 'municipality', 'directory', 'topics', 'login', 'refreshSession', 'acceptInvitation', 'requestPasswordReset',
      'resetPassword', 'applyForMembership', 'caseStudies', 'caseStudy', 'events', 'event', 'search', 'invitation',
      'fundingProgrammes', 'singleSignOnProviders', 'startSingleSignOn', 'completeSingleSignOn', 'partners', 'partner',
      'confirmEmailConsent', 'freshnessCheck', 'answerFreshnessCheck']);
    /** Operations a plain member may never use. */
    const NOT_FOR_MEMBERS = new Set(['inviteUser', 'createCaseStudy', 'updateCaseStudy', 'submitCaseStudy', 'archiveCaseStudy', 'createEvent', 'updateEvent',
      'submitEvent', 'cancelEvent', 'archiveEvent', 'updateReuseRequest', 'requestReuse', 'reuseRequests', 'users', 'setUserRole', 'disableUser', 'membershipApplications',
      'membershipApplication', 'decideMembershipApplication', 'suspendMunicipality', 'reinstateMunicipality', 'auditLog', 'reviewQueue', 'reviewItem', 'approve',
      'requestChanges', 'reject', 'colleagues', 'reports', 'resolveReport', 'networkStats', 'networkStatsTotals', 'createTopic', 'failedDeliveries', 'deadLetterEvents',
      'createFundingProgramme', 'updateFundingProgramme', 'deleteFundingProgramme', 'createContactRole', 'updateContactRole', 'deleteContactRole',
      'requestAttachmentUpload', 'removeAttachment', 'suspendPartner', 'reinstatePartner', 'freshnessOverdue']);

    // Values GraphQL accepts but the validation pipe refuses (too long, not a uuid, negative).
    const invalid = (type: GraphQLInputType, depth = 0): unknown => {
      const t = getNullableType(type);
      if (isListType(t)) return [invalid(t.ofType, depth)];
      if (isInputObjectType(t)) {
        return Object.fromEntries(Object.values(t.getFields()).filter((f) => depth < 3 || isNonNullType(f.type)).map((f) => [f.name, invalid(f.type, depth + 1)]));
      }
      if (isEnumType(t)) return t.getValues()[0].name;
      switch (t.name) {
        case 'Int': return -5;
        case 'Float': return -5.5;
        case 'Boolean': return true;
        case 'ID': return 'kein-uuid';
        case 'DateTime': return '1999-01-01T00:00:00.000Z';
        default: return 'x'.repeat(5000);
      }
    };
    const call = (keyword: string, root: GraphQLObjectType, name: string, token?: string) => {
      const field = root.getFields()[name];
      const defs = field.args.map((a, i) => `$v${i}: ${a.type.toString()}`).join(', ');
      const args = field.args.map((a, i) => `${a.name}: $v${i}`).join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const variables = Object.fromEntries(field.args.map((a, i) => [`v${i}`, invalid(a.type)]));
      return gw.gql(`${keyword}${defs ? `(${defs})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`, variables, token);
    };
    const operations = () => {
      const schema = gw.app.get(GraphQLSchemaHost).schema;
      return [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]].flatMap(([keyword, root]) =>
        Object.keys((root as GraphQLObjectType).getFields()).map((name) => ({ keyword: keyword as string, root: root as GraphQLObjectType, name })));
    };

    it('answers UNAUTHENTICATED to anonymous callers of every protected operation, whatever the arguments', async () => {
      const wrong: string[] = [];
      const ops = operations();
      for (const op of ops.filter((o) => !PUBLIC.has(o.name))) {
        const res = await call(op.keyword, op.root, op.name);
        if (codes(res)?.[0] !== 'UNAUTHENTICATED') wrong.push(`${op.name}: ${JSON.stringify(res.errors?.[0]?.message ?? res.data)}`);
      }
      expect(wrong).toEqual([]);
      expect(ops.length).toBeGreaterThanOrEqual(58);
    });

    it('answers FORBIDDEN to members calling an officer or coordinator operation, whatever the arguments', async () => {
      const member = (await makeUser(gw.app, { role: 'MEMBER', municipality: await makeMunicipality(gw.app) })).token;
      const wrong: string[] = [];
      for (const op of operations().filter((o) => NOT_FOR_MEMBERS.has(o.name))) {
        const res = await call(op.keyword, op.root, op.name, member);
        if (codes(res)?.[0] !== 'FORBIDDEN') wrong.push(`${op.name}: ${JSON.stringify(codes(res) ?? res.data)}`);
      }
      expect(wrong).toEqual([]);
    });

    it('refuses anonymous callers of Event.registrations before validating its arguments', async () => {
      const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
      const municipality = await makeMunicipality(gw.app, '07315000');
      const topics = await gw.gql<{ topics: Array<{ id: string }> }>(`{ topics { id } }`);
      const created = await gw.gql<{ createEvent: { id: string } }>(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: {
          title: 'Offene Sprechstunde', startsAt: '2030-05-05T08:00:00Z', endsAt: '2030-05-05T10:00:00Z', format: 'ON_SITE',
          location: 'Rathaus', visibility: 'PUBLIC', municipalityId: municipality.id, topicIds: [topics.data!.topics[0].id],
        },
      }, coordinator);
      expect(created.errors).toBeUndefined();
      const id = created.data!.createEvent.id;
      expect((await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();
      const res = await gw.gql(`query($id: ID!) { event(id: $id) { id registrations(first: -5) { totalCount } } }`, { id });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect((res.data as { event: { registrations: unknown } }).event.registrations).toBeNull();
      const bad = await gw.gql(`query($id: ID!) { event(id: $id) { registrations(first: -5) { totalCount } } }`, { id }, coordinator);
      expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
      const ok = await gw.gql<{ event: { registrations: { totalCount: number } } }>(`query($id: ID!) { event(id: $id) { registrations { totalCount } } }`, { id }, coordinator);
      expect(ok.data?.event.registrations.totalCount).toBe(0);
    });

    it('still validates the arguments of callers who may use the operation', async () => {
      const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
      const res = await gw.gql(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email: 'keine-adresse', role: 'MEMBER' } }, coordinator);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.field).toBe('input.email');
    });
  });

  describe('forged cursors', () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const uuid = '6f1c1c4e-8b1a-4c7e-9a55-0d2b4e6f7a81';
    // [connection, document, sorted by a timestamp?]
    const connections: Array<[string, string, boolean]> = [
      ['caseStudies', `query($a: String) { caseStudies(after: $a) { totalCount } }`, true],
      ['events', `query($a: String) { events(after: $a) { totalCount } }`, true],
      ['directory', `query($a: String) { directory(after: $a) { totalCount } }`, false],
      ['municipalities', `query($a: String) { municipalities(after: $a) { totalCount } }`, false],
      ['users', `query($a: String) { users(after: $a) { totalCount } }`, false],
      ['membershipApplications', `query($a: String) { membershipApplications(after: $a) { totalCount } }`, true],
      ['auditLog', `query($a: String) { auditLog(after: $a) { totalCount } }`, false],
      ['reports', `query($a: String) { reports(after: $a) { totalCount } }`, true],
      ['reviewQueue', `query($a: String) { reviewQueue(after: $a) { totalCount } }`, true],
      ['notifications', `query($a: String) { notifications(after: $a) { totalCount } }`, true],
      ['failedDeliveries', `query($a: String) { failedDeliveries(after: $a) { totalCount } }`, true],
      ['deadLetterEvents', `query($a: String) { deadLetterEvents(after: $a) { totalCount } }`, true],
      ['freshnessOverdue', `query($a: String) { freshnessOverdue(after: $a) { totalCount } }`, true],
    ];
    let coordinator: string;
    beforeAll(async () => {
      coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    });

    it.each(connections)('%s refuses forged cursors before any SQL', async (_name, query, timed) => {
      const forged = [
        'kein cursor!',
        cursor('kein array'),
        cursor([{ a: 1 }, { b: 2 }]),
        cursor([null, null]),
        cursor([1.5, uuid, 3]),
        ...(timed ? [cursor(['kein-datum', 'keine-uuid']), cursor(['2026-02-31T10:00:00Z', uuid]), cursor(['2026-01-01T10:00:00Z', 'keine-uuid'])] : []),
      ];
      for (const after of forged) {
        const res = await gw.gql(query, { a: after }, coordinator);
        expect({ after, errors: res.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message]) }).toEqual({
          after,
          errors: [['BAD_USER_INPUT', 'after', 'Ungültiger Cursor.']],
        });
      }
    });

    it('still follows real cursors', async () => {
      const page = await gw.gql<{ directory: { edges: Array<{ cursor: string; node: { ags: string } }> } }>(`{ directory(first: 2) { edges { cursor node { ags } } } }`);
      const next = await gw.gql<{ directory: { edges: Array<{ node: { ags: string } }> } }>(
        `query($a: String) { directory(first: 1, after: $a) { edges { node { ags } } } }`, { a: page.data!.directory.edges[0].cursor });
      expect(next.data!.directory.edges[0].node.ags).toBe(page.data!.directory.edges[1].node.ags);
    });
  });

  describe('domain errors on plain HTTP', () => {
    const expectText = async (res: Response, status: number, de: RegExp) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const [german, english] = (await res.text()).split('\n');
      expect(german).toMatch(de);
      expect(english).toMatch(/^[A-Z][a-z]/);
    };

    it('answers an unknown topic feed 404 in plain text', async () => {
      await expectText(await fetch(`${gw.url}/topics/gibt-es-nicht/feed.atom`), 404, /^Themenfeld nicht gefunden/);
      await expectText(await fetch(`${gw.url}/calendar.ics?topic=gibt-es-nicht`), 404, /^Themenfeld nicht gefunden/);
    });

    it('answers the statistics CSV with 401, 403 and 400 in plain text, refusing before validating', async () => {
      const member = (await makeUser(gw.app, { role: 'MEMBER' })).token;
      const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
      const csv = (query: string, token?: string) => fetch(`${gw.url}/stats/network.csv?${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      await expectText(await csv('from=kaputt&to=2027-01-01'), 401, /^Bitte melden Sie sich an/);
      await expectText(await csv('from=kaputt&to=2027-01-01', member), 403, /^Dafür fehlt/);
      await expectText(await csv('from=kaputt&to=2027-01-01', coordinator), 400, /^Ungültige Eingabe: from/);
      await expectText(await csv('from=2027-01-01&to=2026-01-01', coordinator), 400, /^Ungültige Eingabe: to/);
      await expectText(await csv('from=2026-01-01&from=2026-02-01&to=2027-01-01', coordinator), 400, /^Ungültige Eingabe: from/);
    });
  });

  describe('error texts', () => {
    it('gives limit errors an English messageEn', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: topics { slug }`).join(' ');
      const res = await gw.gql(`{ ${aliases} }`);
      expect(res.errors?.[0]?.message).toMatch(/zu viele Aliasse/);
      expect(res.errors?.[0]?.extensions?.messageEn).toBe('Invalid request: The query uses too many aliases (16, 15 allowed).');
    });
  });
});

describe('attacks in production (issue #8)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://ikone.example.org',
      JWT_SECRET: 'p'.repeat(40),
      TOKEN_SECRET: 'q'.repeat(40),
    });
  });
  afterAll(() => gw.close());

  it('has no /metrics without METRICS_TOKEN', async () => {
    const res = await fetch(`${gw.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('ikone_gateway_');
  });

  it.each([
    ['an unknown input field', `query($f: CaseStudyFilterInput) { caseStudies(filter: $f) { totalCount } }`, { f: { serch: 'x' } }, 'f'],
    ['a misspelt enum value', `query($m: [Maturity!]) { caseStudies(filter: { maturity: $m }) { totalCount } }`, { m: ['PILO'] }, 'm[0]'],
  ])('suggests no names for %s in variables', async (_case, query, variables, field) => {
    const res = await gw.gql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(JSON.stringify(res)).not.toMatch(/Did you mean|search"|PILOT/);
  });
});

describe('/metrics with METRICS_TOKEN (issue #8)', () => {
  let gw: TestGateway;
  const token = 'metrics-'.repeat(4);
  beforeAll(async () => {
    gw = await startTestGateway({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://ikone.example.org',
      JWT_SECRET: 'p'.repeat(40),
      TOKEN_SECRET: 'q'.repeat(40),
      METRICS_TOKEN: token,
    });
  });
  afterAll(() => gw.close());

  it('answers only the bearer of the token', async () => {
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    const res = await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('ikone_gateway_');
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash, argon2id } from 'argon2';
import { Client } from 'pg';
import { projectRoot, runMigrations } from '@ikone/platform';
import { describeDirectoryName, parseDirectoryCsv } from '@ikone/membership';
import { DEFAULT_TOPICS } from '@ikone/knowledge';
import { caseStudyText, eventText, NAME_ARRAYS, Rng, slugify, STEMMING_PROBE } from './german-text';
import { fmt, progress, table } from './report';
import { BENCH_PASSWORD, GENERATOR_VERSION, Scale } from './scale';
import { generateSubscriptions, subscriptionSchema } from './subscriptions';

/** What a step reports: rows written. */
type StepFn = (client: Client) => Promise<number>;

interface StepRecord {
  name: string;
  rows: number;
  seconds: number;
  reused: boolean;
}

export interface DatasetSummary {
  scale: Scale;
  steps: StepRecord[];
  /** Seconds spent generating in this run (0 when everything was reused). */
  generatedSeconds: number;
  counts: Record<string, number>;
  /** Ids the scenarios need. */
  kaiserslauternId: string;
  hasSubscriptions: boolean;
}

const MARKER = `
  create table if not exists bench_dataset_step (
    name text primary key,
    generator_version integer not null,
    scale text not null,
    rows bigint not null,
    seconds numeric not null,
    done_at timestamptz not null default now()
  )`;

/** Kaiserslautern (AGS 07312000) is always a member and home of the coordinators. */
const KAISERSLAUTERN_AGS = '07312000';

async function q<T extends object = Record<string, unknown>>(client: Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

/** Whether the stored data set was built by another generator version or at another scale. */
async function staleSteps(client: Client, scale: Scale): Promise<boolean> {
  await client.query(MARKER);
  const rows = await q<{ n: string }>(client, `select count(*) as n from bench_dataset_step where generator_version <> $1 or scale <> $2`, [
    GENERATOR_VERSION,
    scale.name,
  ]);
  return Number(rows[0].n) > 0;
}

async function directoryStep(client: Client): Promise<number> {
  const rows = parseDirectoryCsv(readFileSync(join(projectRoot(), 'data', 'gemeinden-de-2021.csv'), 'utf8'));
  const bar = progress('directory', rows.length);
  await client.query(
    `insert into directory_entry (ags, name, state) select * from unnest($1::text[], $2::text[], $3::text[]) on conflict (ags) do nothing`,
    [rows.map((r) => r.ags), rows.map((r) => r.name), rows.map((r) => r.state)],
  );
  bar.update(rows.length);
  bar.stop();
  return rows.length;
}

async function topicsStep(client: Client): Promise<number> {
  await client.query(
    `insert into topic (slug, name_de, name_en, description_de, description_en)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) on conflict (slug) do nothing`,
    [
      DEFAULT_TOPICS.map((t) => t.slug),
      DEFAULT_TOPICS.map((t) => t.nameDe),
      DEFAULT_TOPICS.map((t) => t.nameEn),
      DEFAULT_TOPICS.map((t) => t.descriptionDe ?? ''),
      DEFAULT_TOPICS.map((t) => t.descriptionEn ?? ''),
    ],
  );
  return DEFAULT_TOPICS.length;
}

/** ~30% of the directory as ACTIVE members (Kaiserslautern always), plus a few APPLIED and SUSPENDED. */
async function municipalitiesStep(client: Client, scale: Scale): Promise<number> {
  const entries = await q<{ ags: string; name: string; state: string }>(
    client,
    `select ags, name, state from directory_entry order by md5(ags || 'ikone-bench')`,
  );
  const members = Math.round(entries.length * scale.memberShare);
  const chosen = entries.slice(0, members + 60);
  if (!chosen.some((e) => e.ags === KAISERSLAUTERN_AGS)) {
    const kl = entries.find((e) => e.ags === KAISERSLAUTERN_AGS);
    if (kl) chosen.unshift(kl);
  }
  const bar = progress('municipalities', chosen.length);
  const taken = new Set<string>();
  const rows = chosen.map((e, i) => {
    const { name, kind } = describeDirectoryName(e.name);
    let slug = slugify(name);
    if (taken.has(slug)) slug = `${slug}-${e.state.toLowerCase()}`;
    if (taken.has(slug)) slug = `${slug}-${e.ags}`;
    taken.add(slug);
    const status = i < members ? 'ACTIVE' : i < members + 40 ? 'APPLIED' : 'SUSPENDED';
    return { ...e, name, kind, slug, status };
  });
  await client.query(
    `insert into municipality (slug, name, kind, ags, state, website, status, status_reason, joined_at)
     select slug, name, kind, ags, state, 'https://www.' || slug || '.de', status,
            case when status = 'SUSPENDED' then 'Benchmark: ausgesetzt' end,
            case when status <> 'APPLIED' then now() - (random() * interval '6 years') end
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(slug, name, kind, ags, state, status)`,
    [
      rows.map((r) => r.slug),
      rows.map((r) => r.name),
      rows.map((r) => r.kind),
      rows.map((r) => r.ags),
      rows.map((r) => r.state),
      rows.map((r) => r.status),
    ],
  );
  bar.update(rows.length);
  bar.stop();
  return rows.length;
}

/**
 * Users in one set-based statement per chunk: ~10% OFFICER, a few COORDINATORs (Kaiserslautern),
 * the rest MEMBER; 4% partners without a municipality; municipalities skewed (a few large towns
 * have many members). One argon2 hash shared by all.
 */
async function usersStep(client: Client, scale: Scale): Promise<number> {
  const passwordHash = await hash(BENCH_PASSWORD, { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [kl] = await q<{ id: string }>(client, `select id from municipality where ags = $1`, [KAISERSLAUTERN_AGS]);
  await client.query(`select setseed(0.4242)`);
  const chunk = 10_000;
  const bar = progress('users', scale.users);
  for (let from = 1; from <= scale.users; from += chunk) {
    const to = Math.min(scale.users, from + chunk - 1);
    await client.query(
      `with m as (select array_agg(id order by md5(id::text)) as ids, count(*)::int as n from municipality where status = 'ACTIVE')
       insert into app_user (email, display_name, password_hash, role, municipality_id, locale, created_at)
       select format('bench-%s@bench.ikone.test', g),
              ($1::text[])[1 + (g * 7) % array_length($1::text[], 1)] || ' ' || ($2::text[])[1 + (g * 13 + g / 20) % array_length($2::text[], 1)],
              $3,
              case when g <= $4 then 'COORDINATOR' when g % 10 = 1 then 'OFFICER' else 'MEMBER' end,
              case when g <= $4 then $5::uuid when g % 25 = 0 then null
                   else m.ids[1 + floor(power(random(), 2.2) * m.n)::int] end,
              case when g % 8 = 0 then 'en' else 'de' end,
              now() - (g % 1500) * interval '1 day'
         from generate_series($6::int, $7::int) g, m`,
      [NAME_ARRAYS.first, NAME_ARRAYS.last, passwordHash, scale.coordinators, kl.id, from, to],
    );
    bar.update(to);
  }
  bar.stop();
  return scale.users;
}

interface Owners {
  municipalityIds: string[];
  /** Officers (or else members) per municipality, for contacts and authors. */
  staff: Map<string, string[]>;
  topicIds: string[];
  towns: Map<string, string>;
}

async function loadOwners(client: Client): Promise<Owners> {
  const municipalities = await q<{ id: string; name: string }>(
    client,
    `select id, name from municipality where status = 'ACTIVE' order by md5(id::text)`,
  );
  const staff = await q<{ municipality_id: string; officers: string[] | null; all: string[] }>(
    client,
    `select municipality_id, array_agg(id) filter (where role = 'OFFICER') as officers, array_agg(id) as all
       from app_user where municipality_id is not null group by municipality_id`,
  );
  const topics = await q<{ id: string }>(client, `select id from topic order by slug`);
  return {
    municipalityIds: municipalities.map((m) => m.id),
    staff: new Map(staff.map((s) => [s.municipality_id, s.officers?.length ? s.officers : s.all])),
    topicIds: topics.map((t) => t.id),
    towns: new Map(municipalities.map((m) => [m.id, m.name])),
  };
}

const DAY = 86_400_000;

function lifecycle(rng: Rng): string {
  const r = rng.next();
  if (r < 0.82) return 'PUBLISHED';
  if (r < 0.85) return 'ARCHIVED';
  if (r < 0.92) return 'DRAFT';
  if (r < 0.96) return 'IN_REVIEW';
  if (r < 0.98) return 'CHANGES_REQUESTED';
  return 'REJECTED';
}

const MATURITY = ['IDEA', 'PILOT', 'PILOT', 'ROLLOUT', 'OPERATIONAL', 'OPERATIONAL', 'OPERATIONAL', 'DISCONTINUED'];

/** Case studies with generated German text, inserted 2,000 per statement (unnest), topics 1–3 each (Zipf). */
async function caseStudiesStep(client: Client, scale: Scale): Promise<number> {
  const owners = await loadOwners(client);
  const rng = new Rng(20261125);
  const batch = 2_000;
  const now = Date.now();
  const probeEvery = Math.max(500, Math.floor(scale.caseStudies / 20));
  const bar = progress('case studies', scale.caseStudies);
  for (let start = 0; start < scale.caseStudies; start += batch) {
    const n = Math.min(batch, scale.caseStudies - start);
    const cols: Record<string, unknown[]> = {
      id: [], slug: [], title: [], summary: [], problem: [], solution: [], results: [], lessons: [], maturity: [],
      costOneOff: [], costYearly: [], funding: [], partners: [], contact: [], municipality: [], tags: [], visibility: [],
      status: [], submittedAt: [], publishedAt: [], createdAt: [],
    };
    const topicCs: string[] = [];
    const topicIds: string[] = [];
    const coCs: string[] = [];
    const coMunicipality: string[] = [];
    for (let i = 0; i < n; i++) {
      const seq = start + i + 1;
      const probe = seq % probeEvery === 0;
      const text = caseStudyText(rng, probe);
      const id = randomUUID();
      const municipalityId = owners.municipalityIds[rng.zipf(owners.municipalityIds.length, 0.9)];
      const staff = owners.staff.get(municipalityId);
      const status = probe ? 'PUBLISHED' : lifecycle(rng);
      const createdAt = now - rng.next() * 5 * 365 * DAY;
      const published = status === 'PUBLISHED' || status === 'ARCHIVED';
      const publishedAt = published ? createdAt + (1 + rng.next() * 20) * DAY : null;
      cols.id.push(id);
      cols.slug.push(`${slugify(text.title)}-${seq.toString(36)}`);
      cols.title.push(text.title);
      cols.summary.push(text.summary);
      cols.problem.push(text.problem);
      cols.solution.push(text.solution);
      cols.results.push(text.results);
      cols.lessons.push(text.lessonsLearned);
      cols.maturity.push(rng.pick(MATURITY));
      cols.costOneOff.push(rng.next() < 0.6 ? Math.round(rng.next() * 250_000) : null);
      cols.costYearly.push(rng.next() < 0.5 ? Math.round(rng.next() * 40_000) : null);
      cols.funding.push(text.fundingProgramme);
      cols.partners.push(text.partners.join('|'));
      cols.contact.push(staff && rng.next() < 0.95 ? rng.pick(staff) : null);
      cols.municipality.push(municipalityId);
      cols.tags.push(text.tags.join('|'));
      cols.visibility.push(probe || rng.next() < 0.75 ? 'PUBLIC' : 'NETWORK');
      cols.status.push(status);
      cols.submittedAt.push(status === 'DRAFT' ? null : new Date(createdAt + DAY).toISOString());
      cols.publishedAt.push(publishedAt ? new Date(Math.min(publishedAt, now - 60_000)).toISOString() : null);
      cols.createdAt.push(new Date(createdAt).toISOString());
      const topics = probe ? [1] : rng.distinctZipf(owners.topicIds.length, 1 + rng.int(3), 1.0);
      for (const t of topics) {
        topicCs.push(id);
        topicIds.push(owners.topicIds[t]);
      }
      if (rng.next() < 0.08) {
        const co = owners.municipalityIds[rng.int(owners.municipalityIds.length)];
        if (co !== municipalityId) {
          coCs.push(id);
          coMunicipality.push(co);
        }
      }
    }
    await client.query('begin');
    await client.query(
      `insert into case_study (id, slug, title, summary, problem, solution, results, lessons_learned, maturity, cost_one_off, cost_yearly,
         funding_programme, partners, contact_user_id, municipality_id, tags, visibility, status, revision, reviewed_revision,
         submitted_at, published_at, created_by, created_at, updated_at)
       select id, slug, title, summary, problem, solution, results, lessons, maturity, cost_one_off, cost_yearly, funding,
              coalesce(string_to_array(nullif(partners, ''), '|'), '{}'), contact, municipality,
              coalesce(string_to_array(nullif(tags, ''), '|'), '{}'), visibility, status, 1,
              case when status in ('PUBLISHED','ARCHIVED','CHANGES_REQUESTED','REJECTED') then 1 end,
              submitted_at, published_at, contact, created_at, coalesce(published_at, created_at)
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::numeric[], $11::numeric[], $12::text[], $13::text[], $14::uuid[], $15::uuid[], $16::text[], $17::text[],
                     $18::text[], $19::timestamptz[], $20::timestamptz[], $21::timestamptz[])
           as t(id, slug, title, summary, problem, solution, results, lessons, maturity, cost_one_off, cost_yearly, funding,
                partners, contact, municipality, tags, visibility, status, submitted_at, published_at, created_at)`,
      [
        cols.id, cols.slug, cols.title, cols.summary, cols.problem, cols.solution, cols.results, cols.lessons, cols.maturity,
        cols.costOneOff, cols.costYearly, cols.funding, cols.partners, cols.contact, cols.municipality, cols.tags, cols.visibility,
        cols.status, cols.submittedAt, cols.publishedAt, cols.createdAt,
      ],
    );
    await client.query(`insert into case_study_topic (case_study_id, topic_id) select * from unnest($1::uuid[], $2::uuid[])`, [topicCs, topicIds]);
    if (coCs.length) {
      await client.query(`insert into case_study_co_owner (case_study_id, municipality_id) select * from unnest($1::uuid[], $2::uuid[])`, [
        coCs,
        coMunicipality,
      ]);
    }
    await client.query('commit');
    bar.update(start + n);
  }
  bar.stop();
  return scale.caseStudies;
}

/** Events over two years back and one ahead, 2,000 per statement, topics 1–2 each. */
async function eventsStep(client: Client, scale: Scale): Promise<number> {
  const owners = await loadOwners(client);
  const rng = new Rng(20261126);
  const batch = 2_000;
  const now = Date.now();
  const bar = progress('events', scale.events);
  for (let start = 0; start < scale.events; start += batch) {
    const n = Math.min(batch, scale.events - start);
    const c: Record<string, unknown[]> = {
      id: [], title: [], description: [], startsAt: [], endsAt: [], format: [], location: [], onlineUrl: [], municipality: [],
      capacity: [], deadline: [], visibility: [], status: [], publishedAt: [], createdAt: [], createdBy: [],
    };
    const topicEvents: string[] = [];
    const topicIds: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const municipalityId = owners.municipalityIds[rng.zipf(owners.municipalityIds.length, 0.9)];
      const text = eventText(rng, owners.towns.get(municipalityId) ?? 'Kaiserslautern');
      const startsAt = now + (rng.next() * 3 - 2) * 365 * DAY;
      const format = rng.pick(['ON_SITE', 'ONLINE', 'HYBRID']);
      let status = lifecycle(rng);
      if (status === 'PUBLISHED' && rng.next() < 0.04) status = 'CANCELLED';
      const createdAt = Math.min(startsAt, now) - (10 + rng.next() * 60) * DAY;
      const staff = owners.staff.get(municipalityId);
      c.id.push(id);
      c.title.push(text.title);
      c.description.push(text.description);
      c.startsAt.push(new Date(startsAt).toISOString());
      c.endsAt.push(new Date(startsAt + (1 + rng.int(8)) * 3_600_000).toISOString());
      c.format.push(format);
      c.location.push(format === 'ONLINE' ? null : text.location);
      c.onlineUrl.push(format === 'ON_SITE' ? null : `https://meet.example.org/ikone-${id.slice(0, 8)}`);
      c.municipality.push(municipalityId);
      c.capacity.push(rng.next() < 0.6 ? 20 + rng.int(180) : null);
      c.deadline.push(new Date(startsAt - 2 * DAY).toISOString());
      c.visibility.push(rng.next() < 0.7 ? 'PUBLIC' : 'NETWORK');
      c.status.push(status);
      c.publishedAt.push(['PUBLISHED', 'ARCHIVED', 'CANCELLED'].includes(status) ? new Date(createdAt + 2 * DAY).toISOString() : null);
      c.createdAt.push(new Date(createdAt).toISOString());
      c.createdBy.push(staff ? rng.pick(staff) : null);
      for (const t of rng.distinctZipf(owners.topicIds.length, 1 + rng.int(2), 1.0)) {
        topicEvents.push(id);
        topicIds.push(owners.topicIds[t]);
      }
    }
    await client.query('begin');
    await client.query(
      `insert into event (id, ical_uid, title, description, starts_at, ends_at, format, location, online_url, municipality_id, capacity,
         registration_deadline, visibility, status, cancel_reason, reviewed_revision, submitted_at, published_at, created_by, created_at, updated_at)
       select id, id::text || '@bench.ikone.localhost', title, description, starts_at, ends_at, format, location, online_url, municipality, capacity, deadline, visibility, status,
              case when status = 'CANCELLED' then 'Benchmark: abgesagt' end,
              case when published_at is not null then 1 end,
              case when status <> 'DRAFT' then created_at + interval '1 day' end, published_at, created_by, created_at,
              coalesce(published_at, created_at)
         from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::text[],
                     $9::uuid[], $10::int[], $11::timestamptz[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[], $16::uuid[])
           as t(id, title, description, starts_at, ends_at, format, location, online_url, municipality, capacity, deadline, visibility,
                status, published_at, created_at, created_by)`,
      [
        c.id, c.title, c.description, c.startsAt, c.endsAt, c.format, c.location, c.onlineUrl, c.municipality, c.capacity, c.deadline,
        c.visibility, c.status, c.publishedAt, c.createdAt, c.createdBy,
      ],
    );
    await client.query(`insert into event_topic (event_id, topic_id) select * from unnest($1::uuid[], $2::uuid[])`, [topicEvents, topicIds]);
    await client.query('commit');
    bar.update(start + n);
  }
  bar.stop();
  return scale.events;
}

/** Registrations for published events (random members), one set-based statement. */
async function registrationsStep(client: Client, scale: Scale): Promise<number> {
  const bar = progress('registrations', 1);
  await client.query(`select setseed(0.77)`);
  const result = await client.query(
    `with u as (select array_agg(id) as ids, count(*)::int as n from app_user where role <> 'COORDINATOR')
     insert into registration (event_id, user_id, status, created_at, updated_at)
     select e.id, u.ids[1 + floor(random() * u.n)::int], 'REGISTERED', e.published_at + interval '1 hour', e.published_at + interval '1 hour'
       from event e cross join u cross join lateral generate_series(1, (random() * $1 * 2)::int + (e.id is null)::int) k
      where e.status in ('PUBLISHED','CANCELLED')
     on conflict (event_id, user_id) do nothing`,
    [scale.registrationsPerEvent],
  );
  bar.update(1);
  bar.stop();
  return result.rowCount ?? 0;
}

async function analyzeStep(client: Client): Promise<number> {
  const bar = progress('vacuum analyze', 1);
  await client.query('vacuum analyze');
  bar.update(1);
  bar.stop();
  return 0;
}

/**
 * Builds (or reuses) the data set. Each step is recorded in `bench_dataset_step` with the generator
 * version and scale; finished steps are skipped, so a run after an unchanged generator only applies
 * new migrations and adds what became possible since (subscriptions once their tables exist).
 */
export async function ensureDataset(url: string, scale: Scale, log: (line: string) => void): Promise<DatasetSummary> {
  const applied = await runMigrations(url);
  if (applied.length) log(`Migrationen angewandt / migrations applied: ${applied.join(', ')}`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (await staleSteps(client, scale)) {
      throw new Error(`stored data set has another generator version or scale: run with --regenerate`);
    }
    const done = new Map(
      (await q<{ name: string; rows: string; seconds: string }>(client, `select name, rows, seconds from bench_dataset_step`)).map((r) => [r.name, r]),
    );
    const subscriptions = await subscriptionSchema(client);
    const steps: Array<[string, StepFn | null]> = [
      ['directory', directoryStep],
      ['topics', topicsStep],
      ['municipalities', (c) => municipalitiesStep(c, scale)],
      ['users', (c) => usersStep(c, scale)],
      ['case-studies', (c) => caseStudiesStep(c, scale)],
      ['events', (c) => eventsStep(c, scale)],
      ['registrations', (c) => registrationsStep(c, scale)],
      ['subscriptions', subscriptions.available ? (c) => generateSubscriptions(c, scale) : null],
    ];
    const records: StepRecord[] = [];
    let generated = 0;
    let changed = false;
    for (const [name, fn] of steps) {
      const previous = done.get(name);
      if (previous) {
        records.push({ name, rows: Number(previous.rows), seconds: Number(previous.seconds), reused: true });
        continue;
      }
      if (!fn) {
        log(`  ${name}: not available yet: ${subscriptions.reason}`);
        continue;
      }
      const t0 = performance.now();
      const rows = await fn(client);
      const seconds = (performance.now() - t0) / 1000;
      generated += seconds;
      changed = true;
      await client.query(`insert into bench_dataset_step (name, generator_version, scale, rows, seconds) values ($1, $2, $3, $4, $5)`, [
        name,
        GENERATOR_VERSION,
        scale.name,
        rows,
        seconds.toFixed(2),
      ]);
      records.push({ name, rows, seconds, reused: false });
    }
    if (changed) {
      const t0 = performance.now();
      await analyzeStep(client);
      const seconds = (performance.now() - t0) / 1000;
      generated += seconds;
      records.push({ name: 'vacuum-analyze', rows: 0, seconds, reused: false });
    }
    const counts = Object.fromEntries(
      (
        await q<{ t: string; n: string }>(
          client,
          `select 'directory_entry' as t, count(*) as n from directory_entry
           union all select 'municipality (ACTIVE)', count(*) from municipality where status = 'ACTIVE'
           union all select 'app_user', count(*) from app_user
           union all select 'case_study', count(*) from case_study
           union all select 'case_study (PUBLISHED, PUBLIC)', count(*) from case_study where status = 'PUBLISHED' and visibility = 'PUBLIC'
           union all select 'case_study_topic', count(*) from case_study_topic
           union all select 'event', count(*) from event
           union all select 'registration', count(*) from registration`,
        )
      ).map((r) => [r.t, Number(r.n)]),
    );
    if (subscriptions.available) Object.assign(counts, await subscriptions.counts(client));
    const [kl] = await q<{ id: string }>(client, `select id from municipality where ags = $1`, [KAISERSLAUTERN_AGS]);
    log(
      table(
        ['step', 'rows', 'seconds', 'reused'],
        records.map((r) => [r.name, r.rows, Number(r.seconds.toFixed(1)), r.reused ? 'yes' : 'no']),
      ),
    );
    log(`Datensatz / data set (${scale.name}): ${Object.entries(counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
    if (generated > 0) log(`generated in ${generated.toFixed(1)} s`);
    return {
      scale,
      steps: records,
      generatedSeconds: generated,
      counts,
      kaiserslauternId: kl.id,
      hasSubscriptions: subscriptions.available && done.has('subscriptions') ? true : subscriptions.available,
    };
  } finally {
    await client.end();
  }
}

export { STEMMING_PROBE };

/**
 * The baseline of the read-path scenario: node:http + pg answering the `caseStudies(first: N)`
 * page an anonymous visitor sees (PUBLIC, PUBLISHED, newest first, with municipality, topics,
 * contact, totalCount, cursors and pageInfo) with ONE SQL statement that builds the JSON.
 * The total is counted by its own statement and reused for LIST_COUNT_CACHE_SECONDS (default 5,
 * as the gateway does), so the ratio compares the stacks, not a cache against none (issue 12).
 * Started by the harness as a child process (`node dist/bench/src/plain-server.js`).
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

/** The whole GraphQL-shaped response as one text value, so Node only copies bytes. */
export const PAGE_SQL = `
with page as (
  select c.id, c.slug, c.title, c.summary, c.maturity, c.published_at, c.municipality_id, c.contact_user_id
    from case_study c
   where c.status = 'PUBLISHED' and c.visibility = 'PUBLIC'
   order by c.published_at desc, c.id desc
   limit $1 + 1
), shown as (
  select * from page order by published_at desc, id desc limit $1
)
select json_build_object('data', json_build_object('caseStudies', json_build_object(
  'totalCount', $2::int,
  'edges', coalesce((
    select json_agg(json_build_object(
      'cursor', translate(encode(convert_to(json_build_array(
                  to_char(p.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), p.id)::text, 'UTF8'), 'base64'), E'+/=\\n', '-_'),
      'node', json_build_object(
        'id', p.id, 'slug', p.slug, 'title', p.title, 'summary', p.summary, 'maturity', p.maturity,
        'publishedAt', to_char(p.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'municipality', json_build_object('id', m.id, 'name', m.name, 'slug', m.slug),
        'topics', coalesce((select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name_de) order by t.name_de)
                              from case_study_topic ct join topic t on t.id = ct.topic_id where ct.case_study_id = p.id), '[]'::json),
        'contact', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end
      )) order by p.published_at desc, p.id desc)
      from shown p
      join municipality m on m.id = p.municipality_id
      left join app_user u on u.id = p.contact_user_id and u.status = 'ACTIVE'
  ), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) from page) > $1,
    'endCursor', (select translate(encode(convert_to(json_build_array(
                    to_char(s.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), s.id)::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')
                    from shown s order by s.published_at, s.id limit 1))
)))::text as body`;

export const COUNT_SQL = `select count(*)::int as n from case_study c where c.status = 'PUBLISHED' and c.visibility = 'PUBLIC'`;

function main(): void {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20), application_name: 'bench-plain' });
  const countTtlMs = Number(process.env.LIST_COUNT_CACHE_SECONDS ?? 5) * 1000;
  // One count in flight at a time; requests meanwhile share it, as the gateway's CountCache does.
  let total: { at: number; value: Promise<number> } | undefined;
  const totalCount = (): Promise<number> => {
    if (!total || Date.now() - total.at >= countTtlMs) {
      const value = pool.query<{ n: number }>({ name: 'count', text: COUNT_SQL }).then((r) => r.rows[0].n);
      total = { at: Date.now(), value };
      value.catch(() => (total = undefined));
    }
    return total.value;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (url.pathname !== '/case-studies') {
      res.writeHead(404).end();
      return;
    }
    const first = Math.min(100, Math.max(1, Number(url.searchParams.get('first') ?? 20) || 20));
    totalCount()
      .then((count) => pool.query<{ body: string }>({ name: 'page', text: PAGE_SQL, values: [first, count] }))
      .then(
        (result) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(result.rows[0].body),
        (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
      );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

if (process.argv[1] && /bench[\\/]src[\\/]plain-server\.(js|ts)$/.test(process.argv[1])) main();

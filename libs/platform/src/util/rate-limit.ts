import { EntityManager } from 'typeorm';

/**
 * Counts one hit for each key and tells whether any key is now over `limit` hits per
 * `windowSeconds`. Sliding-window estimate (current window + the previous one weighted by how
 * much of it still overlaps), so a burst across a window boundary cannot double the limit.
 * Kept in PostgreSQL so every gateway instance shares the counts.
 */
export async function hitRateLimit(
  manager: EntityManager,
  keys: string[],
  limit: number,
  windowSeconds = 60,
): Promise<boolean> {
  const rows: { estimate: number }[] = await manager.query(
    `with w as (
       select to_timestamp(floor(extract(epoch from now()) / $2) * $2) as start,
              (extract(epoch from now()) - floor(extract(epoch from now()) / $2) * $2) / $2 as elapsed
     ), hit as (
       insert into rate_limit_hit (key, window_start, hits)
         select k, w.start, 1 from unnest($1::text[]) k, w
       on conflict (key, window_start) do update set hits = rate_limit_hit.hits + 1
       returning key, hits
     )
     select hit.hits + coalesce(prev.hits, 0) * (1 - w.elapsed) as estimate
       from hit cross join w
       left join rate_limit_hit prev on prev.key = hit.key and prev.window_start = w.start - make_interval(secs => $2)`,
    [keys, windowSeconds],
  );
  if (Math.random() < 0.01) {
    await manager.query(`delete from rate_limit_hit where window_start < now() - interval '1 day'`);
  }
  return rows.some((r) => Number(r.estimate) > limit);
}

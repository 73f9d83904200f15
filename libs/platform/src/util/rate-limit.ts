import { EntityManager } from 'typeorm';

/**
 * Counts one hit for each key in the current fixed window (shared by every gateway instance
 * through PostgreSQL) and tells whether any key is now over `limit`.
 */
export async function hitRateLimit(
  manager: EntityManager,
  keys: string[],
  limit: number,
  windowSeconds = 60,
): Promise<boolean> {
  const rows: { hits: number }[] = await manager.query(
    `insert into rate_limit_hit (key, window_start, hits)
       select k, to_timestamp(floor(extract(epoch from now()) / $2) * $2), 1 from unnest($1::text[]) k
     on conflict (key, window_start) do update set hits = rate_limit_hit.hits + 1
     returning hits`,
    [keys, windowSeconds],
  );
  if (Math.random() < 0.01) {
    await manager.query(`delete from rate_limit_hit where window_start < now() - interval '1 hour'`);
  }
  return rows.some((r) => r.hits > limit);
}

import { createHash, randomBytes } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

/** The part of a web session a request needs: the API token pair of the signed-in person. */
export interface SessionRow {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  userId: string;
}

const SESSION_DAYS = 30;

function hash(id: string): Buffer {
  return createHash('sha256').update(id).digest();
}

/**
 * Server-side sessions in PostgreSQL (table web_session, ADR 0013), so any number of web
 * processes share them and a refresh happens once per session even under parallel requests.
 */
export class SessionStore {
  constructor(private readonly pool: Pool) {}

  /** Creates a session for a fresh sign-in; returns the cookie value. */
  async create(row: SessionRow): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.pool.query(
      `insert into web_session (id_hash, access_token, access_expires_at, refresh_token, user_id, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [hash(id), row.accessToken, row.accessExpiresAt, row.refreshToken, row.userId, SESSION_DAYS],
    );
    return id;
  }

  async find(id: string): Promise<SessionRow | null> {
    const { rows } = await this.pool.query(
      `update web_session set last_seen_at = now()
       where id_hash = $1 and expires_at > now() and access_token is not null
       returning access_token, access_expires_at, refresh_token, user_id`,
      [hash(id)],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Runs `refresh` with the session row locked, unless another request already replaced the
   * stale access token meanwhile; returns the current row (or null when the session is gone or
   * `refresh` gave up). Refresh tokens rotate and a reused one ends the session, so two
   * requests must never refresh with the same one.
   */
  async refreshLocked(id: string, staleAccessToken: string, refresh: (row: SessionRow) => Promise<SessionRow | null>): Promise<SessionRow | null> {
    const client: PoolClient = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `select access_token, access_expires_at, refresh_token, user_id from web_session
         where id_hash = $1 and expires_at > now() and access_token is not null for update`,
        [hash(id)],
      );
      if (!rows[0]) {
        await client.query('commit');
        return null;
      }
      const current = toRow(rows[0]);
      if (current.accessToken !== staleAccessToken) {
        await client.query('commit');
        return current;
      }
      const next = await refresh(current);
      if (next) {
        await client.query(
          `update web_session set access_token = $2, access_expires_at = $3, refresh_token = $4, last_seen_at = now() where id_hash = $1`,
          [hash(id), next.accessToken, next.accessExpiresAt, next.refreshToken],
        );
      } else {
        await client.query(`delete from web_session where id_hash = $1`, [hash(id)]);
      }
      await client.query('commit');
      return next;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async destroy(id: string): Promise<void> {
    await this.pool.query(`delete from web_session where id_hash = $1`, [hash(id)]);
  }

  /** Drops expired sessions; cheap enough to run now and then from any process. */
  async sweep(): Promise<void> {
    await this.pool.query(`delete from web_session where expires_at < now()`);
  }
}

function toRow(r: { access_token: string; access_expires_at: Date; refresh_token: string; user_id: string }): SessionRow {
  return { accessToken: r.access_token, accessExpiresAt: new Date(r.access_expires_at), refreshToken: r.refresh_token, userId: r.user_id };
}

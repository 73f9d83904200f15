import type { EntityManager } from 'typeorm';
import type { MembershipStatus } from '../entities/municipality.entity';
import type { Locale } from '../entities/user.entity';

/**
 * Subqueries other libraries put into their own set-based statements instead of naming
 * membership's tables (ADR 0029): `join ${ACTIVE_ACCOUNTS_SQL} u on u.id = s.user_id`.
 * PostgreSQL flattens them into the statement, so a fan-out stays one statement with the
 * plan it had on the tables. The columns are the contract: a renamed column is renamed here.
 */

/**
 * Every account: id, email, display_name, locale, role, municipality_id, partner_id, status,
 * created_at (when the account was made: seniority, members at a date).
 */
export const ACCOUNTS_SQL = `(select id, email, display_name, locale, role, municipality_id, partner_id, status, created_at from app_user)`;

/** The active accounts (the only ones anything is sent to), columns as {@link ACCOUNTS_SQL}. */
export const ACTIVE_ACCOUNTS_SQL = `(select id, email, display_name, locale, role, municipality_id, partner_id, status, created_at from app_user where status = 'ACTIVE')`;

/** Municipalities: id, name, slug, status, kind, state (the Bundesland code), ags (Amtlicher Gemeindeschlüssel, or null). */
export const MUNICIPALITIES_SQL = `(select id, name, slug, status, kind, state, ags from municipality)`;

/** Partner organisations: id, name, slug, status. */
export const PARTNERS_SQL = `(select id, name, slug, status from partner_organisation)`;

/** A municipality's membership status, in the caller's transaction; null when there is none. */
export async function municipalityStatus(manager: EntityManager, municipalityId: string): Promise<MembershipStatus | null> {
  const [row] = (await manager.query(`select status from municipality where id = $1`, [municipalityId])) as Array<{ status: MembershipStatus }>;
  return row?.status ?? null;
}

/** Holds the account's row until the caller's transaction ends (serialises per-person decisions). */
export async function lockAccount(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`select 1 from app_user where id = $1 for update`, [userId]);
}

/** The account's language (every email to it is written in it). */
export async function setAccountLocale(manager: EntityManager, userId: string, locale: Locale): Promise<void> {
  await manager.query(`update app_user set locale = $2, updated_at = now() where id = $1`, [userId, locale]);
}

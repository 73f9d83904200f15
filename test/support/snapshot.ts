import type { DataSource } from 'typeorm';

const TABLES = [
  'municipality',
  'app_user',
  'invitation',
  'membership_application',
  'partner_organisation',
  'partner_topic',
  'password_reset',
  'topic',
  'audit_entry',
  'outbox_event',
  'email_delivery',
];

/**
 * Every table a request can write (all but the static directory): what the authorization
 * matrices fingerprint around each refused cell.
 */
export const WRITABLE_TABLES = [
  ...TABLES,
  'auth_session', 'refresh_token', 'rate_limit_hit', 'web_session',
  'case_study', 'case_study_topic', 'case_study_co_owner', 'case_study_partner', 'event', 'event_topic', 'event_partner', 'registration', 'content_revision', 'review_decision',
  'reuse_request', 'report', 'subscription', 'notification', 'notification_preference', 'digest',
  'funding_programme', 'funding_programme_topic', 'contact_role', 'attachment', 'consent', 'freshness_check',
];

/** A fingerprint of every domain table: equal fingerprints mean a request changed nothing. */
export async function snapshot(db: DataSource, tables = TABLES): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await db.query(`select count(*)::int as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from ${table} t`);
    result[table] = `${row.n}:${row.h}`;
  }
  return result;
}

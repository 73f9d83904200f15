import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlatformError, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { AccountDepartures, Actor, FORMER_MEMBER, MembershipError, PasswordService } from '@ikone/membership';
import { RegistrationService } from '@ikone/knowledge';

/** How recent the sign-in of an account without a password must be for it to delete itself. */
export const RECENT_SIGN_IN_MINUTES = 10;

/**
 * DSGVO: a person downloads everything stored about them (Art. 15, 20) and deletes their account
 * (Art. 17). Content they wrote belongs to their municipality and stays, shown as by
 * "ehemaliges Mitglied"; see docs/adr/0007-privacy.md.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly registrations: RegistrationService,
    private readonly audit: AuditService,
    private readonly departures: AccountDepartures,
  ) {}

  async export(actor: Actor | null): Promise<Record<string, unknown>> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    const id = actor.id;
    const q = (sql: string, params: unknown[] = [id]) => this.db.query(sql, params);
    const [profile] = await q(
      `select u.id, u.email, u.display_name as "displayName", u.role, u.locale, u.status, u.created_at as "createdAt",
              u.last_login_at as "lastLoginAt", m.name as municipality
         from app_user u left join municipality m on m.id = u.municipality_id where u.id = $1`,
    );
    return {
      hinweis: 'Alle bei IKONE zu Ihrem Konto gespeicherten Daten (Art. 15 und 20 DSGVO). / All data IKONE stores about your account.',
      erzeugtAm: new Date().toISOString(),
      profil: profile,
      partnerorganisation:
        (await q(`select p.name, p.kind, u.partner_role as role from app_user u join partner_organisation p on p.id = u.partner_id where u.id = $1`))[0] ?? null,
      // Single sign-on keeps no link table: the account is matched by email (ADR 0021). What is
      // stored are the audit entries of the sign-ins, with the provider and its subject.
      einmalAnmeldung: await q(
        `select details->>'provider' as provider, details->>'subject' as subject, min(at) as "firstSignedInAt", max(at) as "lastSignedInAt"
           from audit_entry
          where subject_type = 'User' and subject_id = $1::text and (action = 'user.signed-in-sso' or (action = 'invitation.accepted' and details->>'via' = 'sso'))
          group by 1, 2 order by 1, 2`,
      ),
      sitzungen: await q(`select created_at as "createdAt", revoked_at as "revokedAt", revoked_reason as "revokedReason" from auth_session where user_id = $1 order by created_at`),
      benachrichtigungsEinstellungen: (await q(`select email_enabled as "emailEnabled", digest_hour as "digestHour", digest_weekday as "digestWeekday" from notification_preference where user_id = $1`))[0] ?? null,
      einwilligungen: await q(
        `select purpose, text_version as "textVersion", source, requested_at as "requestedAt", given_at as "givenAt",
                withdrawn_at as "withdrawnAt", withdrawn_via as "withdrawnVia" from consent where user_id = $1 order by requested_at, id`,
      ),
      abonnements: await q(
        `select s.frequency, t.slug as topic, m.slug as municipality, s.created_at as "createdAt"
           from subscription s left join topic t on t.id = s.topic_id left join municipality m on m.id = s.municipality_id where s.user_id = $1`,
      ),
      benachrichtigungen: await q(`select kind, title, link, created_at as "createdAt", read_at as "readAt" from notification where recipient_id = $1 order by created_at`),
      anmeldungen: await q(
        `select e.title as event, e.starts_at as "startsAt", r.status, r.created_at as "createdAt" from registration r join event e on e.id = r.event_id where r.user_id = $1 order by r.created_at`,
      ),
      praxisbeispieleAlsKontakt: await q(`select title, slug, status from case_study where contact_user_id = $1`),
      kontaktrollen: await q(
        `select r.name, m.name as municipality, case when r.holder_user_id = $1 then 'Inhaber/in' else 'Vertretung' end as als
           from contact_role r join municipality m on m.id = r.municipality_id where $1 in (r.holder_user_id, r.deputy_user_id) order by r.name`,
      ),
      praxisbeispieleAngelegt: await q(`select title, slug, status, created_at as "createdAt" from case_study where created_by = $1`),
      veranstaltungenAngelegt: await q(`select title, starts_at as "startsAt", status from event where created_by = $1`),
      anhaengeHochgeladen: await q(
        `select a.title, a.file_name as "fileName", a.content_type as "contentType", a.size, a.licence, coalesce(c.title, e.title) as item,
                a.created_at as "createdAt"
           from attachment a left join case_study c on c.id = a.case_study_id left join event e on e.id = a.event_id
          where a.uploader_id = $1 and a.state = 'STORED' order by a.created_at`,
      ),
      nachnutzungsanfragen: await q(
        `select c.title as "caseStudy", r.message, r.status, r.created_at as "createdAt" from reuse_request r join case_study c on c.id = r.case_study_id where r.requested_by = $1`,
      ),
      meldungen: await q(`select subject_type as "subjectType", subject_id as "subjectId", reason, note, status, created_at as "createdAt" from report where reporter_id = $1`),
      einladungen: await q(`select role, created_at as "createdAt", accepted_at as "acceptedAt" from invitation where lower(email) = lower($1)`, [profile.email]),
      mitgliedschaftsantraege: await q(
        `select municipality_name as municipality, motivation, status, created_at as "createdAt" from membership_application where lower(applicant_email) = lower($1)`,
        [profile.email],
      ),
      emails: await q(`select template, status, created_at as "createdAt", sent_at as "sentAt" from email_delivery where user_id = $1 or lower(recipient) = lower($2) order by created_at`, [
        id,
        profile.email,
      ]),
      protokoll: await q(`select action, subject_type as "subjectType", subject_id as "subjectId", at from audit_entry where actor_id = $1 order by id`),
    };
  }

  /** Whether the person's account has a password (accounts from single sign-on have none); decides how deleting is confirmed. */
  async hasPassword(actor: Actor): Promise<boolean> {
    const [row] = await this.db.query(`select password_hash is not null as has from app_user where id = $1`, [actor.id]);
    return Boolean(row?.has);
  }

  /**
   * Erases the person's data after they confirmed it is them; their tokens stop at once and no
   * email follows. An account with a password confirms with it. An account without one (single
   * sign-on) types its own email address and must have signed in within the last
   * {@link RECENT_SIGN_IN_MINUTES} minutes (ADR 0021): a stolen, long-lived session alone cannot
   * delete the account.
   */
  async deleteAccount(actor: Actor | null, confirmation: { password?: string | null; confirmEmail?: string | null }): Promise<void> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    const [row] = await this.db.query(
      `select u.password_hash as hash, u.role, u.email, u.municipality_id, m.name as municipality,
              s.created_at > now() - make_interval(mins => $2) as "recentSignIn"
       from app_user u left join municipality m on m.id = u.municipality_id left join auth_session s on s.id = $3 and s.user_id = u.id
       where u.id = $1`,
      [actor.id, RECENT_SIGN_IN_MINUTES, actor.sessionId],
    );
    const field = row?.hash ? 'password' : 'confirmEmail';
    if (!row) throw new PlatformError('UNAUTHENTICATED');
    if (row.hash) {
      if (!(await this.passwords.verify(row.hash, confirmation.password ?? ''))) throw new MembershipError('WRONG_PASSWORD', 'password');
    } else {
      if ((confirmation.confirmEmail ?? '').trim().toLowerCase() !== String(row.email).toLowerCase()) throw new MembershipError('CONFIRM_EMAIL_MISMATCH', 'confirmEmail');
      if (!row.recentSignIn) throw new MembershipError('RECENT_SIGN_IN_REQUIRED', 'confirmEmail');
    }
    if (row.role === 'COORDINATOR') {
      const [{ n }] = await this.db.query(`select count(*)::int as n from app_user where role = 'COORDINATOR' and status = 'ACTIVE'`);
      if (n <= 1) throw new MembershipError('LAST_COORDINATOR', field);
    }
    // Free their seats first, so the next person on each waitlist moves up and is told.
    const upcoming: { event_id: string }[] = await this.db.query(
      `select r.event_id from registration r join event e on e.id = r.event_id
        where r.user_id = $1 and r.status in ('REGISTERED','WAITLISTED') and e.starts_at > now()`,
      [actor.id],
    );
    for (const { event_id } of upcoming) await this.registrations.cancel(actor, event_id);

    await this.db.transaction(async (manager) => {
      // Contacts pass on before the name is erased, in the same transaction (ADR 0026).
      await this.departures.run(manager, { userId: actor.id, municipalityId: row.municipality_id, reason: 'DELETED' });
      const anonymousEmail = `geloescht-${actor.id}@ikone.invalid`;
      await manager.query(
        `update app_user set email = $2, display_name = $3, password_hash = null, status = 'DELETED', token_version = token_version + 1,
                last_login_at = null, updated_at = now() where id = $1`,
        [actor.id, anonymousEmail, FORMER_MEMBER],
      );
      await manager.query(`update auth_session set revoked_at = coalesce(revoked_at, now()), revoked_reason = 'account deleted' where user_id = $1`, [actor.id]);
      await manager.query(`delete from subscription where user_id = $1`, [actor.id]);
      await manager.query(`delete from consent where user_id = $1`, [actor.id]);
      await manager.query(`delete from notification where recipient_id = $1`, [actor.id]);
      await manager.query(`delete from notification_preference where user_id = $1`, [actor.id]);
      await manager.query(`delete from registration where user_id = $1`, [actor.id]);
      await manager.query(`delete from invitation where lower(email) = lower($1)`, [row.email]);
      await manager.query(`update membership_application set applicant_name = $2, applicant_email = $3 where lower(applicant_email) = lower($1)`, [
        row.email,
        FORMER_MEMBER,
        anonymousEmail,
      ]);
      await manager.query(`update report set note = null where reporter_id = $1`, [actor.id]);
      await manager.query(`update reuse_request set requested_by = null where requested_by = $1`, [actor.id]);
      await manager.query(
        `update email_delivery set status = case when status in ('PENDING') then 'CANCELLED' else status end, recipient = $2, data = '{}'
          where user_id = $1 or lower(recipient) = lower($3)`,
        [actor.id, anonymousEmail, row.email],
      );
      // Accountability stays (id, role, municipality); the name and address go (ADR 0007).
      const label = `${FORMER_MEMBER} (${row.municipality ?? 'Koordinierungsstelle'})`;
      await this.audit.pseudonymise(manager, { actorId: actor.id, email: row.email, label, replacementEmail: anonymousEmail });
      await this.audit.record(manager, { id: actor.id, label }, {
        action: 'account.deleted', subjectType: 'User', subjectId: actor.id, details: { role: row.role, municipality: row.municipality ?? null },
      });
      await recordEvents(manager, { type: 'privacy.account-deleted', payload: { userId: actor.id } });
    });
  }
}

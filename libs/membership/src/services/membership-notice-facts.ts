import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InvitationEntity, PasswordResetEntity } from '../entities/invitation.entity';
import { MembershipApplicationEntity } from '../entities/membership-application.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { UserEntity } from '../entities/user.entity';
import type { Locale } from '../entities/user.entity';

/** Someone a notice or an email goes to: an active account, with its address and language. */
export interface NoticeRecipient {
  id: string;
  email: string;
  locale: Locale;
  displayName: string;
}

/** Whom to tell: any of these, each active account once. */
export interface RecipientQuery {
  /** Every active coordinator. */
  coordinators?: boolean;
  /** The active officers of these municipalities. */
  officersOf?: readonly string[];
  /** These accounts, when active. */
  users?: readonly string[];
}

/**
 * What the notifications library needs to know of people and municipalities to tell them
 * something (ADR 0029). "Active officer or coordinator" is decided here and nowhere else.
 */
@Injectable()
export class MembershipNoticeFacts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The active accounts the query names, by id. */
  recipients(query: RecipientQuery): Promise<NoticeRecipient[]> {
    return this.db.query(
      `select id, email, case when locale = 'en' then 'en' else 'de' end as locale, display_name as "displayName" from app_user
        where status = 'ACTIVE' and ((role = 'COORDINATOR' and $1) or (role = 'OFFICER' and municipality_id = any($2::uuid[])) or id = any($3::uuid[]))
        order by id`,
      [query.coordinators ?? false, query.officersOf ?? [], query.users ?? []],
    );
  }

  /** The ids of {@link recipients}. */
  async recipientIds(query: RecipientQuery): Promise<string[]> {
    return (await this.recipients(query)).map((r) => r.id);
  }

  /** The display names of accounts that are not deleted (a deleted person is never named). */
  async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    const rows = (await this.db.query(`select id, display_name as name from app_user where id = any($1::uuid[]) and status <> 'DELETED'`, [userIds])) as Array<{
      id: string;
      name: string;
    }>;
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The display names of active accounts. */
  async activeNamesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    const rows = (await this.db.query(`select id, display_name as name from app_user where id = any($1::uuid[]) and status = 'ACTIVE'`, [userIds])) as Array<{
      id: string;
      name: string;
    }>;
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Name and slug of municipalities, by id. */
  async municipalities(ids: readonly string[]): Promise<Map<string, { name: string; slug: string }>> {
    const rows = (await this.db.query(`select id, name, slug from municipality where id = any($1::uuid[])`, [ids])) as Array<{ id: string; name: string; slug: string }>;
    return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
  }

  /** An invitation still open (not accepted, revoked or expired), or null. */
  async openInvitation(id: string): Promise<InvitationEntity | null> {
    const invitation = await this.db.getRepository(InvitationEntity).findOneBy({ id });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) return null;
    return invitation;
  }

  /** Who invited (when still active) and the name of the municipality or partner organisation invited into. */
  async invitationContext(invitation: InvitationEntity): Promise<{ inviterName: string | null; organisationName: string | null }> {
    const [inviter, municipality, partner] = await Promise.all([
      invitation.invitedBy ? this.db.getRepository(UserEntity).findOneBy({ id: invitation.invitedBy }) : null,
      invitation.municipalityId ? this.db.getRepository(MunicipalityEntity).findOneBy({ id: invitation.municipalityId }) : null,
      invitation.partnerId
        ? (this.db.query(`select name from partner_organisation where id = $1`, [invitation.partnerId]) as Promise<Array<{ name: string }>>).then((r) => r[0] ?? null)
        : null,
    ]);
    return { inviterName: inviter?.status === 'ACTIVE' ? inviter.displayName : null, organisationName: municipality?.name ?? partner?.name ?? null };
  }

  /** A reset still usable, with its active account; else null. */
  async usableReset(id: string): Promise<{ reset: PasswordResetEntity; user: UserEntity } | null> {
    const reset = await this.db.getRepository(PasswordResetEntity).findOneBy({ id });
    if (!reset || reset.usedAt || reset.expiresAt < new Date()) return null;
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: reset.userId });
    if (!user || user.status !== 'ACTIVE') return null;
    return { reset, user };
  }

  application(id: string): Promise<MembershipApplicationEntity | null> {
    return this.db.getRepository(MembershipApplicationEntity).findOneBy({ id });
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import type { CatalogueEvent } from '@ikone/platform';
import {
  InvitationEntity,
  MembershipApplicationEntity,
  MembershipEvent,
  MembershipEventType,
  MunicipalityEntity,
  PasswordResetEntity,
  UserEntity,
} from '@ikone/membership';
import type { Locale } from '@ikone/membership';
import { ofDomain } from '../catalogue/domain-events';
import type { PlannedDelivery } from '../deliveries/email-delivery.repository';

type PayloadOf<T extends MembershipEventType> = Extract<MembershipEvent, { type: T }>['payload'];

const asLocale = (value: string | null | undefined): Locale => (value === 'en' ? 'en' : 'de');

/**
 * Decides who gets which email for a membership event, from the state as it is now: an
 * invitation accepted or revoked before its email went out, or a used reset, gets none.
 */
@Injectable()
export class MembershipMailPlanner {
  private readonly logger = new Logger('MembershipMail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Narrows an event read against the catalogue (ADR 0030) to a membership event. */
  asEvent(event: CatalogueEvent): MembershipEvent | null {
    return ofDomain(event, 'membership') ? event : null;
  }

  plan(event: MembershipEvent): Promise<PlannedDelivery[]> {
    switch (event.type) {
      case 'membership.invitation-created':
        return this.invitationCreated(event.payload);
      case 'membership.password-reset-requested':
        return this.passwordResetRequested(event.payload);
      case 'membership.application-received':
        return this.applicationReceived(event.payload);
      case 'membership.application-decided':
        return this.applicationDecided(event.payload);
      case 'membership.municipality-suspended':
        // Officers of a suspended municipality learn it when they sign in; no email is specified.
        return Promise.resolve([]);
    }
  }

  private async openInvitation(id: string): Promise<InvitationEntity | null> {
    const invitation = await this.db.getRepository(InvitationEntity).findOneBy({ id });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) return null;
    return invitation;
  }

  private async invitationCreated({ invitationId }: PayloadOf<'membership.invitation-created'>): Promise<PlannedDelivery[]> {
    const invitation = await this.openInvitation(invitationId);
    if (!invitation) {
      this.logger.log(`Einladung ${invitationId} nicht mehr offen, keine E-Mail / invitation no longer open`);
      return [];
    }
    const [inviter, municipality, partner] = await Promise.all([
      invitation.invitedBy ? this.db.getRepository(UserEntity).findOneBy({ id: invitation.invitedBy }) : null,
      invitation.municipalityId ? this.db.getRepository(MunicipalityEntity).findOneBy({ id: invitation.municipalityId }) : null,
      invitation.partnerId
        ? (this.db.query(`select name from partner_organisation where id = $1`, [invitation.partnerId]) as Promise<Array<{ name: string }>>).then((r) => r[0] ?? null)
        : null,
    ]);
    return [
      {
        template: 'invitation',
        recipient: invitation.email,
        userId: null,
        locale: asLocale(invitation.locale),
        data: {
          invitationId: invitation.id,
          inviterName: inviter?.status === 'ACTIVE' ? inviter.displayName : null,
          role: invitation.role,
          municipalityName: municipality?.name ?? partner?.name ?? null,
          validDays: this.config.auth.invitationTtlDays,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
    ];
  }

  private async passwordResetRequested({ resetId }: PayloadOf<'membership.password-reset-requested'>): Promise<PlannedDelivery[]> {
    const reset = await this.db.getRepository(PasswordResetEntity).findOneBy({ id: resetId });
    if (!reset || reset.usedAt || reset.expiresAt < new Date()) return [];
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: reset.userId });
    if (!user || user.status !== 'ACTIVE') return [];
    return [
      {
        template: 'password-reset',
        recipient: user.email,
        userId: user.id,
        locale: asLocale(user.locale),
        data: {
          resetId: reset.id,
          displayName: user.displayName,
          validMinutes: this.config.auth.passwordResetTtlMinutes,
          expiresAt: reset.expiresAt.toISOString(),
        },
      },
    ];
  }

  private async applicationReceived({ applicationId }: PayloadOf<'membership.application-received'>): Promise<PlannedDelivery[]> {
    const application = await this.db.getRepository(MembershipApplicationEntity).findOneBy({ id: applicationId });
    if (!application) return [];
    const coordinators: Array<{ id: string; email: string; locale: string }> = await this.db.query(
      `select id, email, locale from app_user where role = 'COORDINATOR' and status = 'ACTIVE' order by id`,
    );
    const toApplicant: PlannedDelivery = {
      template: 'application-received',
      recipient: application.applicantEmail,
      userId: null,
      locale: asLocale(application.locale),
      data: { applicationId, applicantName: application.applicantName, municipalityName: application.municipalityName },
    };
    return [
      toApplicant,
      ...coordinators.map(
        (c): PlannedDelivery => ({
          template: 'application-new',
          recipient: c.email,
          userId: c.id,
          locale: asLocale(c.locale),
          data: {
            applicationId,
            applicantName: application.applicantName,
            applicantEmail: application.applicantEmail,
            municipalityName: application.municipalityName,
            kind: application.kind,
            state: application.state,
            inDirectory: application.ags !== null,
            motivation: application.motivation,
            unsubscribeId: c.id,
          },
        }),
      ),
    ];
  }

  /** Approval carries the invitation itself: no separate invitation-created event is written for it. */
  private async applicationDecided({ applicationId, invitationId }: PayloadOf<'membership.application-decided'>): Promise<PlannedDelivery[]> {
    const application = await this.db.getRepository(MembershipApplicationEntity).findOneBy({ id: applicationId });
    if (!application) return [];
    const base = {
      recipient: application.applicantEmail,
      userId: null,
      locale: asLocale(application.locale),
    };
    if (application.status === 'DECLINED') {
      return [
        {
          ...base,
          template: 'application-declined',
          data: {
            applicationId,
            applicantName: application.applicantName,
            municipalityName: application.municipalityName,
            comment: application.decisionComment,
          },
        },
      ];
    }
    if (application.status !== 'APPROVED' || !invitationId) return [];
    const invitation = await this.openInvitation(invitationId);
    if (!invitation) {
      this.logger.log(`Einladung ${invitationId} zum Antrag ${applicationId} nicht mehr offen, keine E-Mail / invitation no longer open`);
      return [];
    }
    return [
      {
        ...base,
        template: 'application-approved',
        data: {
          applicationId,
          invitationId,
          applicantName: application.applicantName,
          municipalityName: application.municipalityName,
          partner: application.partnerKind !== null,
          validDays: this.config.auth.invitationTtlDays,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
    ];
  }
}

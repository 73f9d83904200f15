import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import type { CatalogueEvent } from '@ikone/platform';
import { MembershipEvent, MembershipEventType, MembershipNoticeFacts } from '@ikone/membership';
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
    private readonly members: MembershipNoticeFacts,
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

  private async invitationCreated({ invitationId }: PayloadOf<'membership.invitation-created'>): Promise<PlannedDelivery[]> {
    const invitation = await this.members.openInvitation(invitationId);
    if (!invitation) {
      this.logger.log(`Einladung ${invitationId} nicht mehr offen, keine E-Mail / invitation no longer open`);
      return [];
    }
    const { inviterName, organisationName } = await this.members.invitationContext(invitation);
    return [
      {
        template: 'invitation',
        recipient: invitation.email,
        userId: null,
        locale: asLocale(invitation.locale),
        data: {
          invitationId: invitation.id,
          inviterName,
          role: invitation.role,
          municipalityName: organisationName,
          validDays: this.config.auth.invitationTtlDays,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
    ];
  }

  private async passwordResetRequested({ resetId }: PayloadOf<'membership.password-reset-requested'>): Promise<PlannedDelivery[]> {
    const usable = await this.members.usableReset(resetId);
    if (!usable) return [];
    const { reset, user } = usable;
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
    const application = await this.members.application(applicationId);
    if (!application) return [];
    const coordinators = await this.members.recipients({ coordinators: true });
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
    const application = await this.members.application(applicationId);
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
    const invitation = await this.members.openInvitation(invitationId);
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

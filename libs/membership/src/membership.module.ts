import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ikone/audit';
import { AuthSessionEntity, RefreshTokenEntity } from './entities/auth-session.entity';
import { DirectoryEntryEntity } from './entities/directory-entry.entity';
import { InvitationEntity, PasswordResetEntity } from './entities/invitation.entity';
import { MembershipApplicationEntity } from './entities/membership-application.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { PartnerOrganisationEntity } from './entities/partner-organisation.entity';
import { PartnerService } from './services/partner.service';
import { UserEntity } from './entities/user.entity';
import { AccountDepartures } from './services/account-departures';
import { AuthService } from './services/auth.service';
import { DirectoryService } from './services/directory.service';
import { InvitationService } from './services/invitation.service';
import { MembershipApplicationService } from './services/membership-application.service';
import { MembershipNoticeFacts } from './services/membership-notice-facts';
import { MunicipalityService } from './services/municipality.service';
import { PasswordService } from './services/password.service';
import { ProvisioningService } from './services/provisioning.service';
import { SingleSignOnService } from './services/single-sign-on.service';
import { TokenCodec } from './services/token-codec';
import { UserService } from './services/user.service';

const SERVICES = [
  AccountDepartures,
  AuthService,
  DirectoryService,
  InvitationService,
  MembershipApplicationService,
  MembershipNoticeFacts,
  MunicipalityService,
  PartnerService,
  PasswordService,
  ProvisioningService,
  SingleSignOnService,
  TokenCodec,
  UserService,
];

/** Municipalities, membership, accounts and sign-in. Transport-free. */
@Module({
  imports: [
    AuditModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([
      AuthSessionEntity,
      DirectoryEntryEntity,
      InvitationEntity,
      MembershipApplicationEntity,
      MunicipalityEntity,
      PartnerOrganisationEntity,
      PasswordResetEntity,
      RefreshTokenEntity,
      UserEntity,
    ]),
  ],
  providers: SERVICES,
  exports: [...SERVICES, AuditModule],
})
export class MembershipModule {}

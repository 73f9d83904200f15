import { Module } from '@nestjs/common';
import { AuditModule } from '@ikone/audit';
import { KnowledgeModule } from '@ikone/knowledge';
import { MembershipModule } from '@ikone/membership';
import { PrivacyService } from './privacy.service';

/** Data export and account deletion (DSGVO). Transport-free. */
@Module({
  imports: [AuditModule, MembershipModule, KnowledgeModule],
  providers: [PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyModule {}

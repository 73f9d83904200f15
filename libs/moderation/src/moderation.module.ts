import { Module } from '@nestjs/common';
import { AuditModule } from '@ikone/audit';
import { KnowledgeModule } from '@ikone/knowledge';
import { ReportService } from './report.service';

/** Reports on content and their resolution. Transport-free. */
@Module({
  imports: [AuditModule, KnowledgeModule],
  providers: [ReportService],
  exports: [ReportService],
})
export class ModerationModule {}

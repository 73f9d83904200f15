import { Module } from '@nestjs/common';
import { KnowledgeModule } from '@ikone/knowledge';
import { MembershipModule } from '@ikone/membership';
import { ModerationModule } from '@ikone/moderation';
import { AtomFeedController } from '../feeds/atom-feed.controller';
import { AttachmentDownloadController } from './attachments/attachment-download.controller';
import { AttachmentResolver, CaseStudyAttachmentsResolver, EventAttachmentsResolver } from './attachments/attachment.resolver';
import { CaseStudyResolver, ReuseRequestResolver } from './case-studies/case-study.resolver';
import { ContactRoleResolver, MunicipalityContactRolesResolver } from './contacts/contact-role.resolver';
import { ContentSubjects } from './content-subject';
import { CaseStudyFundingResolver, FundingProgrammeResolver } from './funding-programme.resolver';
import { FreshnessResolver } from './freshness.resolver';
import { MunicipalitySimilarPracticesResolver, SimilarPracticeResolver } from './similar/similar-practice.resolver';
import { ReportResolver } from './report.resolver';
import { ReviewResolver } from './review.resolver';
import { SearchResolver } from './search.resolver';
import { StatsCsvController } from './stats-csv.controller';
import { StatsResolver } from './stats.resolver';

/** Case studies, review, reuse, reports, statistics, attachments and the Atom feeds. */
@Module({
  imports: [KnowledgeModule, MembershipModule, ModerationModule],
  providers: [
    ContentSubjects,
    ContactRoleResolver,
    MunicipalityContactRolesResolver,
    MunicipalitySimilarPracticesResolver,
    SimilarPracticeResolver,
    CaseStudyResolver,
    ReuseRequestResolver,
    ReviewResolver,
    ReportResolver,
    StatsResolver,
    SearchResolver,
    FundingProgrammeResolver,
    CaseStudyFundingResolver,
    FreshnessResolver,
    AttachmentResolver,
    CaseStudyAttachmentsResolver,
    EventAttachmentsResolver,
  ],
  controllers: [AtomFeedController, StatsCsvController, AttachmentDownloadController],
})
export class KnowledgeGatewayModule {}

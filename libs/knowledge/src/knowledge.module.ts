import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ikone/audit';
import { MembershipModule } from '@ikone/membership';
import { ATTACHMENT_PROVIDERS } from './attachments/attachments.providers';
import { CASE_STUDY_PROVIDERS } from './case-studies/case-studies.providers';
import { EVENT_PROVIDERS } from './events/events.providers';
import { ContactHandoverService } from './contacts/contact-handover.service';
import { ContactRoleService } from './contacts/contact-role.service';
import { SimilarPracticesService } from './similar/similar-practices.service';
import { ContentKinds } from './review/content-kinds';
import { ContentLifecycleService } from './review/content-lifecycle.service';
import { ReviewService } from './review/review.service';
import { ReuseService } from './reuse/reuse.service';
import { NetworkStatsService } from './stats/network-stats.service';
import { PostgresSearchIndex } from './search/postgres-search-index';
import { SearchIndex } from './search/search-index';
import { SearchService } from './search/search.service';
import { TopicEntity } from './topic.entity';
import { TopicService } from './topic.service';
import { FundingProgrammeService } from './funding/funding-programme.service';
import { FreshnessService } from './freshness/freshness.service';

const PROVIDERS = [
  TopicService,
  FundingProgrammeService,
  ContentLifecycleService,
  ContentKinds,
  ReviewService,
  ReuseService,
  NetworkStatsService,
  ContactRoleService,
  ContactHandoverService,
  SimilarPracticesService,
  FreshnessService,
  // The PostgreSQL search; a network that outgrows it binds another SearchIndex (ADR 0020).
  { provide: SearchIndex, useClass: PostgresSearchIndex },
  SearchService,
  ...CASE_STUDY_PROVIDERS,
  ...EVENT_PROVIDERS,
  ...ATTACHMENT_PROVIDERS,
];

/** Topics, case studies, events, review, reuse, search, statistics. Transport-free. */
@Module({
  imports: [AuditModule, MembershipModule, TypeOrmModule.forFeature([TopicEntity])],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class KnowledgeModule {}

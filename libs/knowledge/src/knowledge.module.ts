import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ikone/audit';
import { TopicEntity } from './topic.entity';
import { TopicService } from './topic.service';

/** Topics, case studies, events. Transport-free. */
@Module({
  imports: [AuditModule, TypeOrmModule.forFeature([TopicEntity])],
  providers: [TopicService],
  exports: [TopicService],
})
export class KnowledgeModule {}

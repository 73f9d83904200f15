import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from './knowledge.error';
import { DEFAULT_TOPICS } from './default-topics';
import { TopicEntity } from './topic.entity';

export type { CreateTopicCommand } from './default-topics';
import type { CreateTopicCommand } from './default-topics';


/** Topics: listed by anyone, managed by coordinators. */
@Injectable()
export class TopicService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<TopicEntity[]> {
    return this.db.getRepository(TopicEntity).find({ order: { nameDe: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<TopicEntity[]> {
    return this.db.getRepository(TopicEntity).findBy({ id: In([...ids]) });
  }

  async create(actor: Actor | null, command: CreateTopicCommand): Promise<TopicEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      if (await manager.exists(TopicEntity, { where: { slug: command.slug } })) {
        throw new KnowledgeError('TOPIC_SLUG_TAKEN', 'input.slug');
      }
      const topic = await manager.save(manager.create(TopicEntity, { descriptionDe: '', descriptionEn: '', ...command }));
      await this.audit.record(manager, auditActor(who), {
        action: 'topic.created', subjectType: 'Topic', subjectId: topic.id, details: { slug: topic.slug },
      });
      return topic;
    });
  }

  /** Inserts the default topics that are missing; returns how many were added. */
  async seedDefaults(): Promise<number> {
    const result: unknown[] = await this.db
      .createQueryBuilder()
      .insert()
      .into(TopicEntity)
      .values(DEFAULT_TOPICS)
      .orIgnore()
      .returning('id')
      .execute()
      .then((r) => r.raw as unknown[]);
    return result.length;
  }
}

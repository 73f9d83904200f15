import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KnowledgeEvent } from '../knowledge.events';
import type { ContentKind } from '../review/content-kind';

/** Case studies in the shared content lifecycle. */
@Injectable()
export class CaseStudyKind implements ContentKind {
  readonly subjectType = 'CaseStudy' as const;
  readonly table = 'case_study' as const;

  async ownerIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `select municipality_id as id from case_study where id = $1 union select municipality_id from case_study_co_owner where case_study_id = $1`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown>> {
    const [row] = await manager.query(
      `select c.title, c.summary, c.problem, c.solution, c.results, c.lessons_learned as "lessonsLearned", c.maturity,
              c.cost_one_off::float8 as "costOneOff", c.cost_yearly::float8 as "costYearly", c.funding_programme as "fundingProgramme",
              c.funding_url as "fundingUrl", c.partners, c.contact_user_id as "contactId", c.contact_role_id as "contactRoleId", c.tags, c.links, c.visibility,
              c.repository_url as "repositoryUrl", c.publiccode_yml as "publiccodeYml",
              coalesce((select array_agg(t.slug order by t.slug) from case_study_topic ct join topic t on t.id = ct.topic_id where ct.case_study_id = c.id), '{}') as topics,
              coalesce((select array_agg(o.municipality_id order by o.municipality_id) from case_study_co_owner o where o.case_study_id = c.id), '{}') as "coOwnerIds"
         from case_study c where c.id = $1`,
      [id],
    );
    return row ?? {};
  }

  firstPublication(id: string): KnowledgeEvent[] {
    return [{ type: 'knowledge.case-study-published', payload: { caseStudyId: id } }];
  }
}

import { Injectable } from '@nestjs/common';
import { CaseStudyService, EventService } from '@ikone/knowledge';
import type { Actor } from '@ikone/membership';
import { CaseStudyModel, toCaseStudyModel } from './case-studies/case-study.model';
import { EventModel, toEventModel } from './events/event.model';

/**
 * Loads the content a review item or a report is about, with the caller's read rights, so
 * coordinators can link to it and see its revisions without a second lookup by slug.
 */
@Injectable()
export class ContentSubjects {
  constructor(
    private readonly caseStudies: CaseStudyService,
    private readonly events: EventService,
  ) {}

  async load(actor: Actor | null, subjectType: string, subjectId: string): Promise<CaseStudyModel | EventModel> {
    return subjectType === 'CaseStudy' ? toCaseStudyModel(await this.caseStudies.byId(actor, subjectId)) : toEventModel(await this.events.byId(actor, subjectId));
  }
}

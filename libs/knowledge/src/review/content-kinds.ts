import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseStudyKind } from '../case-studies/case-study.kind';
import { EventKind } from '../events/event.kind';
import type { ContentStatus, Visibility } from '../shared/content-policy';
import type { ContentKind } from './content-kind';

export interface FoundContent {
  kind: ContentKind;
  status: ContentStatus;
  visibility: Visibility;
}

/** Finds which kind of content (case study or event) an id belongs to, for operations on "a subject". */
@Injectable()
export class ContentKinds {
  readonly all: ContentKind[];

  constructor(caseStudies: CaseStudyKind, events: EventKind) {
    this.all = [caseStudies, events];
  }

  /** The content with this id, or null when neither kind has it. */
  async find(manager: EntityManager, subjectId: string): Promise<FoundContent | null> {
    for (const kind of this.all) {
      const [row] = await manager.query(`select status, visibility from ${kind.table} where id = $1`, [subjectId]);
      if (row) return { kind, status: row.status, visibility: row.visibility };
    }
    return null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@ikone/membership';
import { CASE_STUDY_LIST_COLUMNS } from '../case-studies/case-study.types';
import type { CaseStudyRecord } from '../case-studies/case-study.types';
import { similarPractices } from './similar-practices';
import type { SimilarPractice } from './similar-practices';

/** Most suggestions one request may ask for per municipality. */
export const MAX_SIMILAR = 10;

/** "Kommunen wie Ihre" for readers of municipality pages (ADR 0026). */
@Injectable()
export class SimilarPracticesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Suggestions for each municipality as the actor may see them, with the practices' records; two statements. */
  async forMunicipalities(actor: Actor | null, municipalityIds: readonly string[], limit: number): Promise<Array<SimilarPractice & { record: CaseStudyRecord }>> {
    const practices = await similarPractices(this.db, municipalityIds, { signedIn: actor !== null, limit: Math.min(Math.max(limit, 0), MAX_SIMILAR) });
    if (practices.length === 0) return [];
    const records: CaseStudyRecord[] = await this.db.query(`select ${CASE_STUDY_LIST_COLUMNS} from case_study c where c.id = any($1::uuid[])`, [
      [...new Set(practices.map((p) => p.caseStudyId))],
    ]);
    const byId = new Map(records.map((r) => [r.id, r]));
    return practices.flatMap((p) => {
      const record = byId.get(p.caseStudyId);
      return record ? [{ ...p, record }] : [];
    });
  }
}

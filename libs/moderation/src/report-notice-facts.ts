import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SubjectType } from '@ikone/knowledge';

/** A report as the coordinators' notice names it. */
export interface NoticeReport {
  subjectType: SubjectType;
  subjectId: string;
  reason: string;
  note: string | null;
  status: string;
}

/** What the notifications library needs to know of a report (ADR 0029). */
@Injectable()
export class ReportNoticeFacts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(id: string): Promise<NoticeReport | null> {
    const [row] = (await this.db.query(`select subject_type as "subjectType", subject_id as "subjectId", reason, note, status from report where id = $1`, [
      id,
    ])) as NoticeReport[];
    return row ?? null;
  }
}

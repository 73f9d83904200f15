import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import type { KnowledgeEvent, SubjectType } from '../knowledge.events';

/** A case study or event as a notice names it, as it is now. */
export interface NoticeSubject {
  type: SubjectType;
  id: string;
  title: string;
  /** The slug of a case study, the id of an event: what its web address is built from. */
  key: string;
  status: string;
  municipalityId: string;
  startsAt: Date | null;
}

export interface NoticeTopic {
  id: string;
  nameDe: string;
  nameEn: string;
}

export interface NoticeReuseRequest {
  caseStudyId: string;
  /** The requesting municipality. */
  municipalityId: string;
  message: string;
  status: string;
}

/** A contact role or a case study whose contact was handed on (ADR 0026). */
export interface HandedOverContact {
  kind: 'role' | 'case-study';
  label: string;
  municipalityId: string;
  /** Who holds it now (active or not: the membership library tells). */
  holderId: string | null;
}

/**
 * What the notifications library needs to know of knowledge content to tell people about it
 * (ADR 0029): read here, where the tables live, so a renamed column breaks knowledge's own
 * build and tests, not an email at run time.
 */
@Injectable()
export class KnowledgeNoticeFacts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async subject(type: SubjectType, id: string): Promise<NoticeSubject | null> {
    const sql =
      type === 'CaseStudy'
        ? `select id, title, slug as key, status, municipality_id as "municipalityId", null::timestamptz as "startsAt" from case_study where id = $1`
        : `select id, title, id::text as key, status, municipality_id as "municipalityId", starts_at as "startsAt" from event where id = $1`;
    const [row] = (await this.db.query(sql, [id])) as Array<Omit<NoticeSubject, 'type'>>;
    return row ? { type, ...row } : null;
  }

  /** The owning municipality and, for a case study, its co-owners. */
  async owningMunicipalities(subject: Pick<NoticeSubject, 'type' | 'id' | 'municipalityId'>): Promise<string[]> {
    if (subject.type !== 'CaseStudy') return [subject.municipalityId];
    const rows = (await this.db.query(`select municipality_id as id from case_study_co_owner where case_study_id = $1`, [subject.id])) as Array<{ id: string }>;
    return [subject.municipalityId, ...rows.map((r) => r.id)];
  }

  /** The subject's topics, by German name. */
  topics(type: SubjectType, id: string): Promise<NoticeTopic[]> {
    return this.db.query(
      type === 'CaseStudy'
        ? `select t.id, t.name_de as "nameDe", t.name_en as "nameEn" from case_study_topic x join topic t on t.id = x.topic_id where x.case_study_id = $1 order by t.name_de`
        : `select t.id, t.name_de as "nameDe", t.name_en as "nameEn" from event_topic x join topic t on t.id = x.topic_id where x.event_id = $1 order by t.name_de`,
      [id],
    );
  }

  /**
   * Everyone holding a seat or a waiting-list place of the event (`seatsOnly`: a seat), and with
   * `changedSince` also those whose registration changed at or after it (closed by a cancellation).
   */
  async registrants(eventId: string, options: { changedSince?: Date; seatsOnly?: boolean } = {}): Promise<string[]> {
    const rows = (await this.db.query(
      `select user_id as id from registration where event_id = $1
         and (status = any($3::text[]) or ($2::timestamptz is not null and updated_at >= $2::timestamptz))
       order by user_id`,
      [eventId, options.changedSince ?? null, options.seatsOnly ? ['REGISTERED'] : ['REGISTERED', 'WAITLISTED']],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** The status of one person's registration, or null when it is gone. */
  async registrationStatus(registrationId: string, userId: string): Promise<string | null> {
    const [row] = (await this.db.query(`select status from registration where id = $1 and user_id = $2`, [registrationId, userId])) as Array<{ status: string }>;
    return row?.status ?? null;
  }

  async reuseRequest(id: string): Promise<NoticeReuseRequest | null> {
    const [row] = (await this.db.query(
      `select case_study_id as "caseStudyId", municipality_id as "municipalityId", message, status from reuse_request where id = $1`,
      [id],
    )) as NoticeReuseRequest[];
    return row ?? null;
  }

  /** The roles, then the case studies, each by label. */
  handedOverContacts(roleIds: string[], caseStudyIds: string[]): Promise<HandedOverContact[]> {
    return this.db.query(
      `select 'role' as kind, name as label, municipality_id as "municipalityId", holder_user_id as "holderId" from contact_role where id = any($1::uuid[])
       union all
       select 'case-study', title, municipality_id, contact_user_id from case_study where id = any($2::uuid[])
       order by 1 desc, 2`,
      [roleIds, caseStudyIds],
    );
  }

  /**
   * Marks every published event starting within 24 hours whose reminder is not out yet, and
   * records its `knowledge.event-reminder-due` event in the same transaction. Returns how many.
   */
  remindersDue(now: Date): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `update event set reminder_sent_at = $1
          where status = 'PUBLISHED' and reminder_sent_at is null and starts_at > $1 and starts_at <= $1 + interval '24 hours'
          returning id`,
        [now],
      )) as [Array<{ id: string }>, number];
      const due = rows[0];
      await recordEvents(manager, ...due.map(({ id }) => ({ type: 'knowledge.event-reminder-due', payload: { eventId: id } }) satisfies KnowledgeEvent));
      return due.length;
    });
  }
}

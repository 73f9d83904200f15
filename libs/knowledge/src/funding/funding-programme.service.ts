import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';

/** A funding programme (Förderprogramm) as read from the database. */
export interface FundingProgrammeRecord {
  id: string;
  name: string;
  provider: string;
  url: string | null;
  /** Application deadline as an ISO date (YYYY-MM-DD), a day in the network's calendar. */
  deadline: string | null;
  topicIds: string[];
  updatedAt: Date;
}

export interface FundingProgrammeInput {
  name: string;
  provider?: string;
  url?: string | null;
  deadline?: string | null;
  topicSlugs?: string[];
}

export interface FundingProgrammeFilter {
  topicSlug?: string;
  /** Only programmes whose deadline lies in [from, to] (ISO dates, inclusive). */
  deadlineFrom?: string;
  deadlineTo?: string;
}

/** Days a deadline counts as "soon" on topic pages and in digests (ADR 0025). */
export const DEADLINE_WINDOW_DAYS = 30;

const COLUMNS = `
  p.id, p.name, p.provider, p.url, to_char(p.deadline, 'YYYY-MM-DD') as deadline, p.updated_at as "updatedAt",
  coalesce((select array_agg(pt.topic_id) from funding_programme_topic pt where pt.funding_programme_id = p.id), '{}') as "topicIds"`;

/** An ISO date that names a real day (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The day `at` falls on in `timeZone`, as an ISO date, and that day plus `days`. */
export function dayWindow(at: Date, timeZone: string, days: number): { from: string; to: string } {
  const from = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** Funding programmes: read by anyone, kept by the coordination office. */
@Injectable()
export class FundingProgrammeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Programmes by deadline (soonest first, none last), then name. One statement. */
  list(filter: FundingProgrammeFilter = {}): Promise<FundingProgrammeRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.topicSlug !== undefined) {
      where.push(`exists (select 1 from funding_programme_topic pt join topic t on t.id = pt.topic_id
                          where pt.funding_programme_id = p.id and t.slug = ${param(filter.topicSlug)})`);
    }
    if (filter.deadlineFrom !== undefined) where.push(`p.deadline >= ${param(filter.deadlineFrom)}::date`);
    if (filter.deadlineTo !== undefined) where.push(`p.deadline <= ${param(filter.deadlineTo)}::date`);
    return this.db.query(
      `select ${COLUMNS} from funding_programme p ${where.length ? `where ${where.join(' and ')}` : ''}
       order by p.deadline asc nulls last, p.name asc, p.id limit 500`,
      params,
    );
  }

  async byIds(ids: readonly string[]): Promise<Map<string, FundingProgrammeRecord>> {
    const rows: FundingProgrammeRecord[] = ids.length
      ? await this.db.query(`select ${COLUMNS} from funding_programme p where p.id = any($1)`, [[...ids]])
      : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async create(actor: Actor | null, input: FundingProgrammeInput): Promise<FundingProgrammeRecord> {
    const who = requireRole(actor, 'COORDINATOR');
    const id = await this.db.transaction(async (manager) => {
      const topicIds = await this.topicIds(manager, input.topicSlugs ?? []);
      const [{ id }]: { id: string }[] = await manager.query(
        `insert into funding_programme (name, provider, url, deadline) values ($1, $2, $3, $4) returning id`,
        [input.name.trim(), input.provider?.trim() ?? '', input.url ?? null, this.deadline(input.deadline)],
      );
      await this.setTopics(manager, id, topicIds);
      await this.audit.record(manager, auditActor(who), {
        action: 'funding-programme.created', subjectType: 'FundingProgramme', subjectId: id, details: { name: input.name },
      });
      return id;
    });
    return this.loadOrFail(id);
  }

  /** Replaces every field (the form always sends all of them). */
  async update(actor: Actor | null, id: string, input: FundingProgrammeInput): Promise<FundingProgrammeRecord> {
    const who = requireRole(actor, 'COORDINATOR');
    await this.db.transaction(async (manager) => {
      const found: unknown[] = await manager.query(`select 1 from funding_programme where id = $1 for update`, [id]);
      if (found.length === 0) throw new KnowledgeError('FUNDING_PROGRAMME_NOT_FOUND', 'id');
      const topicIds = await this.topicIds(manager, input.topicSlugs ?? []);
      await manager.query(
        `update funding_programme set name = $2, provider = $3, url = $4, deadline = $5, updated_at = now() where id = $1`,
        [id, input.name.trim(), input.provider?.trim() ?? '', input.url ?? null, this.deadline(input.deadline)],
      );
      await manager.query(`delete from funding_programme_topic where funding_programme_id = $1`, [id]);
      await this.setTopics(manager, id, topicIds);
      await this.audit.record(manager, auditActor(who), {
        action: 'funding-programme.updated', subjectType: 'FundingProgramme', subjectId: id, details: { name: input.name },
      });
    });
    return this.loadOrFail(id);
  }

  /**
   * Deletes a programme. Case studies that referred to it keep its name as their free-text
   * funding programme (where they had none), so a page never loses who funded the practice.
   */
  async delete(actor: Actor | null, id: string): Promise<void> {
    const who = requireRole(actor, 'COORDINATOR');
    await this.db.transaction(async (manager) => {
      const [programme]: { name: string; url: string | null }[] = await manager.query(
        `select name, url from funding_programme where id = $1 for update`, [id],
      );
      if (!programme) throw new KnowledgeError('FUNDING_PROGRAMME_NOT_FOUND', 'id');
      await manager.query(
        `update case_study set funding_programme = coalesce(nullif(funding_programme, ''), $2),
                               funding_url = coalesce(funding_url, $3), funding_programme_id = null
          where funding_programme_id = $1`,
        [id, programme.name, programme.url],
      );
      await manager.query(`delete from funding_programme where id = $1`, [id]);
      await this.audit.record(manager, auditActor(who), {
        action: 'funding-programme.deleted', subjectType: 'FundingProgramme', subjectId: id, details: { name: programme.name },
      });
    });
  }

  /** Called by case-study writes: the reference must name an existing programme. */
  async requireExists(manager: EntityManager, id: string, field: string): Promise<void> {
    const rows: unknown[] = await manager.query(`select 1 from funding_programme where id = $1`, [id]);
    if (rows.length === 0) throw new KnowledgeError('UNKNOWN_FUNDING_PROGRAMME', field);
  }

  private async loadOrFail(id: string): Promise<FundingProgrammeRecord> {
    const found = (await this.byIds([id])).get(id);
    if (!found) throw new KnowledgeError('FUNDING_PROGRAMME_NOT_FOUND', 'id');
    return found;
  }

  private deadline(value: string | null | undefined): string | null {
    if (value === undefined || value === null || value === '') return null;
    if (!isIsoDate(value)) throw new KnowledgeError('DEADLINE_INVALID', 'input.deadline');
    return value;
  }

  private async topicIds(manager: EntityManager, slugs: string[]): Promise<string[]> {
    const unique = [...new Set(slugs)];
    if (unique.length === 0) return [];
    const rows: { id: string }[] = await manager.query(`select id from topic where slug = any($1)`, [unique]);
    if (rows.length !== unique.length) throw new KnowledgeError('UNKNOWN_TOPIC', 'input.topicSlugs');
    return rows.map((r) => r.id);
  }

  private async setTopics(manager: EntityManager, id: string, topicIds: string[]): Promise<void> {
    if (topicIds.length === 0) return;
    await manager.query(
      `insert into funding_programme_topic (funding_programme_id, topic_id) select $1, unnest($2::uuid[])`,
      [id, topicIds],
    );
  }
}

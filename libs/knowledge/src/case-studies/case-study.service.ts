import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, CountCache, Keyset, Page, PageRequest, PlatformError } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { ACTIVE_ACCOUNTS_SQL, Actor, MUNICIPALITIES_SQL, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { requireWritableMunicipality } from '../shared/ownership';
import type { TopicEntity } from '../topic.entity';
import { canRead, visibilitySql } from '../shared/content-policy';
import { namesPartnerSql, partnerIdsFor, setPartnerLinks } from '../shared/partner-links';
import { ContentLifecycleService } from '../review/content-lifecycle.service';
import { requireEditable } from '../review/lifecycle-rules';
import { FundingProgrammeService } from '../funding/funding-programme.service';
import { CaseStudyKind } from './case-study.kind';
import {
  CASE_STUDY_COLUMNS,
  CASE_STUDY_LIST_COLUMNS,
  CaseStudyFilter,
  CaseStudyLongTexts,
  CaseStudyInput,
  CaseStudyRecord,
} from './case-study.types';
import { caseStudySlugBase, pickFreeSlug } from './case-study-slug';
import { parsePubliccode, type SoftwareSummary } from './publiccode';

/** The publiccode.yml to store and its summary; both null when it is empty (removed). */
function readSoftware(source: string | null | undefined): { publiccodeYml: string | null; summary: SoftwareSummary | null } {
  if (!source?.trim()) return { publiccodeYml: null, summary: null };
  return { publiccodeYml: source, summary: parsePubliccode(source) };
}

/** One advisory lock for choosing slugs, so two case studies named alike never race for one slug. */
const SLUG_LOCK = 0x51_06_c5;

const PUBLISHED_ORDER = new Keyset([{ sql: 'c.published_at', kind: 'timestamp' }, { sql: 'c.id', kind: 'uuid', field: 'id' }], 'DESC');
const DRAFTS_ORDER = new Keyset([{ sql: 'coalesce(c.published_at, c.created_at)', kind: 'timestamp' }, { sql: 'c.id', kind: 'uuid', field: 'id' }], 'DESC');

/** Case studies: authoring by owners, reading by everyone entitled, lists and filters. */
@Injectable()
export class CaseStudyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ContentLifecycleService,
    private readonly kind: CaseStudyKind,
    private readonly audit: AuditService,
    private readonly fundingProgrammes: FundingProgrammeService,
    config: AppConfig,
  ) {
    this.counts = new CountCache(this.db, config.listCountCacheSeconds * 1000);
  }

  private readonly counts: CountCache;

  async create(actor: Actor | null, input: CaseStudyInput): Promise<CaseStudyRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    const municipalityId = who.role === 'COORDINATOR' ? input.municipalityId ?? who.municipalityId : who.municipalityId;
    if (who.role === 'OFFICER' && input.municipalityId && input.municipalityId !== who.municipalityId) {
      throw new PlatformError('FORBIDDEN', 'input.municipalityId');
    }
    if (!municipalityId) throw new KnowledgeError('UNKNOWN_MUNICIPALITY', 'input.municipalityId');
    const id = await this.db.transaction(async (manager) => {
      await requireWritableMunicipality(manager, who, municipalityId, 'input.municipalityId');
      const software = readSoftware(input.publiccodeYml);
      const topicIds = await this.topicIds(manager, input.topicSlugs);
      await this.checkReferences(manager, input, municipalityId, []);
      const slug = await this.freeSlug(manager, input.title ?? '', null);
      const [{ id }] = await manager.query(
        `insert into case_study (slug, title, summary, problem, solution, results, lessons_learned, maturity, cost_one_off, cost_yearly,
           funding_programme, funding_url, partners, contact_user_id, municipality_id, tags, links, visibility, created_by, funding_programme_id,
           repository_url, publiccode_yml, software, contact_role_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24) returning id`,
        [
          slug,
          input.title, input.summary, input.problem ?? '', input.solution ?? '', input.results ?? '', input.lessonsLearned ?? '',
          input.maturity, input.costOneOff ?? null, input.costYearly ?? null, input.fundingProgramme ?? null, input.fundingUrl ?? null,
          input.partners ?? [],
          input.contactId === undefined && !input.contactRoleId ? (who.role === 'OFFICER' ? who.id : null) : input.contactId ?? null,
          municipalityId, this.cleanTags(input.tags), JSON.stringify(input.links ?? []), input.visibility, who.id,
          input.fundingProgrammeId ?? null,
          input.repositoryUrl ?? null, software.publiccodeYml, software.summary, input.contactRoleId ?? null,
        ],
      );
      await manager.query(`insert into case_study_slug (slug, case_study_id) values ($1, $2)`, [slug, id]);
      await this.setTopics(manager, id, topicIds);
      await this.setCoOwners(manager, id, input.coOwnerIds ?? [], municipalityId);
      await setPartnerLinks(manager, 'case_study_partner', id, input.partnerIds);
      await this.audit.record(manager, auditActor(who), {
        action: 'case-study.created', subjectType: 'CaseStudy', subjectId: id, details: { title: input.title },
      });
      return id as string;
    });
    return this.loadOrFail(id);
  }

  /**
   * Edits in DRAFT, CHANGES_REQUESTED and PUBLISHED. A published case study stays live and gets
   * a new revision; an item sent back gets a new revision once, so the reviewer sees a diff.
   */
  async update(actor: Actor | null, id: string, input: CaseStudyInput): Promise<CaseStudyRecord> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.db.transaction(async (manager) => {
      const { row, ownerIds: owners, who } = await this.lifecycle.lockForEditor(manager, this.kind, id, actor);
      if (input.municipalityId !== undefined && who.role !== 'COORDINATOR') throw new PlatformError('FORBIDDEN', 'input.municipalityId');
      requireEditable(row.status, 'id');
      // Read after the lock: a caller who may not edit learns nothing about the file.
      const software = input.publiccodeYml !== undefined ? readSoftware(input.publiccodeYml) : null;
      const municipalityId = input.municipalityId ?? row.municipality_id;
      if (input.municipalityId) await requireWritableMunicipality(manager, who, municipalityId, 'input.municipalityId');
      const topicIds = input.topicSlugs !== undefined ? await this.topicIds(manager, input.topicSlugs) : null;
      const coOwners = owners.filter((o) => o !== row.municipality_id);
      await this.checkReferences(manager, input, municipalityId, coOwners);
      const sets: string[] = [];
      const params: unknown[] = [id];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      const fields: Array<[keyof CaseStudyInput, string, (v: unknown) => unknown]> = [
        ['title', 'title', (v) => v], ['summary', 'summary', (v) => v], ['problem', 'problem', (v) => v ?? ''],
        ['solution', 'solution', (v) => v ?? ''], ['results', 'results', (v) => v ?? ''], ['lessonsLearned', 'lessons_learned', (v) => v ?? ''],
        ['maturity', 'maturity', (v) => v], ['costOneOff', 'cost_one_off', (v) => v], ['costYearly', 'cost_yearly', (v) => v],
        ['fundingProgramme', 'funding_programme', (v) => v], ['fundingUrl', 'funding_url', (v) => v],
        ['fundingProgrammeId', 'funding_programme_id', (v) => v], ['partners', 'partners', (v) => v ?? []],
        ['contactId', 'contact_user_id', (v) => v], ['municipalityId', 'municipality_id', (v) => v],
        ['tags', 'tags', (v) => this.cleanTags(v as string[] | undefined)], ['links', 'links', (v) => JSON.stringify(v ?? [])],
        ['visibility', 'visibility', (v) => v], ['repositoryUrl', 'repository_url', (v) => v ?? null],
      ];
      for (const [key, column, map] of fields) if (input[key] !== undefined) set(column, map(input[key]));
      if (software) {
        set('publiccode_yml', software.publiccodeYml);
        set('software', software.summary);
      }
      // A case study has one contact: naming a person clears the role and the other way round.
      if (input.contactRoleId !== undefined) set('contact_role_id', input.contactRoleId);
      if (input.contactRoleId && input.contactId === undefined) set('contact_user_id', null);
      if (input.contactId && input.contactRoleId === undefined) set('contact_role_id', null);
      if (input.title !== undefined) {
        const slug = await this.slugAfterRetitle(manager, id, input.title);
        if (slug) set('slug', slug);
      }
      if (sets.length) await manager.query(`update case_study set ${sets.join(', ')}, updated_at = now() where id = $1`, params);
      if (topicIds) await this.setTopics(manager, id, topicIds);
      if (input.coOwnerIds !== undefined) await this.setCoOwners(manager, id, input.coOwnerIds, municipalityId);
      await setPartnerLinks(manager, 'case_study_partner', id, input.partnerIds);
      if (row.status === 'PUBLISHED') {
        await this.lifecycle.recordLiveEdit(manager, this.kind, id, who);
      } else {
        // The first edit after changes were requested opens a new revision for the next review.
        await manager.query(`update case_study set revision = revision + 1 where id = $1 and revision = reviewed_revision`, [id]);
        await this.audit.record(manager, auditActor(who), { action: 'case-study.edited', subjectType: 'CaseStudy', subjectId: id, details: {} });
      }
    });
    return this.loadOrFail(id);
  }

  /**
   * "Eingestellt" from the freshness check (ADR 0028), in the caller's transaction: maturity
   * DISCONTINUED, the lesson learned appended, a new revision and audit entry like any live edit.
   * The actor is the signed-in person answering, or null for the email link alone.
   */
  async markDiscontinued(manager: EntityManager, id: string, lessonLearned: string, actor: Actor | null): Promise<void> {
    const row = await this.lifecycle.lock(manager, this.kind, id);
    requireEditable(row.status, 'id');
    await manager.query(
      `update case_study set maturity = 'DISCONTINUED',
         lessons_learned = case when $2 = '' then lessons_learned when lessons_learned = '' then $2 else lessons_learned || E'\n\n' || $2 end,
         updated_at = now() where id = $1`,
      [id, lessonLearned],
    );
    if (row.status === 'PUBLISHED') await this.lifecycle.recordLiveEdit(manager, this.kind, id, actor, 'Aktualitätsabfrage (E-Mail-Link)');
  }

  async submit(actor: Actor | null, id: string): Promise<CaseStudyRecord> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.db.transaction(async (manager) => {
      const { who } = await this.lifecycle.lockForEditor(manager, this.kind, id, actor);
      await this.lifecycle.submit(manager, this.kind, id, who);
    });
    return this.loadOrFail(id);
  }

  async archive(actor: Actor | null, id: string, reason?: string | null): Promise<CaseStudyRecord> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.db.transaction(async (manager) => {
      const { who } = await this.lifecycle.lockForEditor(manager, this.kind, id, actor);
      await this.lifecycle.archive(manager, this.kind, id, who, reason?.trim() || null);
    });
    return this.loadOrFail(id);
  }

  /**
   * The case study behind a slug, current or former (a cited link keeps working after a title
   * change; the record carries the current slug, so the web can redirect), if the caller may
   * read it (else NOT_FOUND, not revealing it exists).
   */
  async bySlug(actor: Actor | null, slug: string): Promise<CaseStudyRecord> {
    const [row] = (await this.db.query(
      `select ${CASE_STUDY_COLUMNS} from case_study c
        where c.slug = $1 or c.id = (select s.case_study_id from case_study_slug s where s.slug = $1)
        limit 1`,
      [slug],
    )) as CaseStudyRecord[];
    return this.readable(actor, row, 'slug');
  }

  async byId(actor: Actor | null, id: string): Promise<CaseStudyRecord> {
    return this.readable(actor, await this.load(id), 'id');
  }

  /** Lists what the caller may read, newest publication first; two statements whatever the page size. */
  async list(actor: Actor | null, filter: CaseStudyFilter, page: PageRequest): Promise<Page<CaseStudyRecord>> {
    const params: Record<string, unknown> = {};
    const where: string[] = [];
    const visible = visibilitySql(
      actor,
      'c',
      '',
      `(c.municipality_id = :ownMunicipality or exists (select 1 from case_study_co_owner o where o.case_study_id = c.id and o.municipality_id = :ownMunicipality))`,
    );
    where.push(visible.sql);
    Object.assign(params, visible.params);
    const statuses = filter.status?.length ? [...new Set(filter.status)] : ['PUBLISHED'];
    if (statuses.length === 1 && statuses[0] === 'PUBLISHED') {
      where.push(`c.status = 'PUBLISHED'`); // a literal, so the partial index case_study_published applies
    } else {
      where.push(`c.status = any(:statuses)`);
      params.statuses = statuses;
    }
    if (filter.maturity?.length) {
      where.push(`c.maturity = any(:maturity)`);
      params.maturity = filter.maturity;
    }
    if (filter.topicSlugs?.length) {
      where.push(`exists (select 1 from case_study_topic ct join topic t on t.id = ct.topic_id where ct.case_study_id = c.id and t.slug = any(:topicSlugs))`);
      params.topicSlugs = filter.topicSlugs;
    }
    if (filter.municipalitySlugs?.length) {
      where.push(`exists (select 1 from ${MUNICIPALITIES_SQL} m where m.slug = any(:municipalitySlugs) and (m.id = c.municipality_id
        or exists (select 1 from case_study_co_owner o where o.case_study_id = c.id and o.municipality_id = m.id)))`);
      params.municipalitySlugs = filter.municipalitySlugs;
    }
    if (filter.partnerSlugs?.length) {
      where.push(namesPartnerSql('case_study_partner', 'c'));
      params.partnerSlugs = filter.partnerSlugs;
    }
    if (filter.search?.trim()) {
      where.push(`c.search @@ ikone_search_query(:search)`);
      params.search = filter.search.trim();
    }
    // Published lists (the hot path) sort on published_at, served by a partial index; lists
    // that include drafts sort on coalesce(published_at, created_at).
    const publishedOnly = statuses.every((st) => st === 'PUBLISHED' || st === 'ARCHIVED');
    const keyset = publishedOnly ? PUBLISHED_ORDER : DRAFTS_ORDER;
    const window = keyset.window(page);
    const conditions = where.join(' and ');
    const pageCondition = window.condition((value, i) => {
      params[`after${i}`] = value;
      return `:after${i}`;
    });
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `select ${CASE_STUDY_LIST_COLUMNS}, ${keyset.select}
         from case_study c where ${conditions} and ${pageCondition}
        order by ${keyset.orderBy} limit :limit`,
      { ...params, limit: window.limit },
    );
    const [countSql, countValues] = this.db.driver.escapeQueryWithParameters(`select count(*)::int as n from case_study c where ${conditions}`, params);
    const [rows, totalCount] = (await Promise.all([this.db.query(sql, values), this.counts.get(countSql, countValues)])) as [CaseStudyRecord[], number];
    return window.page(rows, totalCount);
  }

  /** Loader helper: the topics of each case study, in one statement. */
  async topicsFor(ids: readonly string[]): Promise<Map<string, TopicEntity[]>> {
    const rows: Array<TopicEntity & { caseStudyId: string }> = await this.db.query(
      `select ct.case_study_id as "caseStudyId", t.id, t.slug, t.name_de as "nameDe", t.name_en as "nameEn",
              t.description_de as "descriptionDe", t.description_en as "descriptionEn", t.created_at as "createdAt"
         from case_study_topic ct join topic t on t.id = ct.topic_id where ct.case_study_id = any($1::uuid[]) order by t.name_de`,
      [ids],
    );
    const map = new Map<string, TopicEntity[]>();
    for (const { caseStudyId, ...topic } of rows) map.set(caseStudyId, [...(map.get(caseStudyId) ?? []), topic]);
    return map;
  }

  /**
   * Loader helper: the long texts of list rows, in one statement. Only for ids of records the
   * caller already read (the gateway passes the rows of a page).
   */
  async longTextsFor(ids: readonly string[]): Promise<Map<string, CaseStudyLongTexts>> {
    const rows: Array<CaseStudyLongTexts & { id: string }> = await this.db.query(
      `select c.id, c.problem, c.solution, c.results, c.lessons_learned as "lessonsLearned", c.publiccode_yml as "publiccodeYml"
         from case_study c where c.id = any($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ id, ...texts }) => [id, texts]));
  }

  /** Loader helper: the partner organisations each case study names. */
  partnerIdsFor(ids: readonly string[]): Promise<Map<string, string[]>> {
    return partnerIdsFor(this.db, 'case_study_partner', ids);
  }

  async coOwnerIdsFor(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { case_study_id: string; municipality_id: string }[] = await this.db.query(
      `select case_study_id, municipality_id from case_study_co_owner where case_study_id = any($1::uuid[])`,
      [ids],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.case_study_id, [...(map.get(r.case_study_id) ?? []), r.municipality_id]);
    return map;
  }

  private readable(actor: Actor | null, row: CaseStudyRecord | undefined, field: string): CaseStudyRecord {
    if (!row || !canRead(actor, { status: row.status, visibility: row.visibility, ownerIds: [row.municipalityId, ...(row.coOwnerIds ?? [])] })) {
      throw new KnowledgeError('CASE_STUDY_NOT_FOUND', field);
    }
    return row;
  }

  private async load(id: string): Promise<CaseStudyRecord | undefined> {
    const [row] = (await this.db.query(`select ${CASE_STUDY_COLUMNS} from case_study c where c.id = $1`, [id])) as CaseStudyRecord[];
    return row;
  }

  private async loadOrFail(id: string): Promise<CaseStudyRecord> {
    const row = await this.load(id);
    if (!row) throw new KnowledgeError('CASE_STUDY_NOT_FOUND', 'id');
    return row;
  }

  /**
   * The title's slug, or with `-2`, `-3`, … when another case study holds (or once held) it. The
   * item's own former slugs count as free: a title changed back gets its old address back.
   */
  private async freeSlug(manager: EntityManager, title: string, caseStudyId: string | null): Promise<string> {
    const base = caseStudySlugBase(title);
    await manager.query(`select pg_advisory_xact_lock($1)`, [SLUG_LOCK]);
    const rows = (await manager.query(
      `select slug from case_study_slug where (slug = $1 or slug ~ ('^' || $1 || '-[0-9]+$')) and case_study_id is distinct from $2::uuid
       union
       select slug from case_study where (slug = $1 or slug ~ ('^' || $1 || '-[0-9]+$')) and id is distinct from $2::uuid`,
      [base, caseStudyId],
    )) as Array<{ slug: string }>;
    return pickFreeSlug(base, new Set(rows.map((r) => r.slug)));
  }

  /**
   * A new slug when the title's slug changed (ADR 0018), in every status: the old one stays in
   * `case_study_slug` and keeps finding the item. Null when the slug stays.
   */
  private async slugAfterRetitle(manager: EntityManager, id: string, title: string): Promise<string | null> {
    const [current] = (await manager.query(`select slug, title from case_study where id = $1`, [id])) as Array<{ slug: string; title: string }>;
    if (caseStudySlugBase(title) === caseStudySlugBase(current.title)) return null;
    const slug = await this.freeSlug(manager, title, id);
    if (slug === current.slug) return null;
    // The current slug too: rows written before the history existed (or by hand) have none.
    await manager.query(
      `insert into case_study_slug (slug, case_study_id) values ($1, $3), ($2, $3) on conflict (slug) do nothing`,
      [current.slug, slug, id],
    );
    return slug;
  }

  private cleanTags(tags: string[] | undefined): string[] {
    return [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];
  }



  private async topicIds(manager: EntityManager, slugs: string[] | undefined): Promise<string[]> {
    const unique = [...new Set(slugs ?? [])];
    if (unique.length === 0) throw new KnowledgeError('TOPIC_REQUIRED', 'input.topicSlugs');
    const rows: { id: string; slug: string }[] = await manager.query(`select id, slug from topic where slug = any($1)`, [unique]);
    if (rows.length !== unique.length) throw new KnowledgeError('UNKNOWN_TOPIC', 'input.topicSlugs');
    return rows.map((r) => r.id);
  }

  /**
   * The contact is an active account of the owning or a co-owning municipality (as they will be
   * after this write): naming someone of another municipality, or a coordinator, would publish
   * their name and address on content they are not responsible for.
   */
  private async checkReferences(manager: EntityManager, input: CaseStudyInput, municipalityId: string, currentCoOwnerIds: string[]): Promise<void> {
    if (input.fundingProgrammeId) await this.fundingProgrammes.requireExists(manager, input.fundingProgrammeId, 'input.fundingProgrammeId');
    if (input.contactId && input.contactRoleId) throw new KnowledgeError('ONE_CONTACT', 'input.contactRoleId');
    if (input.contactRoleId) {
      const [role]: { municipality_id: string }[] = await manager.query(`select municipality_id from contact_role where id = $1`, [input.contactRoleId]);
      if (!role) throw new KnowledgeError('UNKNOWN_CONTACT_ROLE', 'input.contactRoleId');
      const owners = [municipalityId, ...(input.coOwnerIds ?? currentCoOwnerIds)];
      if (!owners.includes(role.municipality_id)) throw new KnowledgeError('CONTACT_ROLE_NOT_OWNER', 'input.contactRoleId');
    }
    if (input.contactId) {
      const [row]: { municipality_id: string | null }[] = await manager.query(
        `select u.municipality_id from ${ACTIVE_ACCOUNTS_SQL} u where u.id = $1`,
        [input.contactId],
      );
      if (!row) throw new KnowledgeError('UNKNOWN_CONTACT', 'input.contactId');
      const owners = [municipalityId, ...(input.coOwnerIds ?? currentCoOwnerIds)];
      if (!row.municipality_id || !owners.includes(row.municipality_id)) throw new KnowledgeError('CONTACT_NOT_OWNER', 'input.contactId');
    }
    if (input.coOwnerIds?.length) {
      const ids = [...new Set(input.coOwnerIds)].filter((m) => m !== municipalityId);
      const rows = await manager.query(`select id from ${MUNICIPALITIES_SQL} m where id = any($1::uuid[]) and status in ('ACTIVE','SUSPENDED')`, [ids]);
      if (rows.length !== ids.length) throw new KnowledgeError('UNKNOWN_MUNICIPALITY', 'input.coOwnerIds');
    }
  }

  private async setTopics(manager: EntityManager, id: string, topicIds: string[]): Promise<void> {
    await manager.query(`delete from case_study_topic where case_study_id = $1`, [id]);
    await manager.query(`insert into case_study_topic (case_study_id, topic_id) select $1, unnest($2::uuid[])`, [id, topicIds]);
  }

  private async setCoOwners(manager: EntityManager, id: string, coOwnerIds: string[], ownerId: string): Promise<void> {
    await manager.query(`delete from case_study_co_owner where case_study_id = $1`, [id]);
    const ids = [...new Set(coOwnerIds)].filter((m) => m !== ownerId);
    if (ids.length) await manager.query(`insert into case_study_co_owner (case_study_id, municipality_id) select $1, unnest($2::uuid[])`, [id, ids]);
  }
}

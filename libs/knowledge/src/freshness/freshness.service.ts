import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Keyset, Page, PageRequest } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, MUNICIPALITIES_SQL, TokenCodec, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { CaseStudyService } from '../case-studies/case-study.service';

export const FRESHNESS_ANSWERS = ['RUNNING', 'NEEDS_UPDATE', 'DISCONTINUED'] as const;
export type FreshnessAnswer = (typeof FRESHNESS_ANSWERS)[number];

/** The lesson learned appended on "Eingestellt", at most this long. */
export const LESSON_MAX_LENGTH = 4000;

/** What the answer page shows for a token. */
export interface FreshnessQuestion {
  checkId: string;
  caseStudyId: string;
  title: string;
  slug: string;
  askedAt: Date;
}

/** A question unanswered after both reminders, for the coordination office. */
export interface OverdueFreshnessCheck {
  id: string;
  caseStudyId: string;
  title: string;
  slug: string;
  municipalityName: string;
  askedAt: Date;
  reminders: number;
  lastRemindedAt: Date | null;
}

const LONGEST_WAITING = new Keyset([{ sql: 'f.asked_at', kind: 'timestamp' }, { sql: 'f.id', kind: 'uuid', field: 'id' }]);

/**
 * Answers to "Läuft das noch?" (ADR 0028). The token of the email is the credential, like the
 * double opt-in's: no sign-in needed, used once; a signed-in person answering is recorded too.
 */
@Injectable()
export class FreshnessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenCodec,
    private readonly caseStudies: CaseStudyService,
    private readonly audit: AuditService,
  ) {}

  /** The token of a check's answer link (tests and the email links use the same codec). */
  token(checkId: string): string {
    return this.tokens.encode('freshness', checkId);
  }

  /** The open question behind a token; BAD_USER_INPUT at `token` when forged or already answered. */
  async question(token: string): Promise<FreshnessQuestion> {
    const id = this.tokens.decode('freshness', token);
    if (!id) throw new KnowledgeError('FRESHNESS_TOKEN_INVALID', 'token');
    const [row] = (await this.db.query(
      `select f.id as "checkId", c.id as "caseStudyId", c.title, c.slug, f.asked_at as "askedAt", f.answered_at as "answeredAt"
       from freshness_check f join case_study c on c.id = f.case_study_id where f.id = $1`,
      [id],
    )) as Array<FreshnessQuestion & { answeredAt: Date | null }>;
    if (!row) throw new KnowledgeError('FRESHNESS_TOKEN_INVALID', 'token');
    if (row.answeredAt) throw new KnowledgeError('FRESHNESS_TOKEN_USED', 'token');
    const { answeredAt: _answered, ...question } = row;
    return question;
  }

  /**
   * Records the answer once. "Läuft noch" sets the case study's last confirmation; "Eingestellt"
   * sets the maturity DISCONTINUED through the case study service (a revision and an audit entry,
   * as for any live edit) and appends the lesson learned; "Muss aktualisiert werden" only records.
   */
  async answer(actor: Actor | null, token: string, answer: string, lessonLearned?: string | null): Promise<FreshnessQuestion & { answer: FreshnessAnswer }> {
    if (!(FRESHNESS_ANSWERS as readonly string[]).includes(answer)) throw new KnowledgeError('FRESHNESS_ANSWER_INVALID', 'answer');
    const lesson = lessonLearned?.trim() ?? '';
    if (lesson.length > LESSON_MAX_LENGTH) throw new KnowledgeError('FRESHNESS_LESSON_TOO_LONG', 'lessonLearned');
    const question = await this.question(token);
    const given = answer as FreshnessAnswer;
    await this.db.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `update freshness_check set answer = $2, answered_at = now(), answered_by = $3 where id = $1 and answered_at is null returning id`,
        [question.checkId, given, actor?.id ?? null],
      )) as [Array<{ id: string }>, number];
      // Answered meanwhile by someone else with the same link.
      if (rows.length === 0) throw new KnowledgeError('FRESHNESS_TOKEN_USED', 'token');
      if (given === 'RUNNING') await manager.query(`update case_study set last_confirmed_at = now() where id = $1`, [question.caseStudyId]);
      if (given === 'DISCONTINUED') await this.caseStudies.markDiscontinued(manager, question.caseStudyId, lesson, actor);
      await this.audit.record(manager, auditActor(actor, 'Aktualitätsabfrage (E-Mail-Link)'), {
        action: 'case-study.freshness-answered', subjectType: 'CaseStudy', subjectId: question.caseStudyId, details: { answer: given },
      });
    });
    return { ...question, answer: given };
  }

  /** Questions still unanswered after the second reminder, longest waiting first (coordinators only). */
  async overdue(actor: Actor | null, page: PageRequest): Promise<Page<OverdueFreshnessCheck>> {
    requireRole(actor, 'COORDINATOR');
    const window = LONGEST_WAITING.window(page);
    const params: unknown[] = [];
    const keyset = window.condition((value) => `$${params.push(value)}`);
    const where = `f.answered_at is null and f.reminders >= 2 and c.status = 'PUBLISHED'`;
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `select f.id, c.id as "caseStudyId", c.title, c.slug, m.name as "municipalityName", f.asked_at as "askedAt", f.reminders,
                f.last_reminded_at as "lastRemindedAt", ${LONGEST_WAITING.select}
         from freshness_check f join case_study c on c.id = f.case_study_id join ${MUNICIPALITIES_SQL} m on m.id = c.municipality_id
         where ${where} and ${keyset} order by ${LONGEST_WAITING.orderBy} limit ${window.limit}`,
        params,
      ) as Promise<OverdueFreshnessCheck[]>,
      this.db.query(`select count(*)::int as n from freshness_check f join case_study c on c.id = f.case_study_id where ${where}`) as Promise<Array<{ n: number }>>,
    ]);
    return window.page(rows, n);
  }
}

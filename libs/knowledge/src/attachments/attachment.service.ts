import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { ACCOUNTS_SQL, Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { ContentKinds } from '../review/content-kinds';
import { ContentLifecycleService } from '../review/content-lifecycle.service';
import { requireEditable } from '../review/lifecycle-rules';
import type { ContentKind } from '../review/content-kind';
import { canRead, isOwner, OwnedContent } from '../shared/content-policy';
import { AttachmentError } from './attachment.error';
import { AttachmentStorage } from './attachment-storage';
import {
  ATTACHMENT_COLUMNS,
  ATTACHMENT_TYPES,
  AttachmentRecord,
  AttachmentType,
  AttachmentUploadRequest,
  downloadable,
} from './attachment.types';
import { processFile, sniffType } from './file-processing';
import { UploadTokens } from './upload-token';
import { ClamdScanner } from './virus-scanner';

/** Injection token of the optional virus scanner (bound when CLAMD_URL is set). */
export const VIRUS_SCANNER = Symbol('VIRUS_SCANNER');

export interface IssuedUpload {
  attachment: AttachmentRecord;
  token: string;
  expiresAt: Date;
}

export interface AttachmentDownload {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  /** Anyone may read the item: the answer may be cached by shared caches. */
  isPublic: boolean;
}

interface StoredRow {
  id: string;
  case_study_id: string | null;
  event_id: string | null;
  state: 'AWAITING_UPLOAD' | 'STORED';
  content_type: AttachmentType;
  declared_size: number;
  file_name: string;
  storage_key: string | null;
  has_preview: boolean;
  scan_status: string | null;
  upload_expires_at: Date;
}

/** A file name without path separators or control characters (Unicode category Cc). */
const SAFE_FILE_NAME = /^[^\\/\p{Cc}]{1,200}$/u;

/**
 * Attachments of case studies and events (ADR 0022). Owners ask for an upload URL (a row in
 * AWAITING_UPLOAD and a signed, short-lived token); the one upload it allows is sniffed, cleaned
 * of metadata, scanned and stored; visibility follows the item.
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger('Attachments');
  private readonly tokens: UploadTokens;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: ContentKinds,
    private readonly lifecycle: ContentLifecycleService,
    private readonly audit: AuditService,
    private readonly storage: AttachmentStorage,
    private readonly config: AppConfig,
    @Optional() @Inject(VIRUS_SCANNER) private readonly scanner: ClamdScanner | null,
  ) {
    this.tokens = new UploadTokens(config.secrets.token);
  }

  /** Checks who may attach what, writes the row and hands out the upload token. */
  async requestUpload(actor: Actor | null, input: AttachmentUploadRequest): Promise<IssuedUpload> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    const limits = this.config.attachments;
    const id = await this.db.transaction(async (manager) => {
      const kind = await this.kindOf(manager, input.itemId);
      const { row } = await this.lifecycle.lockForEditor(manager, kind, input.itemId, who);
      requireEditable(row.status, 'input.itemId');
      if (!input.title.trim()) throw new AttachmentError('TITLE_REQUIRED', 'input.title');
      if (!(ATTACHMENT_TYPES as readonly string[]).includes(input.contentType)) throw new AttachmentError('TYPE_NOT_ALLOWED', 'input.contentType');
      if (input.size > limits.maxBytes) throw new AttachmentError('TOO_LARGE', 'input.size');
      if (!SAFE_FILE_NAME.test(input.fileName)) throw new AttachmentError('FILE_NAME_INVALID', 'input.fileName');
      const column = kind.subjectType === 'CaseStudy' ? 'case_study_id' : 'event_id';
      const [{ n }] = await manager.query(
        `select count(*)::int as n from attachment where ${column} = $1 and (state = 'STORED' or upload_expires_at > now())`,
        [input.itemId],
      );
      if (n >= limits.perItem) throw new AttachmentError('TOO_MANY', 'input.itemId');
      const [{ id }] = await manager.query(
        `insert into attachment (${column}, title, licence, file_name, content_type, declared_size, uploader_id, upload_expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8)) returning id`,
        [input.itemId, input.title.trim(), input.licence, input.fileName, input.contentType, input.size, who.id, limits.uploadTtlSeconds],
      );
      return id as string;
    });
    const [raw] = await this.db.query(`select upload_expires_at from attachment where id = $1`, [id]);
    const expiresAt = raw.upload_expires_at as Date;
    return { attachment: await this.byIdRaw(id), token: this.tokens.sign(id, expiresAt), expiresAt };
  }

  /** The upload: the bytes for a token handed out by {@link requestUpload}, at most once. */
  async receive(token: string, bytes: Buffer): Promise<AttachmentRecord> {
    const claim = this.tokens.verify(token);
    if (!claim) throw new AttachmentError('UPLOAD_TOKEN_INVALID');
    if (claim.expiresAt.getTime() <= Date.now()) throw new AttachmentError('UPLOAD_EXPIRED');
    const [row] = (await this.db.query(`select * from attachment where id = $1`, [claim.attachmentId])) as StoredRow[];
    if (!row) throw new AttachmentError('UPLOAD_TOKEN_INVALID');
    if (row.state !== 'AWAITING_UPLOAD') throw new AttachmentError('UPLOAD_USED');
    // A refused upload uses the URL up and frees its place in the item's count.
    const refuse = async (reason: 'TOO_LARGE' | 'SIZE_MISMATCH' | 'CONTENT_MISMATCH'): Promise<never> => {
      await this.db.query(`delete from attachment where id = $1 and state = 'AWAITING_UPLOAD'`, [row.id]);
      throw new AttachmentError(reason);
    };
    if (bytes.length > this.config.attachments.maxBytes) await refuse('TOO_LARGE');
    if (bytes.length !== row.declared_size) await refuse('SIZE_MISMATCH');
    const type = await sniffType(bytes);
    if (!type || type !== row.content_type) return refuse('CONTENT_MISMATCH');
    const processed = await processFile(bytes, type).catch(() => refuse('CONTENT_MISMATCH'));

    const key = `${row.id}/${randomUUID()}`;
    await this.storage.put(`${key}/original`, processed.original, type);
    if (processed.preview) await this.storage.put(`${key}/preview`, processed.preview, 'image/webp');
    const claimed: unknown[] = await this.db.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `update attachment set state = 'STORED', storage_key = $2, size = $3, has_preview = $4, width = $5, height = $6,
                scan_status = $7, stored_at = now()
          where id = $1 and state = 'AWAITING_UPLOAD' and upload_expires_at > now() returning uploader_id, case_study_id, event_id`,
        [row.id, key, processed.original.length, !!processed.preview, processed.width, processed.height, this.scanner ? 'PENDING' : 'NOT_SCANNED'],
      )) as [Array<{ uploader_id: string | null; case_study_id: string | null }>, number];
      if (rows.length === 1) {
        await this.audit.record(manager, await this.uploaderLabel(manager, rows[0].uploader_id), {
          action: 'attachment.added',
          subjectType: rows[0].case_study_id ? 'CaseStudy' : 'Event',
          subjectId: row.case_study_id ?? row.event_id!,
          details: { attachmentId: row.id, fileName: row.file_name, size: processed.original.length },
        });
      }
      return rows;
    });
    if (claimed.length === 0) {
      // A second upload with the same token raced this one (or the token ran out meanwhile).
      await this.removeObjects(key);
      throw new AttachmentError('UPLOAD_USED');
    }
    if (this.scanner) await this.scan(row.id, key, bytes);
    return this.byIdRaw(row.id);
  }

  /** Removes an attachment (its item's owners and coordinators). */
  async remove(actor: Actor | null, id: string): Promise<{ itemId: string }> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    const { key, itemId } = await this.db.transaction(async (manager) => {
      const [row] = (await manager.query(`select * from attachment where id = $1`, [id])) as StoredRow[];
      if (!row) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
      const itemId = (row.case_study_id ?? row.event_id)!;
      const kind = await this.kindOf(manager, itemId);
      try {
        await this.lifecycle.lockForEditor(manager, kind, itemId, who);
      } catch (error) {
        // An attachment of an unreadable item does not exist for the caller (ADR 0017).
        if (error instanceof KnowledgeError && error.code === 'NOT_FOUND') throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
        throw error;
      }
      await manager.query(`delete from attachment where id = $1`, [id]);
      await this.audit.record(manager, auditActor(who), {
        action: 'attachment.removed', subjectType: kind.subjectType, subjectId: itemId, details: { attachmentId: id, fileName: row.file_name, title: null },
      });
      return { key: row.storage_key, itemId };
    });
    if (key) await this.removeObjects(key);
    return { itemId };
  }

  /** Stored attachments of these items (case studies or events), oldest first, in key order. */
  async forItems(itemIds: readonly string[]): Promise<AttachmentRecord[][]> {
    const rows: AttachmentRecord[] = await this.db.query(
      `select ${ATTACHMENT_COLUMNS} from attachment a
        where (a.case_study_id = any($1::uuid[]) or a.event_id = any($1::uuid[])) and a.state = 'STORED'
        order by a.created_at, a.id`,
      [itemIds],
    );
    return itemIds.map((itemId) => rows.filter((r) => (r.caseStudyId ?? r.eventId) === itemId));
  }

  /** Whether the actor sees held-back (PENDING) attachments of an item: its editors do. */
  seesPending(actor: Actor | null, ownerIds: string[]): boolean {
    return actor?.role === 'COORDINATOR' || isOwner(actor, { ownerIds });
  }

  /** The bytes of a stored, downloadable attachment the actor may read (the preview of images). */
  async download(actor: Actor | null, id: string, variant: 'original' | 'preview'): Promise<AttachmentDownload> {
    const [row] = (await this.db.query(`select * from attachment where id = $1`, [id])) as StoredRow[];
    if (!row || row.state !== 'STORED' || !row.storage_key) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    const itemId = (row.case_study_id ?? row.event_id)!;
    const content = await this.contentOf(itemId);
    if (!content || !canRead(actor, content)) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    if (!downloadable({ scanStatus: row.scan_status as AttachmentRecord['scanStatus'] })) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    if (variant === 'preview' && !row.has_preview) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    const bytes = await this.storage.get(`${row.storage_key}/${variant}`);
    if (!bytes) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    return {
      bytes,
      contentType: variant === 'preview' ? 'image/webp' : row.content_type,
      fileName: row.file_name,
      isPublic: canRead(null, content),
    };
  }

  private async scan(id: string, key: string, bytes: Buffer): Promise<void> {
    let result;
    try {
      result = await this.scanner!.scan(bytes);
    } catch (error) {
      // Held back (PENDING) until a scanner answers; never passed as clean.
      this.logger.warn(`Virenscan fehlgeschlagen / scan failed for attachment ${id}: ${(error as Error).message}`);
      return;
    }
    if (!result.infected) {
      await this.db.query(`update attachment set scan_status = 'CLEAN' where id = $1`, [id]);
      return;
    }
    this.logger.warn(`Schadsoftware gefunden / malware found in attachment ${id}: ${result.signature}`);
    await this.db.transaction(async (manager) => {
      const [rows] = (await manager.query(`delete from attachment where id = $1 returning uploader_id, case_study_id, event_id, file_name`, [id])) as [
        Array<{ uploader_id: string | null; case_study_id: string | null; event_id: string | null; file_name: string }>,
        number,
      ];
      if (rows[0]) {
        await this.audit.record(manager, { id: null, label: 'Virenscanner / virus scanner' }, {
          action: 'attachment.infected',
          subjectType: rows[0].case_study_id ? 'CaseStudy' : 'Event',
          subjectId: (rows[0].case_study_id ?? rows[0].event_id)!,
          details: { attachmentId: id, fileName: rows[0].file_name, signature: result.signature },
        });
      }
    });
    await this.removeObjects(key);
    throw new AttachmentError('INFECTED');
  }

  /** The uploader as the audit log names people; the upload itself carries no session. */
  private async uploaderLabel(manager: EntityManager, userId: string | null): Promise<{ id: string | null; label: string }> {
    const [user] = userId ? await manager.query(`select u.display_name, u.email from ${ACCOUNTS_SQL} u where u.id = $1`, [userId]) : [];
    return user ? { id: userId, label: `${user.display_name} <${user.email}>` } : { id: null, label: 'System' };
  }

  private async removeObjects(key: string): Promise<void> {
    await Promise.all([this.storage.delete(`${key}/original`), this.storage.delete(`${key}/preview`)]);
  }

  private async kindOf(manager: EntityManager, itemId: string): Promise<ContentKind> {
    const found = await this.kinds.find(manager, itemId);
    if (!found) throw new KnowledgeError('CONTENT_NOT_FOUND', 'input.itemId');
    return found.kind;
  }

  private async contentOf(itemId: string): Promise<OwnedContent | null> {
    const found = await this.kinds.find(this.db.manager, itemId);
    if (!found) return null;
    return { status: found.status, visibility: found.visibility, ownerIds: await found.kind.ownerIds(this.db.manager, itemId) };
  }

  private async byIdRaw(id: string): Promise<AttachmentRecord> {
    const [record] = await this.db.query(`select ${ATTACHMENT_COLUMNS} from attachment a where a.id = $1`, [id]);
    if (!record) throw new AttachmentError('ATTACHMENT_NOT_FOUND', 'id');
    return record;
  }
}

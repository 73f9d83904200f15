import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Keyset, Page, PageRequest } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';
import { NotificationsError } from '../notifications.error';
import type { NotificationKind } from './notification-kinds';

/** One in-app notification as its recipient sees it. */
export interface NotificationRecord {
  id: string;
  kind: NotificationKind;
  subjectType: string | null;
  subjectId: string | null;
  title: string;
  /** Path below PUBLIC_URL, e.g. `/praxisbeispiele/<slug>`. */
  link: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `n.id, n.kind, n.subject_type as "subjectType", n.subject_id as "subjectId", n.title, n.link, n.data,
  n.created_at as "createdAt", n.read_at as "readAt"`;

/**
 * Newest first, the id breaking ties: the notices of one fan-out share their `created_at`, which
 * the cursor keeps to the microsecond (a Date would round it and skip some of them).
 */
const NEWEST_FIRST = new Keyset([{ sql: 'n.created_at', kind: 'timestamp' }, { sql: 'n.id', kind: 'uuid', field: 'id' }], 'DESC');

export const MAX_MARK_READ = 100;

/** The caller's in-app notifications: list newest first, count unread, mark read. */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor | null, unreadOnly: boolean, page: PageRequest): Promise<Page<NotificationRecord>> {
    const who = requireRole(actor);
    const window = NEWEST_FIRST.window(page);
    const unread = unreadOnly ? ' and n.read_at is null' : '';
    const params: unknown[] = [who.id, window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const [rows, [{ n }]] = (await Promise.all([
      this.db.query(
        `select ${COLUMNS}, ${NEWEST_FIRST.select} from notification n where n.recipient_id = $1${unread} and ${after}
          order by ${NEWEST_FIRST.orderBy} limit $2`,
        params,
      ),
      this.db.query(`select count(*)::int as n from notification n where n.recipient_id = $1${unread}`, [who.id]),
    ])) as [NotificationRecord[], Array<{ n: number }>];
    return window.page(rows, n);
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    const who = requireRole(actor);
    const [{ n }] = (await this.db.query(`select count(*)::int as n from notification where recipient_id = $1 and read_at is null`, [
      who.id,
    ])) as Array<{ n: number }>;
    return n;
  }

  /** Marks the caller's own notifications among `ids` read; others' ids are ignored. Returns how many changed. */
  async markRead(actor: Actor | null, ids: string[]): Promise<number> {
    const who = requireRole(actor);
    if (ids.length > MAX_MARK_READ) throw new NotificationsError('TOO_MANY_IDS', 'ids');
    if (ids.length === 0) return 0;
    const [, count] = (await this.db.query(
      `update notification set read_at = now() where recipient_id = $1 and id = any($2::uuid[]) and read_at is null`,
      [who.id, ids],
    )) as [unknown, number];
    return count;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, PageRequest, decodeCursor, encodeCursor } from '@ikone/platform';
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

const COLUMNS = `id, kind, subject_type as "subjectType", subject_id as "subjectId", title, link, data,
  created_at as "createdAt", read_at as "readAt"`;

export const MAX_MARK_READ = 100;

/** The caller's in-app notifications: list newest first, count unread, mark read. */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor | null, unreadOnly: boolean, page: PageRequest): Promise<Page<NotificationRecord>> {
    const who = requireRole(actor);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [who.id];
    const unread = unreadOnly ? ' and read_at is null' : '';
    let keyset = '';
    if (page.after) {
      const [at, id] = decodeCursor(page.after, ['timestamp', 'uuid']);
      params.push(at, id);
      keyset = ` and (created_at, id) < ($2::timestamptz, $3::uuid)`;
    }
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `select ${COLUMNS}, created_at::text as "cursorAt" from notification where recipient_id = $1${unread}${keyset}
         order by created_at desc, id desc limit ${first + 1}`,
        params,
      ) as Promise<Array<NotificationRecord & { cursorAt: string }>>,
      this.db.query(`select count(*)::int as n from notification where recipient_id = $1${unread}`, [who.id]) as Promise<Array<{ n: number }>>,
    ]);
    // The cursor keeps the database's microseconds: a Date would round them and skip rows of one fan-out.
    const rowsOnPage = rows.slice(0, first);
    const items = rowsOnPage.map(({ cursorAt: _cursor, ...item }) => item);
    return {
      items,
      cursors: rowsOnPage.map((r) => encodeCursor([r.cursorAt, r.id])),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(page.after),
      totalCount: n,
    };
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

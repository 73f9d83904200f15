import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, PageRequest, PlatformError, Keyset, paginate } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import { Role, UserEntity, UserStatus } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import { AccountDepartures } from './account-departures';

export interface UserFilter {
  search?: string;
  role?: Role;
  municipalityId?: string;
  status?: UserStatus;
}

/** Accounts as coordinators manage them. */
/** The columns of a UserEntity for plain SQL reads (no password hash, no entity hydration). */
const USER_COLUMNS = `u.id, u.email, u.display_name as "displayName", u.role, u.municipality_id as "municipalityId", u.status, u.locale,
  u.token_version as "tokenVersion", u.last_login_at as "lastLoginAt", u.created_at as "createdAt", u.updated_at as "updatedAt"`;

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly departures: AccountDepartures,
  ) {}

  async me(actor: Actor | null): Promise<UserEntity> {
    const who = requireRole(actor);
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: who.id });
    if (!user) throw new PlatformError('UNAUTHENTICATED');
    return user;
  }

  list(actor: Actor | null, filter: UserFilter, page: PageRequest): Promise<Page<UserEntity>> {
    requireRole(actor, 'COORDINATOR');
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.search?.trim()) {
      qb.andWhere(`(ikone_fold(u.display_name) like '%' || ikone_fold(:term) || '%' or lower(u.email) like '%' || lower(:term) || '%')`, {
        term: filter.search.trim().replace(/[%_\\]/g, '\\$&'),
      });
    }
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.municipalityId) qb.andWhere('u.municipality_id = :mid', { mid: filter.municipalityId });
    qb.andWhere('u.status = :status', { status: filter.status ?? 'ACTIVE' });
    return paginate(qb, page, new Keyset([
      { sql: 'u.display_name', kind: 'text' },
      { sql: 'u.id', kind: 'uuid' },
    ]));
  }

  /** For loaders (contacts on every list page): plain SQL, no password hash, no entity hydration. */
  byIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.query(
      `select ${USER_COLUMNS} from app_user u where u.id = any($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The ACTIVE officers of each municipality, the people to contact there (for loaders: plain
   * SQL, no password hash), ordered by name.
   */
  officersOf(municipalityIds: readonly string[]): Promise<UserEntity[]> {
    return this.db.query(
      `select ${USER_COLUMNS} from app_user u
        where u.municipality_id = any($1::uuid[]) and u.role = 'OFFICER' and u.status = 'ACTIVE'
        order by u.display_name, u.id`,
      [municipalityIds],
    );
  }

  /**
   * The ACTIVE accounts of the officer's own municipality, by name: everyone the officer may name
   * as a case study's contact (the rule also accepts accounts of co-owners, whose officers see theirs).
   */
  colleaguesOf(actor: Actor | null): Promise<UserEntity[]> {
    const who = requireRole(actor, 'OFFICER');
    if (!who.municipalityId) return Promise.resolve([]);
    return this.db.query(
      `select ${USER_COLUMNS} from app_user u
        where u.municipality_id = $1 and u.status = 'ACTIVE'
        order by u.display_name, u.id`,
      [who.municipalityId],
    );
  }

  async setRole(actor: Actor | null, id: string, role: Role): Promise<UserEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.status === 'DELETED') throw new MembershipError('USER_NOT_FOUND', 'id');
      if (role === 'OFFICER' && !user.municipalityId) throw new MembershipError('MUNICIPALITY_REQUIRED', 'role');
      if (user.role === 'COORDINATOR' && role !== 'COORDINATOR') {
        // Serialise coordinator changes so two demotions cannot race past this check.
        await manager.query(`select pg_advisory_xact_lock(7146002)`);
        const [{ count }] = await manager.query(
          `select count(*)::int as count from app_user where role = 'COORDINATOR' and status = 'ACTIVE'`,
        );
        if (count <= 1) throw new MembershipError('LAST_COORDINATOR', 'role');
      }
      const previous = user.role;
      user.role = role;
      user.updatedAt = new Date();
      await manager.save(user);
      await this.audit.record(manager, auditActor(who), {
        action: 'user.role-changed',
        subjectType: 'User',
        subjectId: id,
        details: { from: previous, to: role },
      });
      return user;
    });
  }

  /** Disables an account: it cannot sign in and its tokens stop working at once. */
  async disable(actor: Actor | null, id: string): Promise<UserEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    if (id === who.id) throw new MembershipError('CANNOT_DISABLE_SELF', 'id');
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.status === 'DELETED') throw new MembershipError('USER_NOT_FOUND', 'id');
      if (user.status !== 'DISABLED') {
        user.status = 'DISABLED';
        user.tokenVersion += 1;
        user.updatedAt = new Date();
        await manager.save(user);
        await manager.query(
          `update auth_session set revoked_at = now(), revoked_reason = 'disabled' where user_id = $1 and revoked_at is null`,
          [id],
        );
        await this.audit.record(manager, auditActor(who), {
          action: 'user.disabled',
          subjectType: 'User',
          subjectId: id,
          details: { email: user.email },
        });
        // Their contacts pass on in this transaction (ADR 0026).
        await this.departures.run(manager, { userId: id, municipalityId: user.municipalityId, reason: 'DISABLED' });
      }
      return user;
    });
  }
}

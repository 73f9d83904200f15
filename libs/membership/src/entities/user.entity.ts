import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartnerRole } from './partner-organisation.entity';

export const ROLES = ['MEMBER', 'OFFICER', 'COORDINATOR'] as const;
export type Role = (typeof ROLES)[number];
export const USER_STATUSES = ['ACTIVE', 'DISABLED', 'DELETED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A person with an account. The password hash never leaves the membership library. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId!: string | null;

  /** The partner organisation the person belongs to (never together with a municipality). */
  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId!: string | null;

  @Column('text', { name: 'partner_role', nullable: true })
  partnerRole!: PartnerRole | null;

  @Column('text', { default: 'ACTIVE' })
  status!: UserStatus;

  @Column('text', { default: 'de' })
  locale!: Locale;

  @Column('int', { name: 'token_version', default: 0 })
  tokenVersion!: number;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role } from './user.entity';
import type { PartnerRole } from './partner-organisation.entity';

/**
 * An invitation into a role. The token sent by email is derived from the id with an HMAC
 * (see TokenCodec), so the database never holds a usable token.
 */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId!: string | null;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId!: string | null;

  @Column('text', { name: 'partner_role', nullable: true })
  partnerRole!: PartnerRole | null;

  @Column('uuid', { name: 'invited_by', nullable: true })
  invitedBy!: string | null;

  @Column('text', { default: 'de' })
  locale!: Locale;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** A requested password reset; its token is derived like an invitation's. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

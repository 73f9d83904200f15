import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipStatus } from './municipality.entity';

export const PARTNER_KINDS = ['UNIVERSITY', 'RESEARCH', 'COMPANY', 'ASSOCIATION', 'CIVIC', 'OTHER'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
/** A person's role inside their partner organisation; their platform role stays MEMBER (ADR 0024). */
export const PARTNER_ROLES = ['OFFICER', 'MEMBER'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A member of the network that is not a local authority: science, business, civil society. */
@Entity('partner_organisation')
export class PartnerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: PartnerKind;

  @Column({ type: 'char', length: 2 })
  state!: string;

  @Column('text', { nullable: true })
  website!: string | null;

  /** What the organisation offers the network (Markdown). */
  @Column('text', { default: '' })
  description!: string;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column('text')
  status!: MembershipStatus;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

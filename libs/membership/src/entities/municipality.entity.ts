import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MUNICIPALITY_KINDS = ['GEMEINDE', 'STADT', 'VERBANDSGEMEINDE', 'LANDKREIS', 'OTHER'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];
export const MEMBERSHIP_STATUSES = ['APPLIED', 'ACTIVE', 'SUSPENDED', 'LEFT'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** A local authority that is, or wants to be, a member of the network. */
@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: MunicipalityKind;

  @Column({ type: 'char', length: 8, nullable: true })
  ags!: string | null;

  @Column({ type: 'char', length: 2 })
  state!: string;

  @Column('text', { nullable: true })
  website!: string | null;

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

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MunicipalityKind } from './municipality.entity';
import type { Locale } from './user.entity';
import type { PartnerKind } from './partner-organisation.entity';

export const APPLICATION_STATUSES = ['APPLIED', 'APPROVED', 'DECLINED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** An application for membership, kept after the decision as the record of it. */
@Entity('membership_application')
export class MembershipApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId!: string | null;

  /** Set for an application of a partner organisation (then `municipalityName` holds its name). */
  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId!: string | null;

  @Column('text', { name: 'partner_kind', nullable: true })
  partnerKind!: PartnerKind | null;

  @Column('text', { name: 'municipality_name' })
  municipalityName!: string;

  @Column({ type: 'char', length: 8, nullable: true })
  ags!: string | null;

  @Column('text')
  kind!: MunicipalityKind;

  @Column({ type: 'char', length: 2 })
  state!: string;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { name: 'applicant_name' })
  applicantName!: string;

  @Column('text', { name: 'applicant_email' })
  applicantEmail!: string;

  @Column('text')
  motivation!: string;

  @Column('text', { default: 'de' })
  locale!: Locale;

  @Column('text', { default: 'APPLIED' })
  status!: ApplicationStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

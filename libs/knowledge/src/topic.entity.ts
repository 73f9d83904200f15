import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Themenfeld: what case studies and events are filed under and members follow. */
@Entity('topic')
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text', { name: 'name_de' })
  nameDe!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text', { name: 'description_de', default: '' })
  descriptionDe!: string;

  @Column('text', { name: 'description_en', default: '' })
  descriptionEn!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

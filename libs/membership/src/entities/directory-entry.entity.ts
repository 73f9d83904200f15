import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One municipality of the shipped directory of all German Gemeinden. */
@Entity('directory_entry')
export class DirectoryEntryEntity {
  @PrimaryColumn({ type: 'char', length: 8 })
  ags!: string;

  @Column('text')
  name!: string;

  @Column({ type: 'char', length: 2 })
  state!: string;
}

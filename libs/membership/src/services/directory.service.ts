import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Page, PageRequest, Keyset, paginate } from '@ikone/platform';
import { DirectoryEntryEntity } from '../entities/directory-entry.entity';
import { DirectoryRow } from '../directory-csv';

/** The directory of all German municipalities: search and import. */
@Injectable()
export class DirectoryService {
  constructor(@InjectRepository(DirectoryEntryEntity) private readonly entries: Repository<DirectoryEntryEntity>) {}

  search(search: string | undefined, state: string | undefined, page: PageRequest): Promise<Page<DirectoryEntryEntity>> {
    const qb = this.entries.createQueryBuilder('d');
    const term = search?.trim();
    if (term) {
      if (/^\d{1,8}$/.test(term)) qb.andWhere('d.ags like :prefix', { prefix: `${term}%` });
      else qb.andWhere(`ikone_fold(d.name) like '%' || ikone_fold(:term) || '%'`, { term: term.replace(/[%_\\]/g, '\\$&') });
    }
    if (state) qb.andWhere('d.state = :state', { state });
    return paginate(qb, page, new Keyset([
      { sql: 'd.name', kind: 'text' },
      { sql: 'd.ags', kind: 'text' },
    ]));
  }

  findByAgs(ags: string): Promise<DirectoryEntryEntity | null> {
    return this.entries.findOneBy({ ags });
  }

  findManyByAgs(ags: string[]): Promise<DirectoryEntryEntity[]> {
    return this.entries.findBy({ ags: In(ags) });
  }

  count(): Promise<number> {
    return this.entries.count();
  }

  /** Inserts or updates rows in chunks; returns how many were written. */
  async import(rows: DirectoryRow[], progress?: (done: number, total: number) => void): Promise<number> {
    const chunk = 2000;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await this.entries.query(
        `insert into directory_entry (ags, name, state)
           select * from unnest($1::char(8)[], $2::text[], $3::char(2)[])
         on conflict (ags) do update set name = excluded.name, state = excluded.state`,
        [part.map((r) => r.ags), part.map((r) => r.name), part.map((r) => r.state)],
      );
      progress?.(Math.min(i + chunk, rows.length), rows.length);
    }
    return rows.length;
  }
}

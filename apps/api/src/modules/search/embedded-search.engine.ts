import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchEngine } from './search-engine';

/** Search inside Onward's own PostgreSQL: full-text vectors for words, pg_trgm for typos. */
@Injectable()
export class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded' as const;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<boolean> {
    const rows: Array<{ extname: string }> = await this.dataSource
      .query(`SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')`)
      .catch(() => []);
    return rows.length === 2;
  }
}

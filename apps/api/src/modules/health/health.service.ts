import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DATABASE_TARGET, DatabaseTarget } from '../../database/database.tokens';
import { MAILER, Mailer } from '../mail/mailer';
import { JobQueue } from '../queue/job-queue';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine';
import { HealthDto } from './dto/health.dto';

const CHECK_TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), CHECK_TIMEOUT_MS).unref())]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly database: DatabaseTarget,
    private readonly queue: JobQueue,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  async check(): Promise<HealthDto> {
    const [database, queue, search, mail] = await Promise.all([
      within(this.dataSource.query('SELECT 1').then(() => true), false),
      within(this.queue.size('email.send').then(() => true), false),
      within(this.search.check(), false),
      within(this.mailer.check(), false),
    ]);
    const up = (ok: boolean) => (ok ? ('up' as const) : ('down' as const));
    const all = [database, queue, search, mail];
    return {
      status: !database ? 'down' : all.every(Boolean) ? 'ok' : 'degraded',
      components: {
        database: { status: up(database), engine: this.database.engine },
        queue: { status: up(queue), engine: 'pg-boss' },
        search: { status: up(search), engine: this.search.engine },
        mail: { status: up(mail), engine: this.mailer.engine },
      },
    };
  }
}

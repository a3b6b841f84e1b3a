import { Inject, Injectable } from '@nestjs/common';
import { RISK_LEVELS } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { DATABASE_TARGET, DatabaseTarget } from '../../database/database.tokens';
import { MAILER, Mailer } from '../mail/mailer';
import { MetricsRepository } from '../metrics/metrics.repository';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine';
import { ComponentState, JobRunState, QueueCountsDto, ScheduledJobDto, SystemStatusDto } from './dto/system-status.dto';
import { DEAD_LETTER_QUEUES, deadLetterQueueOf, JOB_NAMES, SCHEDULED_JOBS } from './job-names';
import { LastRun, QueueStateCount, SystemStatusRepository } from './system-status.repository';

/**
 * How long one probe may take. A component that has not answered by then is shown as down: the
 * page answers within about this long whatever hangs (an SMTP server that never greets, a
 * search engine that takes connections and says nothing, a database waiting on a lock).
 */
export const PROBE_TIMEOUT_MS = 2000;

/** The probe's answer, or undefined when it failed or did not answer in time. */
export async function probe<T>(work: () => Promise<T>, timeoutMs = PROBE_TIMEOUT_MS): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([Promise.resolve().then(work).catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

const state = (up: boolean): ComponentState => (up ? 'up' : 'down');

/** The admin's system status: each component probed at once, each on its own short timeout. */
@Injectable()
export class SystemStatusService {
  constructor(
    private readonly repository: SystemStatusRepository,
    private readonly metrics: MetricsRepository,
    private readonly clock: Clock,
    @Inject(DATABASE_TARGET) private readonly database: DatabaseTarget,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  async status(): Promise<SystemStatusDto> {
    const now = this.clock.now();
    const [version, searchAnswered, documents, mailAnswered, counts, runs, flags] = await Promise.all([
      probe(() => this.repository.serverVersion()),
      probe(() => this.search.check()),
      // The embedded engine's index is a table here: counting it is cheap, and a table that
      // cannot be read means the engine cannot serve. Meilisearch's count is not asked for.
      this.search.engine === 'embedded' ? probe(() => this.repository.embeddedSearchDocuments()) : Promise.resolve(null),
      probe(() => this.mailer.check()),
      probe(() => this.repository.queueCounts([...JOB_NAMES, ...DEAD_LETTER_QUEUES])),
      probe(() => this.repository.lastRuns(SCHEDULED_JOBS.map((job) => job.name))),
      probe(() => this.metrics.openFlagsByLevel(now)),
    ]);
    const databaseUp = version !== undefined;
    const searchUp = searchAnswered === true && documents !== undefined;
    const mailUp = mailAnswered === true;
    const queueUp = counts !== undefined && runs !== undefined;
    const byLevel = new Map((flags ?? []).map((row) => [row.level, row]));
    return {
      status: !databaseUp ? 'down' : searchUp && mailUp && queueUp && flags !== undefined ? 'ok' : 'degraded',
      checkedAt: now.toISOString(),
      database: { status: state(databaseUp), engine: this.database.engine, version: version ?? null },
      search: { status: state(searchUp), engine: this.search.engine, documents: documents ?? null },
      mail: { status: state(mailUp), engine: this.mailer.engine },
      queue: {
        status: state(queueUp),
        engine: 'pg-boss',
        queues: counts ? queueCounts(counts) : [],
        schedules: runs ? schedules(runs) : [],
      },
      followUps: {
        status: state(flags !== undefined),
        levels: flags ? RISK_LEVELS.map((level) => ({ level, open: byLevel.get(level)?.open ?? 0, overdue: byLevel.get(level)?.overdue ?? 0 })) : [],
      },
    };
  }
}

function queueCounts(rows: QueueStateCount[]): QueueCountsDto[] {
  const count = (queue: string, states: string[]) => rows.filter((row) => row.queue === queue && states.includes(row.state)).reduce((sum, row) => sum + row.jobs, 0);
  return JOB_NAMES.map((name) => ({
    name,
    waiting: count(name, ['created', 'retry']),
    active: count(name, ['active']),
    failed: count(name, ['failed']),
    // Nothing works a dead-letter queue: every letter in it waits for an admin.
    deadLetters: count(deadLetterQueueOf(name), ['created', 'retry', 'active']),
  }));
}

function schedules(rows: LastRun[]): ScheduledJobDto[] {
  const byName = new Map(rows.map((row) => [row.name, row]));
  return SCHEDULED_JOBS.map(({ name, cron }) => {
    const run = byName.get(name);
    return {
      name,
      cron,
      lastState: (run?.state as JobRunState | null | undefined) ?? null,
      lastStartedAt: run?.startedOn ? new Date(run.startedOn).toISOString() : null,
      lastFinishedAt: run?.completedOn ? new Date(run.completedOn).toISOString() : null,
    };
  });
}

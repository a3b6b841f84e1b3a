import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { IdempotencyService } from './idempotency.service';

/** Runs the hourly purge of expired idempotency keys (see JOB_DEFINITIONS). */
@Injectable()
export class IdempotencyWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdempotencyWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly idempotency: IdempotencyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runWorkers) return;
    await this.queue.work('idempotency.purge', async () => {
      const purged = await this.idempotency.purgeExpired();
      if (purged) this.logger.log({ msg: 'Expired idempotency keys deleted', purged });
    });
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { CheckInsService } from './check-ins.service';

/** Runs the scheduled check-in scan (see JOB_DEFINITIONS for when). */
@Injectable()
export class CheckInsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(CheckInsWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly checkIns: CheckInsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runWorkers) return;
    await this.queue.work('check-ins.scan', async () => {
      const result = await this.checkIns.scan();
      if (result.due || result.missed) this.logger.log({ msg: 'Check-in scan finished', ...result });
    });
  }
}

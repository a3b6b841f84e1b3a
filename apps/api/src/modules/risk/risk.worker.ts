import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { RiskService } from './risk.service';

/** Runs the scheduled escalation and no-work scans (see JOB_DEFINITIONS for when). */
@Injectable()
export class RiskWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(RiskWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly risk: RiskService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runWorkers) return;
    await this.queue.work('flags.escalate', async () => {
      const escalated = await this.risk.escalateOverdue();
      if (escalated) this.logger.log({ msg: 'Overdue follow-ups escalated', escalated });
    });
    // Idempotent: a survivor already signalled for this source is skipped (unique per source).
    await this.queue.work('risk.employer-event', async (payload) => {
      await this.risk.employerEvent(payload);
    });
    await this.queue.work('risk.no-placement', async () => {
      const signals = await this.risk.scanWithoutWork();
      this.logger.log({ msg: 'No-work scan finished', signals });
    });
  }
}

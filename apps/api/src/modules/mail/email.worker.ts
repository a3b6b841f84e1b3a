import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../queue/job-queue';
import { MailService } from './mail.service';

/** Sends queued emails, in the API process by default or in a separate worker process. */
@Injectable()
export class EmailWorker implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runWorkers) await this.queue.work('email.send', ({ emailId }) => this.mail.deliver(emailId));
  }
}

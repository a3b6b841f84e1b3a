import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MetricsRepository } from '../metrics/metrics.repository';
import { QueueModule } from '../queue/queue.module';
import { SearchModule } from '../search/search.module';
import { DeadLettersRepository } from './dead-letters.repository';
import { DeadLettersService } from './dead-letters.service';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';
import { OperationsController } from './operations.controller';
import { SystemStatusRepository } from './system-status.repository';
import { SystemStatusService } from './system-status.service';

/** The admin page's API: system status, dead letters, organisations and accounts. */
@Module({
  imports: [QueueModule, SearchModule, MailModule],
  controllers: [OperationsController],
  // MetricsRepository: the open and overdue follow-ups by level, the same counts as the metrics.
  providers: [SystemStatusService, SystemStatusRepository, MetricsRepository, DeadLettersService, DeadLettersRepository, DirectoryService, DirectoryRepository],
})
export class OperationsModule {}

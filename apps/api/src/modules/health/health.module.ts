import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { SearchModule } from '../search/search.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [QueueModule, SearchModule, MailModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}

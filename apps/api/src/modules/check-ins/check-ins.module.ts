import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { RiskModule } from '../risk/risk.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { CheckInsController } from './check-ins.controller';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';
import { CheckInsWorker } from './check-ins.worker';

@Module({
  imports: [MailModule, QueueModule, RiskModule, SurvivorsModule],
  controllers: [CheckInsController],
  providers: [CheckInsRepository, CheckInsService, CheckInsWorker],
  // A hire schedules check-ins and an ending cancels the rest, in their own transactions.
  exports: [CheckInsService, CheckInsRepository],
})
export class CheckInsModule {}

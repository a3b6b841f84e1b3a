import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { AlarmController } from './alarm.controller';
import { FlagNotifications } from './flag-notifications';
import { FlagsController } from './flags.controller';
import { FlagsService } from './flags.service';
import { RiskRepository } from './risk.repository';
import { RiskService } from './risk.service';
import { RiskWorker } from './risk.worker';

/** Signals, flags, the follow-up queue and escalation. Other modules report events through RiskService. */
@Module({
  imports: [MailModule, QueueModule, SurvivorsModule],
  controllers: [FlagsController, AlarmController],
  providers: [RiskRepository, RiskService, FlagsService, FlagNotifications, RiskWorker],
  exports: [RiskService, RiskRepository],
})
export class RiskModule {}

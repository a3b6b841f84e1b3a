import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { RiskModule } from '../risk/risk.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { DataRightsController } from './data-rights.controller';
import { DataRightsRepository } from './data-rights.repository';
import { DataRightsService } from './data-rights.service';

/** Survivors' data rights: export of everything held about them, the erasure request, and erasure. */
@Module({
  imports: [MailModule, RiskModule, SurvivorsModule],
  controllers: [DataRightsController],
  providers: [DataRightsRepository, DataRightsService],
})
export class DataRightsModule {}

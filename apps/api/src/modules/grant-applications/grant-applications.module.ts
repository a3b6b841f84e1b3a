import { RiskModule } from '../risk/risk.module';
import { Module } from '@nestjs/common';
import { GrantsModule } from '../grants/grants.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { GrantApplicationsController } from './grant-applications.controller';
import { GrantApplicationsRepository } from './grant-applications.repository';
import { GrantApplicationsService } from './grant-applications.service';

@Module({
  imports: [GrantsModule, RiskModule, SurvivorsModule],
  controllers: [GrantApplicationsController],
  providers: [GrantApplicationsRepository, GrantApplicationsService],
})
export class GrantApplicationsModule {}

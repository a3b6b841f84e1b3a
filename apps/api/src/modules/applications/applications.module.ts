import { CheckInsModule } from '../check-ins/check-ins.module';
import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { JobsModule } from '../jobs/jobs.module';
import { PlacementsModule } from '../placements/placements.module';
import { RegionsModule } from '../regions/regions.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [CheckInsModule, EmployersModule, JobsModule, PlacementsModule, RegionsModule, SurvivorsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsRepository, ApplicationsService],
})
export class ApplicationsModule {}

import { CheckInsModule } from '../check-ins/check-ins.module';
import { RiskModule } from '../risk/risk.module';
import { Module } from '@nestjs/common';
import { SurvivorsModule } from '../survivors/survivors.module';
import { PlacementsController } from './placements.controller';
import { PlacementsRepository } from './placements.repository';
import { PlacementsService } from './placements.service';

@Module({
  imports: [CheckInsModule, RiskModule, SurvivorsModule],
  controllers: [PlacementsController],
  providers: [PlacementsRepository, PlacementsService],
  // A hire creates the placement inside the application's transaction.
  exports: [PlacementsRepository],
})
export class PlacementsModule {}

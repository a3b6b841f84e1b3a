import { Module } from '@nestjs/common';
import { CheckInsModule } from '../check-ins/check-ins.module';
import { PlacementsModule } from '../placements/placements.module';
import { RiskModule } from '../risk/risk.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { RetentionController } from './retention.controller';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';
import { TimelineService } from './timeline.service';

@Module({
  imports: [CheckInsModule, PlacementsModule, RiskModule, SurvivorsModule],
  controllers: [RetentionController],
  providers: [RetentionRepository, RetentionService, TimelineService],
})
export class RetentionModule {}

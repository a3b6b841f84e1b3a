import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { JobsModule } from '../jobs/jobs.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { SkillsModule } from '../skills/skills.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { MatchingController } from './matching.controller';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';

@Module({
  imports: [EmployersModule, JobsModule, OpportunitiesModule, SkillsModule, SurvivorsModule],
  controllers: [MatchingController],
  providers: [MatchingRepository, MatchingService],
})
export class MatchingModule {}

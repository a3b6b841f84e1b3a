import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { QueueModule } from '../queue/queue.module';
import { RegionsModule } from '../regions/regions.module';
import { SkillsModule } from '../skills/skills.module';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

@Module({
  imports: [EmployersModule, QueueModule, RegionsModule, SkillsModule],
  controllers: [JobsController],
  providers: [JobsRepository, JobsService],
  exports: [JobsRepository],
})
export class JobsModule {}

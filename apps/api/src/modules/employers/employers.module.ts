import { RiskModule } from '../risk/risk.module';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { QueueModule } from '../queue/queue.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { RegionsModule } from '../regions/regions.module';
import { ConcernsController } from './concerns.controller';
import { ConcernsRepository } from './concerns.repository';
import { ConcernsService } from './concerns.service';
import { EmployersController } from './employers.controller';
import { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';

@Module({
  imports: [AuthModule, IdentityModule, QueueModule, RateLimitModule, RegionsModule, RiskModule],
  controllers: [EmployersController, ConcernsController],
  providers: [EmployersRepository, EmployersService, ConcernsRepository, ConcernsService],
  exports: [EmployersRepository],
})
export class EmployersModule {}

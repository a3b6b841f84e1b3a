import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { QueueModule } from '../queue/queue.module';
import { RegionsModule } from '../regions/regions.module';
import { GrantProgrammesController } from './grant-programmes.controller';
import { GrantProgrammesRepository } from './grant-programmes.repository';
import { GrantProgrammesService } from './grant-programmes.service';

@Module({
  imports: [IdentityModule, QueueModule, RegionsModule],
  controllers: [GrantProgrammesController],
  providers: [GrantProgrammesRepository, GrantProgrammesService],
  exports: [GrantProgrammesRepository],
})
export class GrantsModule {}
